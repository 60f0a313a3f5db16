package org.pacta.elasticsearch.archive;

import org.pacta.core.Sha256;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.pacta.core.ingest.CatalogEntry;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code <prefix>-files} index: one entry per ingested file, keyed by the hash of its path. */
final class CatalogIndex {

    static final int PAGE_SIZE = 5000;
    private static final List<String> FIELDS =
            List.of("path", "size", "modified_millis", "document_id", "sidecar_stamp", "ingested_at");

    private final ElasticsearchClient client;
    private final String alias;
    private final BulkSettings settings;

    CatalogIndex(ElasticsearchClient client, String alias, BulkSettings settings) {
        this.client = client;
        this.alias = alias;
        this.settings = settings;
    }

    String alias() {
        return alias;
    }

    /** Paths can be longer than the 512 bytes an {@code _id} allows, so the id is their SHA-256. */
    static String id(String path) {
        return Sha256.hex(path);
    }

    BulkOperation write(CatalogEntry entry) {
        Source source = new Source(entry.path(), entry.size(), entry.modifiedMillis(), entry.documentId(),
                entry.sidecarStamp(), DocumentJson.millis(entry.ingestedAt()));
        return BulkOperation.of(b -> b.index(i -> i.index(alias).id(id(entry.path())).document(source)));
    }

    BulkOperation delete(String path) {
        return BulkOperation.of(b -> b.delete(d -> d.index(alias).id(id(path))));
    }

    /** A rough size of one entry in a bulk request, for batching. */
    static long estimatedBytes(String path) {
        return 256L + 2L * path.length();
    }

    /**
     * Every entry, paged with {@code search_after} on the unique path: no point-in-time to keep
     * alive or close, and nothing else writes the catalog while a run loads it.
     */
    Map<String, CatalogEntry> loadAll() {
        Map<String, CatalogEntry> entries = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            SearchResponse<Source> page = page(after);
            List<Hit<Source>> hits = page.hits().hits();
            for (Hit<Source> hit : hits) {
                Source s = hit.source();
                entries.put(s.path(), new CatalogEntry(s.path(), s.size(), s.modifiedMillis(), s.documentId(),
                        s.sidecarStamp(), s.ingestedAt() == null ? null : Instant.parse(s.ingestedAt())));
            }
            if (hits.size() < PAGE_SIZE) {
                return entries;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private SearchResponse<Source> page(List<FieldValue> after) {
        return Backoff.retrying(settings, "reading the file catalog " + alias, () -> client.search(s -> {
                s.index(alias).size(PAGE_SIZE).trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.filter(f -> f.includes(FIELDS)))
                        .sort(o -> o.field(f -> f.field("path").order(SortOrder.Asc)));
                if (after != null) {
                    s.searchAfter(after);
                }
                return s;
            }, Source.class));
    }

    /** The stored JSON; the date stays a string because the client's mapper has no java.time support. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(@JsonProperty("path") String path,
                  @JsonProperty("size") long size,
                  @JsonProperty("modified_millis") long modifiedMillis,
                  @JsonProperty("document_id") String documentId,
                  @JsonProperty("sidecar_stamp") String sidecarStamp,
                  @JsonProperty("ingested_at") String ingestedAt) {
    }
}
