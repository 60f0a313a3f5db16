package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.pacta.core.ingest.ArchiveUnavailableException;
import org.pacta.core.party.PartyNames;
import org.pacta.core.search.SearchRequest;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.web.agreements.AgreementController;
import org.pacta.web.search.ExportController;
import org.pacta.web.search.SearchController;
import org.pacta.web.search.SearchParameters;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./pacta search QUERY}: the web UI's search from a terminal, through the API's own code
 * ({@link SearchController}, {@link AgreementController}, {@link ExportController}) on the data dir's
 * node (attached, or started for the search) or the external cluster, so that its answers are the
 * API's. Exit 0 with hits, 1 with none (or on a failure), 2 on bad usage.
 */
@Command(name = "search", description = {"Search the archive from the terminal, with the web UI's filters.",
        "A readable list, the API's JSON (--json) or the export's CSV (--csv).",
        "Works whether ./pacta serve runs or not (same data dir or PACTA_ES_URL). Exit 0 with hits, 1 with none, "
                + "2 on bad usage."},
        footer = {
                "  ./pacta search Istanbul",
                "  ./pacta search '\"military security\" -Armenia' --party TUR --year 2020..",
                "  ./pacta search treaty --kind agreements --json | jq '.hits[].title'",
                "  ./pacta search --party Turquie --year 1990..2000 --csv > turkey.csv"})
public class SearchCommand implements Callable<Integer> {

    static final int NO_HITS = 1;


    enum Kind { documents, agreements }

    enum Sort { relevance, signed_desc, signed_asc }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words, \"phrases\", -exclusions, OR and prefix* "
            + "(the web UI's syntax); several words are one query. May be left out when a filter is given.")
    List<String> words;

    @Option(names = "--party", paramLabel = "PARTY", description = "A party: code or name in any language (TUR, Turquie); "
            + "repeat for several, which must all be parties (see --any-party).")
    List<String> parties;

    @Option(names = "--any-party", description = "With several --party: any of them is enough.")
    boolean anyParty;

    @Option(names = "--year", paramLabel = "FROM..TO", description = "Signed in these years: 1990..2000, 1990.., ..2000 or 1995.")
    String years;

    @Option(names = "--type", paramLabel = "TYPE", description = "Type, e.g. treaty, memorandum, protocol; repeatable.")
    List<String> types;

    @Option(names = "--status", paramLabel = "STATUS", description = "Status, e.g. signed, ratified, in_force; repeatable.")
    List<String> statuses;

    @Option(names = "--place", paramLabel = "PLACE", description = "Place of signature; repeatable.")
    List<String> places;

    @Option(names = "--language", paramLabel = "LANG", description = "Language code of the documents, e.g. en, fr; repeatable "
            + "(documents only).")
    List<String> languages;

    @Option(names = "--kind", defaultValue = "documents", paramLabel = "KIND",
            description = "What to list: ${COMPLETION-CANDIDATES} (the web UI's two views).")
    Kind kind;

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
            description = "Order: ${COMPLETION-CANDIDATES} (date of signature, newest or oldest first).")
    Sort sort;

    @Option(names = "--size", defaultValue = "10", paramLabel = "N", description = "Hits per page, 1 to "
            + SearchRequest.MAX_SIZE + ".")
    int size;

    @Option(names = "--page", defaultValue = "1", paramLabel = "N", description = "Page to show, from 1.")
    int page;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static class Format {
        @Option(names = "--json", description = "The API's JSON answer (GET /api/search or /api/agreements) on one line.")
        boolean json;

        @Option(names = "--csv", description = "CSV of every matching document, not one page: the columns of the "
                + "export (GET /api/export?format=csv).")
        boolean csv;
    }

    private static final Pattern YEARS = Pattern.compile("(\\d{1,4})?(\\.\\.)?(\\d{1,4})?");

    @Override
    public Integer call() {
        Map<String, String[]> filters = filters();
        if (filters.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give a QUERY, a filter (--party, --year, --type, …) or both");
        }
        if (format.csv && kind == Kind.agreements) {
            throw new ParameterException(spec.commandLine(), "--csv exports documents; it does not apply to --kind agreements");
        }
        if (page < 1) {
            throw new ParameterException(spec.commandLine(), "--page counts from 1");
        }
        PartyNames partyNames = CliContext.partyNames();
        SearchRequest request = request(filters, partyNames);
        PactaProperties properties = CliContext.properties();
        PrintStream out = CliContext.logToStderr();
        try (CommandCluster cluster = CommandCluster.open(properties)) {
            ElasticsearchAdapters archive = cluster.adapters();
            if (!archive.archiveExists()) {
                throw new ArchiveUnavailableException("Nothing archived yet " + where(properties)
                        + ": ingest a folder first (./pacta ingest DIR)");
            }
            if (format.csv) {
                return csv(new ExportController(archive.documentReader(), partyNames, SearchParameters.SharingDocuments.UNAVAILABLE), request, out);
            }
            Object results;
            int shown;
            if (kind == Kind.agreements) {
                AgreementController.Results answer = new AgreementController(archive.agreementSearch(), partyNames, SearchParameters.SharingDocuments.UNAVAILABLE).search(request);
                results = answer;
                shown = answer.hits().size();
            } else {
                SearchController.Results answer = new SearchController(archive.documentSearch(), archive.documentReader(), partyNames,
                        SearchParameters.SharingDocuments.UNAVAILABLE).search(request);
                results = answer;
                shown = answer.hits().size();
            }
            if (format.json) {
                out.println(CliContext.API_JSON.writeValueAsString(results));
            } else {
                new SearchListing(out, CliContext.webBaseUrl(), CommandLine.Help.Ansi.AUTO.enabled(), page, size)
                        .print(words == null ? "" : String.join(" ", words), results);
            }
            out.flush();
            return shown > 0 ? 0 : NO_HITS;
        }
    }

    private int csv(ExportController export, SearchRequest request, PrintStream out) {
        try {
            LineCountingWriter writer = new LineCountingWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            export.writeCsv(request, writer);
            writer.flush();
            return writer.lines > 1 ? 0 : NO_HITS; // more than the header
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the line ends written through it. */
    private static final class LineCountingWriter extends FilterWriter {
        long lines;

        LineCountingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            lines += c == '\n' ? 1 : 0;
            super.write(c);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                lines += chars[i] == '\n' ? 1 : 0;
            }
            super.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                lines += text.charAt(i) == '\n' ? 1 : 0;
            }
            super.write(text, offset, length);
        }
    }

    /** The query and filters as the API's query parameters: the API reads and checks them. */
    private Map<String, String[]> filters() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        String query = words == null ? "" : String.join(" ", words).strip();
        if (!query.isEmpty()) {
            parameters.put("q", new String[]{query});
        }
        put(parameters, "party", parties);
        put(parameters, "status", statuses);
        put(parameters, "type", types);
        put(parameters, "place", places);
        put(parameters, "language", languages);
        if (years != null) {
            Matcher m = YEARS.matcher(years.strip());
            if (!m.matches() || (m.group(1) == null && m.group(3) == null) || (m.group(2) == null && m.group(3) != null)) {
                throw new ParameterException(spec.commandLine(),
                        "--year takes FROM..TO, FROM.., ..TO or one year (1990..2000), not '" + years + "'");
            }
            String from = m.group(1);
            String to = m.group(2) == null ? from : m.group(3);
            if (from != null) {
                parameters.put("year_from", new String[]{from});
            }
            if (to != null) {
                parameters.put("year_to", new String[]{to});
            }
        }
        if (anyParty) {
            parameters.put("party_mode", new String[]{"any"});
        }
        return parameters;
    }

    private SearchRequest request(Map<String, String[]> filters, PartyNames partyNames) {
        Map<String, String[]> parameters = new LinkedHashMap<>(filters);
        Set<String> allowed;
        if (format.csv) {
            allowed = ExportController.PARAMETERS;
        } else {
            parameters.put("sort", new String[]{sort.name()});
            parameters.put("page", new String[]{String.valueOf(page - 1)});
            parameters.put("size", new String[]{String.valueOf(size)});
            allowed = kind == Kind.agreements ? SearchParameters.AGREEMENT_PARAMETERS : SearchController.SEARCH_PARAMETERS;
        }
        if (kind == Kind.agreements && parameters.containsKey("language")) {
            throw new ParameterException(spec.commandLine(), "--language applies to documents; agreements have no language");
        }
        try {
            return SearchParameters.read(parameters, allowed, partyNames, SearchParameters.SharingDocuments.UNAVAILABLE);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage().replace("year_from is after year_to", "--year: FROM is after TO")
                    .replace("size must", "--size must").replace("page must", "--page must");
            throw new ParameterException(spec.commandLine(), message, e);
        }
    }

    private static void put(Map<String, String[]> parameters, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            parameters.put(name, values.toArray(String[]::new));
        }
    }

    private static String where(PactaProperties properties) {
        return properties.es().external() ? "on " + properties.es().url() + " (index prefix '"
                + properties.es().indexPrefix() + "')" : "in " + properties.home().toAbsolutePath().normalize();
    }
}
