package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.pacta.core.search.DocumentPassages;
import org.pacta.core.sharedtext.PassageText;
import org.pacta.core.sharedtext.PassageTexts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Passages' texts for shared text: a document's own, and other documents' through their stored fingerprints. */
public final class ElasticsearchPassageTexts implements PassageTexts {

    private static final int PAGE_SIZE = 1_000;
    /** Fingerprints per request: well under the index's {@code max_terms_count} (65,536). */
    private static final int FINGERPRINTS_PER_REQUEST = 10_000;
    /**
     * Fingerprints per {@code terms_set} query: each is a clause, and the node's clause limit depends on its
     * heap (8,192 with 512 MB; never under 1,024).
     */
    private static final int TERMS_SET_SIZE = 1_000;
    private static final List<String> FIELDS = List.of("document_id", "ordinal", "locator", "heading", "text");

    private final TimedSearches searches;
    private final String alias;

    public ElasticsearchPassageTexts(TimedSearches searches, String alias) {
        this.searches = searches;
        this.alias = alias;
    }

    @Override
    public List<PassageText> ofDocument(String documentId) {
        return read(PassageQueries.ofDocuments(List.of(documentId)), DocumentPassages.MAX_PASSAGES);
    }

    @Override
    public Map<String, Long> frequencies(Collection<String> fingerprints) {
        Map<String, Long> counts = new HashMap<>();
        for (List<String> chunk : chunks(fingerprints)) {
            List<FieldValue> values = chunk.stream().map(FieldValue::of).toList();
            try {
                SearchResponse<Void> response = searches.search(s -> s.index(alias).ignoreUnavailable(true).size(0)
                        .query(q -> q.terms(t -> t.field("fingerprints").terms(v -> v.value(values))))
                        .aggregations("held", a -> a.terms(t -> t.field("fingerprints").size(chunk.size())
                                .include(i -> i.terms(chunk)))), Void.class);
                var held = response.aggregations().get("held");
                if (held != null) {
                    for (StringTermsBucket bucket : held.sterms().buckets().array()) {
                        counts.put(bucket.key().stringValue(), bucket.docCount());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Counting passages by fingerprint failed: " + e.getMessage(), e);
            }
        }
        return counts;
    }

    /**
     * One {@code terms_set} query per chunk of whole groups, so a passage's evidence is counted against one
     * group's fingerprints as the port asks (a group larger than a chunk is split, and may lose a pair whose
     * two fingerprints fall on either side of the cut).
     */
    @Override
    public List<PassageText> holding(List<? extends Collection<String>> groups, int atLeast, String exceptDocumentId,
                                     int limit) {
        Map<String, PassageText> found = new LinkedHashMap<>();
        for (List<String> chunk : groupChunks(groups)) {
            List<String> terms = List.copyOf(new LinkedHashSet<>(chunk));
            Query holding = Query.of(q -> q.bool(b -> b
                    .filter(f -> f.termsSet(t -> t.field("fingerprints").terms(terms)
                            .minimumShouldMatch(Integer.toString(atLeast))))
                    .mustNot(m -> m.term(t -> t.field("document_id").value(exceptDocumentId)))));
            read(holding, limit - found.size(), passage -> found.putIfAbsent(passage.id(), passage));
            if (found.size() >= limit) {
                break;
            }
        }
        return List.copyOf(found.values());
    }

    /** Groups packed whole into chunks of at most {@link #TERMS_SET_SIZE} fingerprints. */
    private static List<List<String>> groupChunks(List<? extends Collection<String>> groups) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        for (Collection<String> group : groups) {
            if (!chunk.isEmpty() && chunk.size() + group.size() > TERMS_SET_SIZE) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
            for (String fingerprint : group) {
                if (chunk.size() == TERMS_SET_SIZE) {
                    chunks.add(chunk);
                    chunk = new ArrayList<>();
                }
                chunk.add(fingerprint);
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    @Override
    public void all(Consumer<PassageText> each) {
        read(Query.of(q -> q.matchAll(m -> m)), Long.MAX_VALUE, each);
    }

    /** The passages the query matches, by document and ordinal, at most {@code limit}. */
    private List<PassageText> read(Query query, int limit) {
        List<PassageText> passages = new ArrayList<>();
        read(query, limit, passages::add);
        return passages;
    }

    @SuppressWarnings("unchecked")
    private void read(Query query, long limit, Consumer<PassageText> each) {
        long read = 0;
        List<FieldValue> after = null;
        try {
            while (read < limit) {
                List<FieldValue> from = after;
                int size = (int) Math.min(PAGE_SIZE, limit - read);
                List<Hit<Map>> hits = searches.search(s -> {
                    s.index(alias).ignoreUnavailable(true).size(size).trackTotalHits(t -> t.enabled(false))
                            .query(query)
                            .source(src -> src.filter(f -> f.includes(FIELDS)))
                            .sort(o -> o.field(f -> f.field("document_id").order(SortOrder.Asc)))
                            .sort(o -> o.field(f -> f.field("ordinal").order(SortOrder.Asc)));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Map.class).hits().hits();
                hits.forEach(hit -> each.accept(passage(hit.source())));
                read += hits.size();
                if (hits.size() < size) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading passages failed: " + e.getMessage(), e);
        }
    }

    private static PassageText passage(Map<?, ?> source) {
        Object heading = source.get("heading");
        Object text = source.get("text");
        return new PassageText((String) source.get("document_id"), ((Number) source.get("ordinal")).intValue(),
                (String) source.get("locator"), heading == null ? null : heading.toString(),
                text == null ? "" : text.toString());
    }

    private static List<List<String>> chunks(Collection<String> fingerprints) {
        List<String> all = List.copyOf(fingerprints);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += FINGERPRINTS_PER_REQUEST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + FINGERPRINTS_PER_REQUEST)));
        }
        return chunks;
    }
}
