package org.pacta.cli;

import org.junit.jupiter.api.Test;
import org.pacta.Pacta;
import org.pacta.web.agreements.AgreementController;
import org.pacta.core.search.PassageHit;
import org.pacta.web.search.PassageMatch;
import org.pacta.web.search.SearchController;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./pacta search} in-process, where no Elasticsearch is needed: what it refuses before connecting,
 * and how it writes hits for people. PactaLauncherIT runs it for real through the launcher.
 */
class SearchCommandTest {

    @Test
    void badUsageIsRefusedWithExitTwoBeforeAnyConnection() {
        Map<List<String>, String> refused = new LinkedHashMap<>();
        refused.put(List.of("search"), "Give a QUERY, a filter");
        refused.put(List.of("search", "x", "--year", "19x0"), "--year takes FROM..TO");
        refused.put(List.of("search", "x", "--year", ".."), "--year takes FROM..TO");
        refused.put(List.of("search", "x", "--year", "2000..1990"), "--year: FROM is after TO");
        refused.put(List.of("search", "--party", "Atlantis"), "Unknown party: 'Atlantis'");
        refused.put(List.of("search", "x", "--size", "0"), "--size must be between 1 and 100");
        refused.put(List.of("search", "x", "--size", "101"), "--size must be between 1 and 100");
        refused.put(List.of("search", "x", "--page", "0"), "--page counts from 1");
        refused.put(List.of("search", "x", "--json", "--csv"), "mutually exclusive");
        refused.put(List.of("search", "x", "--kind", "laws"), "expected one of [documents, agreements]");
        refused.put(List.of("search", "x", "--sort", "newest"), "expected one of [relevance, signed_desc, signed_asc]");
        refused.put(List.of("search", "x", "--kind", "agreements", "--language", "en"), "agreements have no language");
        refused.put(List.of("search", "x", "--kind", "agreements", "--csv"), "--csv exports documents");
        refused.put(List.of("search", "x", "--page"), "Missing required parameter for option '--page'");
        refused.put(List.of("search", "treaty", "a*"), "(limit: prefix length)");
        List<String> manyWords = new java.util.ArrayList<>(List.of("search"));
        manyWords.addAll(java.util.Collections.nCopies(200, "word"));
        refused.put(manyWords, "(limit: terms)");
        refused.forEach((args, message) -> {
            StringWriter err = new StringWriter();
            CommandLine commandLine = Pacta.commandLine();
            commandLine.setErr(new PrintWriter(err, true));
            int exit = commandLine.execute(args.toArray(String[]::new));
            assertEquals(2, exit, args + ": " + err);
            assertTrue(err.toString().contains(message), args + ": " + err);
            assertTrue(err.toString().contains("Usage: pacta search "), args + ": " + err);
            assertFalse(err.toString().contains("\tat "), args + ": " + err);
        });
    }

    @Test
    void aDocumentHitReadsAsInTheWebUi() {
        SearchController.Hit hit = new SearchController.Hit("abc 1", "Memorandum of Understanding", null,
                List.of(new SearchController.Party("AZE", "Azerbaijan"), new SearchController.Party("TUR", "Türkiye")),
                "2025-07-22", "Istanbul", "ratified", "memorandum", "en", "001.txt", "text/plain",
                List.of("only <mark>one</mark> match", "the &quot;Memorandum&quot;\nwas signed in <mark>Istanbul</mark> "
                        + "by the <mark>two</mark> ministers &amp; &#x27;others&#39;"), List.of());
        SearchController.Results results = new SearchController.Results(11, 3, List.of(hit), Map.of(), null, false);

        String plain = render(false, 2, results);
        assertEquals("""
                11 documents match "Istanbul ministers" (page 2 of 11)

                2. Memorandum of Understanding
                   Azerbaijan, Türkiye
                   Ratified · Memorandum · Signed 22 July 2025 in Istanbul · English
                   the "Memorandum" was signed in **Istanbul** by the **two** ministers & 'others'
                   http://127.0.0.1:8080/doc.html?id=abc%201  (001.txt)

                """, plain);

        String coloured = render(true, 2, results);
        assertTrue(coloured.contains("in \u001b[1mIstanbul\u001b[0m by"), coloured);
        assertFalse(coloured.contains("**"), coloured);
    }

    @Test
    void anAgreementWithoutTitleIsNamedAsTheWebUiNamesIt() {
        Map<String, Object> hit = new LinkedHashMap<>();
        hit.put("id", "ag-1");
        hit.put("title", null);
        hit.put("title_highlight", null);
        hit.put("type", "exchange_of_notes");
        hit.put("signed_year", 1999);
        hit.put("party_names", List.of(Map.of("code", "FRA", "name", "France"), Map.of("code", "DEU", "name", "Germany")));
        hit.put("source_count", 1);
        String text = render(false, 1, new AgreementController.Results(1, 1, List.of(hit), Map.of(), null, false));
        assertTrue(text.startsWith("1 agreement matches \"Istanbul ministers\"\n\n"
                + "1. Exchange of notes between France, Germany, 1999 (no title in the sources)\n"
                + "   France, Germany\n   Exchange of notes · 1 source\n"
                + "   http://127.0.0.1:8080/agreement.html?id=ag-1\n"), text);
    }

    @Test
    void aHitWithPassagesShowsTheBestOneByItsLocatorAndLinksToIt() {
        String id = "a".repeat(64);
        PassageMatch article = PassageMatch.of(id, new PassageHit(6, "Article 24.6", null, 12, 900, 1400,
                "claims go to <mark>arbitration</mark> under the <mark>ministers</mark>&#x27; rules"), "Istanbul ministers");
        SearchController.Hit hit = new SearchController.Hit(id, "Treaty", null, List.of(), null, null, null, null, null,
                null, null, List.of(article.snippet()), List.of(article));

        String plain = render(false, 1, new SearchController.Results(1, 3, List.of(hit), Map.of(), null, false));

        assertTrue(plain.contains("   Article 24.6: claims go to **arbitration** under the **ministers**' rules\n"
                + "   http://127.0.0.1:8080/doc.html?id=" + id + "&q=Istanbul%20ministers#p-6\n"), plain);
    }

    @Test
    void aPartialAnswerSaysItMayBeIncomplete() {
        String text = render(false, 1, new SearchController.Results(0, 5000, List.of(), Map.of(), null, true));
        assertEquals("Results may be incomplete: the search took too long (PACTA_SEARCH_TIMEOUT).\n"
                + "No documents match \"Istanbul ministers\".\n", text);
    }

    @Test
    void noHitsSaySo() {
        String text = render(false, 1, new SearchController.Results(0, 1, List.of(), Map.of(), null, false));
        assertEquals("No documents match \"Istanbul ministers\".\n", text);
    }

    private static String render(boolean ansi, int page, Object results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new SearchListing(out, "http://127.0.0.1:8080", ansi, page, 1).print("Istanbul ministers", results);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
