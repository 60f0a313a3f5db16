package org.pacta.core.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total, and the facets counted under all the other active filters.
 *
 * @param next    opaque cursor for the page after this one ({@code search_after}), or null at the end
 * @param partial the search ran out of time (or some shards failed): hits, total and facets may be incomplete
 */
public record SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<Bucket>> facets, String next,
                           boolean partial) {

    /**
     * A document in the results, without its text. {@code title} is plain text; {@code titleHighlight}
     * is HTML-escaped with {@code <mark>} tags (null when the query did not match the title).
     * {@code passages} are the document's best 1–3 passages for the query, best first.
     */
    public record Hit(String id, String title, String titleHighlight, List<String> parties, String signedDate, String signedPlace,
                      String status, String type, String language, String fileName, String contentType,
                      List<PassageHit> passages) {

        public Hit {
            passages = passages == null ? List.of() : List.copyOf(passages);
        }

        /** The passages' snippets, best first: HTML-escaped with {@code <mark>} tags. */
        public List<String> snippets() {
            return passages.stream().map(PassageHit::snippet).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** A facet value: its key (what a filter takes), its count, and for places the name as a document writes it. */
    public record Bucket(String key, long count, String label) {

        public Bucket(String key, long count) {
            this(key, count, null);
        }
    }
}
