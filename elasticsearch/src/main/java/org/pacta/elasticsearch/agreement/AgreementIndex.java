package org.pacta.elasticsearch.agreement;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.SourceFilter;
import co.elastic.clients.json.JsonData;
import org.pacta.core.agreement.Agreement;
import org.pacta.core.agreement.AgreementStore;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.search.StoredSources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agreements index: written by diff, so a rebuild that finds nothing new writes nothing, and
 * refreshed at the end so the API sees the result at once.
 */
public final class AgreementIndex implements AgreementStore {

    private static final int BULK_OPERATIONS = 500;

    private final ElasticsearchClient client;
    private final String alias;

    public AgreementIndex(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.alias = new IndexAdmin(client, prefix).ensure(IndexDefinition.AGREEMENTS);
    }

    public String alias() {
        return alias;
    }

    @Override
    public Changes replaceAll(List<Agreement> agreements) {
        try {
            Map<String, String> stored = fingerprints();
            Set<String> kept = new HashSet<>();
            List<BulkOperation> operations = new ArrayList<>();
            int unchanged = 0;
            String builtAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            for (Agreement a : agreements) {
                kept.add(a.id());
                Map<String, Object> json = AgreementJson.source(a);
                if (json.get("fingerprint").equals(stored.get(a.id()))) {
                    unchanged++;
                    continue;
                }
                json.put("built_at", builtAt);
                byte[] bytes = AgreementJson.bytes(json);
                operations.add(BulkOperation.of(o -> o.index(i -> i.index(alias).id(a.id())
                        .document(JsonData.from(new java.io.ByteArrayInputStream(bytes))))));
            }
            int written = operations.size();
            int deleted = 0;
            for (String id : stored.keySet()) {
                if (!kept.contains(id)) {
                    operations.add(BulkOperation.of(o -> o.delete(d -> d.index(alias).id(id))));
                    deleted++;
                }
            }
            for (int from = 0; from < operations.size(); from += BULK_OPERATIONS) {
                List<BulkOperation> chunk = operations.subList(from, Math.min(operations.size(), from + BULK_OPERATIONS));
                BulkResponse response = client.bulk(b -> b.operations(chunk));
                if (response.errors()) {
                    String reason = response.items().stream().filter(i -> i.error() != null)
                            .map(i -> i.id() + ": " + i.error().reason()).findFirst().orElse("unknown");
                    throw new IllegalStateException("Writing agreements failed: " + reason);
                }
            }
            if (!operations.isEmpty()) {
                client.indices().refresh(r -> r.index(alias));
            }
            return new Changes(written, unchanged, deleted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the agreements: " + e.getMessage(), e);
        }
    }

    private Map<String, String> fingerprints() throws IOException {
        Map<String, String> out = new HashMap<>();
        StoredSources.scan(client, alias, Query.of(q -> q.matchAll(m -> m)), SourceFilter.of(f -> f.includes("fingerprint")),
                hit -> out.put(hit.id(), String.valueOf(hit.source().get("fingerprint"))));
        return out;
    }
}
