package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.search.PassageHit;
import org.pacta.core.search.SearchRequest;
import org.pacta.core.search.SearchResult;
import org.pacta.elasticsearch.archive.ElasticsearchArchive;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.ArticleDocuments;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searching with passages on a real node: hits carry their best passages; one document's passages in text order. */
class PassageSearchTest {

    /** Both words in one article. */
    private static final String TOGETHER = """
            Article 1
            The Parties shall promote trade between them.
            Article 2
            An investor may submit a claim to arbitration under this Article.
            Article 3
            This Agreement shall enter into force on signature.
            """;
    /** The same words, but far apart; and many more of them, so the whole text scores higher. */
    private static final String SCATTERED = """
            Article 1
            Each investor and each investor of a Party shall be treated fairly; an investor, any investor.
            Article 2
            Customs duties shall be reduced.
            Article 3
            Disputes between the Parties go to arbitration, to arbitration and only arbitration.
            Annex I
            A <script>alert(1)</script> schedule.
            """;

    private static ElasticsearchClient client;
    private static String prefix;
    private static ElasticsearchDocumentSearch search;
    private static ElasticsearchDocumentPassages passages;
    private static String together;
    private static String scattered;

    @BeforeAll
    static void archive() {
        client = TestElasticsearch.shared().connection().client();
        prefix = TestElasticsearch.uniquePrefix("passage-search");
        together = ArticleDocuments.id("together");
        scattered = ArticleDocuments.id("scattered");
        ElasticsearchArchive archive = new ElasticsearchArchive(client, prefix);
        try (ArchiveSession session = archive.openSession(ArticleDocuments.refusalsFail())) {
            ArticleDocuments.store(session, together, TOGETHER);
            ArticleDocuments.store(session, scattered, SCATTERED);
        }
        TimedSearches searches = new TimedSearches(client, TimedSearches.DEFAULT_TIMEOUT);
        search = new ElasticsearchDocumentSearch(searches, IndexDefinition.DOCUMENTS.alias(prefix),
                IndexDefinition.PASSAGES.alias(prefix));
        passages = new ElasticsearchDocumentPassages(searches, IndexDefinition.PASSAGES.alias(prefix));
    }

    @AfterAll
    static void drop() {
        IndexAdmin admin = new IndexAdmin(client, prefix);
        admin.delete(IndexDefinition.DOCUMENTS);
        admin.delete(IndexDefinition.PASSAGES);
        admin.delete(IndexDefinition.FILES);
    }

    @Test
    void eachHitCarriesItsBestPassagesWithLocatorAndSnippet() {
        SearchResult result = search.search(request("arbitration"));

        assertEquals(2, result.total());
        SearchResult.Hit hit = hitOf(result, together);
        assertEquals(1, hit.passages().size(), "only the passage that holds the word");
        PassageHit best = hit.passages().get(0);
        assertEquals("Article 2", best.locator());
        assertEquals(1, best.ordinal());
        assertEquals(TOGETHER.indexOf("Article 2"), best.start());
        assertTrue(best.snippet().contains("<mark>arbitration</mark>"), best.snippet());
        assertEquals(List.of(best.snippet()), hit.snippets());
    }

    @Test
    void aDocumentWhoseOneArticleHoldsAllTheWordsComesFirst() {
        // The scattered text has the words more often, so the whole-text score alone puts it first.
        SearchResult result = search.search(request("investor arbitration"));

        assertEquals(List.of(together, scattered), result.hits().stream().map(SearchResult.Hit::id).toList());
        assertEquals("Article 2", result.hits().get(0).passages().get(0).locator());
        List<String> scatteredLocators = result.hits().get(1).passages().stream().map(PassageHit::locator).toList();
        assertTrue(scatteredLocators.containsAll(List.of("Article 1", "Article 3")), scatteredLocators.toString());
    }

    @Test
    void aPhraseMatchesWithinAPassageAndSnippetsAreEscaped() {
        SearchResult phrase = search.search(request("\"claim to arbitration\""));
        assertEquals(List.of(together), phrase.hits().stream().map(SearchResult.Hit::id).toList());

        SearchResult script = search.search(request("schedule"));
        String snippet = hitOf(script, scattered).passages().get(0).snippet();
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.contains("<script>"), snippet);
        assertEquals("Annex I", hitOf(script, scattered).passages().get(0).locator());
    }

    @Test
    void aDocumentsPassagesComeInTextOrderOrAllAsATableOfContents() {
        List<PassageHit> matches = passages.of(scattered, "arbitration OR investor");
        assertEquals(List.of("Article 1", "Article 3"), matches.stream().map(PassageHit::locator).toList());
        assertTrue(matches.stream().allMatch(p -> p.snippet() != null && p.snippet().contains("<mark>")));

        List<PassageHit> contents = passages.of(scattered, "");
        assertEquals(List.of("Article 1", "Article 2", "Article 3", "Annex I"),
                contents.stream().map(PassageHit::locator).toList());
        assertTrue(contents.stream().allMatch(p -> p.snippet() == null));
        assertEquals(List.of(), passages.of(ArticleDocuments.id("nobody"), ""));
    }

    private static SearchRequest request(String words) {
        return new SearchRequest(words, null, false, null, null, null, null, null, null, null, 0, 10, null);
    }

    private static SearchResult.Hit hitOf(SearchResult result, String id) {
        return result.hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    /** Cut at the lines that start "Article" or "Annex", as a reader of structure would. */
}
