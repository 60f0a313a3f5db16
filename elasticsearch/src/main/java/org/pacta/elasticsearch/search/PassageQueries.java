package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.pacta.core.search.PassageHit;

import java.util.List;
import java.util.Map;

/** How the passages index is searched and read: the user's words over a passage, its snippet, its place. */
final class PassageQueries {

    /** The name of the clause a passage matches when it holds every word of the query on its own. */
    static final String ALL_WORDS = "all-words";

    static final List<String> PLACE_FIELDS = List.of("ordinal", "locator", "heading", "page", "start", "end");

    static final String[] SEARCHED_FIELDS = {"text", "text.exact", "heading^2", "locator.text^2"};
    private static final int SNIPPET_CHARACTERS = 200;

    private PassageQueries() {
    }

    /**
     * Passages that hold all the words score far above those that hold some: a document matches when
     * its words are spread over its text, and its best passages are then those with the most of them.
     */
    static Query words(String query) {
        Query all = ElasticsearchDocumentSearch.words(query, SEARCHED_FIELDS);
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.bool(named -> named.must(all).queryName(ALL_WORDS).boost(4f)))
                .should(ElasticsearchDocumentSearch.words(query, Operator.Or, SEARCHED_FIELDS))
                .minimumShouldMatch("1")));
    }

    static Query ofDocuments(List<String> documentIds) {
        return Query.of(q -> q.terms(t -> t.field("document_id")
                .terms(v -> v.value(documentIds.stream().map(FieldValue::of).toList()))));
    }

    /**
     * Escaped by Elasticsearch before the {@code <mark>} tags go in; a passage is a few KB, so this work is
     * bounded. Only {@code words} are highlighted: the whole query would make the highlighter match the
     * document-id filter's terms against every word of every passage (at 100,000 documents a page's best
     * passages took 64 ms with it, 28 ms with the words alone, 19 ms without any highlighting).
     */
    static Highlight snippet(Query words) {
        return Highlight.of(h -> h
                .highlightQuery(words)
                .encoder(HighlighterEncoder.Html)
                .preTags("<mark>").postTags("</mark>")
                .requireFieldMatch(false)
                .fields("text", f -> f.fragmentSize(SNIPPET_CHARACTERS).numberOfFragments(1))
                .fields("text.exact", f -> f.fragmentSize(SNIPPET_CHARACTERS).numberOfFragments(1))
                .fields("heading", f -> f.numberOfFragments(0)));
    }

    static PassageHit hit(Map<?, ?> source, Map<String, List<String>> highlight) {
        return new PassageHit(integer(source, "ordinal"), string(source, "locator"), string(source, "heading"),
                source.get("page") instanceof Number page ? page.intValue() : null,
                integer(source, "start"), integer(source, "end"), snippet(highlight));
    }

    private static String snippet(Map<String, List<String>> highlight) {
        for (String field : List.of("text", "text.exact", "heading")) {
            List<String> fragments = highlight.getOrDefault(field, List.of());
            if (!fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return null;
    }

    private static int integer(Map<?, ?> source, String field) {
        return source.get(field) instanceof Number n ? n.intValue() : 0;
    }

    private static String string(Map<?, ?> source, String field) {
        Object value = source.get(field);
        return value == null ? null : value.toString();
    }
}
