package org.pacta.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.elasticsearch.indices.GetMappingResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pacta's mappings and analysis on a real node: folding, stemming, the folding normalizer. */
class AnalysisAndMappingTest {

    private static ElasticsearchClient client;
    private static IndexAdmin admin;
    private static String alias;

    @BeforeAll
    static void createIndex() throws IOException {
        client = TestElasticsearch.shared().connection().client();
        admin = new IndexAdmin(client, TestElasticsearch.uniquePrefix("analysis"));
        alias = admin.ensure(IndexDefinition.DOCUMENTS);
        client.index(i -> i.index(alias).id("mou").refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(Map.of(
                        "title", "Memorandum between Azerbaijan and Türkiye",
                        "body", "The Republic of Türkiye and Azerbaijan signed two agreements in Genève.",
                        "signed_place", "Genève",
                        "parties", List.of("AZE", "TUR"))));
    }

    @AfterAll
    static void dropIndex() {
        admin.delete(IndexDefinition.DOCUMENTS);
    }

    @Test
    void textAnalyzerFoldsAndStems() throws IOException {
        List<String> terms = client.indices().analyze(a -> a.index(alias).analyzer("pacta_text")
                        .text("Türkiye signed agreements"))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertEquals(List.of("turkiye", "sign", "agreement"), terms);
    }

    @Test
    void turkiyeWithoutDiacriticsFindsTurkiye() throws IOException {
        assertEquals(1, hits("Turkiye"));
        assertEquals(1, hits("agreement"));
        assertEquals(0, hits("Armenia"));
    }

    @Test
    void placeNormalizerMatchesUnaccentedSpelling() throws IOException {
        long found = client.search(s -> s.index(alias).query(q -> q.term(t -> t.field("signed_place").value("geneve"))),
                Map.class).hits().total().value();
        assertEquals(1, found);
        long upper = client.search(s -> s.index(alias).query(q -> q.term(t -> t.field("signed_place").value("GENEVE"))),
                Map.class).hits().total().value();
        assertEquals(1, upper);
    }

    @Test
    void mappingIsAppliedBehindTheVersionedIndex() throws IOException {
        GetMappingResponse mapping = client.indices().getMapping(m -> m.index(alias));
        assertEquals(1, mapping.result().size());
        String concrete = mapping.result().keySet().iterator().next();
        assertTrue(concrete.endsWith("-documents-v1"), concrete);
        var properties = mapping.result().get(concrete).mappings().properties();
        assertTrue(properties.get("signed_date").isDate());
        assertTrue(properties.get("parties").isKeyword());
        assertEquals("pacta_folding", properties.get("signed_place").keyword().normalizer());
        assertEquals("pacta_text", properties.get("body").text().analyzer());
    }

    /** A dynamic setting of the mapping file reaches an index made before it, as new fields do. */
    @Test
    void ensurePutsTheFilesHighlightLimitOnAnExistingIndex() throws IOException {
        client.indices().putSettings(p -> p.index(alias)
                .withJson(new java.io.StringReader("{\"highlight\": {\"max_analyzed_offset\": 1000}}")));
        assertEquals("1000", highlightLimit());
        admin.ensure(IndexDefinition.DOCUMENTS);
        assertEquals("1000000", highlightLimit());
    }

    @SuppressWarnings("unchecked")
    private static String highlightLimit() {
        Map<String, Object> answer = org.pacta.elasticsearch.testing.IndexProbe.shared().send("GET",
                "/" + alias + "/_settings/index.highlight.max_analyzed_offset?flat_settings=true", null);
        Map<String, Object> index = (Map<String, Object>) answer.values().iterator().next();
        return String.valueOf(((Map<String, Object>) index.get("settings")).get("index.highlight.max_analyzed_offset"));
    }

    @Test
    void ensureIsIdempotent() {
        assertEquals(alias, admin.ensure(IndexDefinition.DOCUMENTS));
    }

    private long hits(String words) throws IOException {
        return client.search(s -> s.index(alias).query(q -> q.match(m -> m.field("body").query(words))), Map.class)
                .hits().total().value();
    }
}
