package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.pacta.core.ingest.ArchiveUnavailableException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends one batch as bulk requests until every operation has succeeded or failed for good.
 * Transient failures (of the whole request or of single items) are retried with {@link Backoff};
 * a request refused as a whole for another reason is split in halves so that only the guilty
 * operations fail; a refusal of Pacta itself (401, 403) ends the session.
 */
final class BulkWriter {

    /** Why Elasticsearch refused one operation for good. */
    record Failure(String type, String reason) {
        boolean is(String errorType) {
            return errorType.equals(type);
        }

        @Override
        public String toString() {
            return reason;
        }
    }

    /** One operation, its size in the request, and where its outcome goes. */
    record Item(BulkOperation operation, long bytes, Runnable onSuccess, Consumer<Failure> onFailure) {
    }

    private final ElasticsearchClient client;
    private final BulkSettings settings;

    BulkWriter(ElasticsearchClient client, BulkSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** @throws ArchiveUnavailableException when Elasticsearch keeps failing past the give-up time */
    void send(List<Item> batch) {
        Backoff backoff = new Backoff(settings);
        List<Item> pending = batch;
        while (!pending.isEmpty()) {
            BulkResponse response;
            try {
                List<BulkOperation> operations = pending.stream().map(Item::operation).toList();
                // require_alias: if an alias vanished, fail instead of auto-creating an unmapped index.
                response = client.bulk(b -> b.requireAlias(true).operations(operations));
            } catch (Exception e) {
                if (ElasticsearchFailures.isFatal(e)) {
                    throw new ArchiveUnavailableException("Elasticsearch refuses Pacta's writes: "
                            + ElasticsearchFailures.describe(e), e);
                }
                if (ElasticsearchFailures.isTransient(e)) {
                    backoff.pause("bulk of " + pending.size() + ": " + ElasticsearchFailures.describe(e));
                    continue;
                }
                refusedAsAWhole(pending, new Failure("request", ElasticsearchFailures.describe(e)));
                return;
            }
            List<Item> retry = new ArrayList<>();
            String lastTransient = null;
            for (int i = 0; i < pending.size(); i++) {
                Item item = pending.get(i);
                BulkResponseItem result = response.items().get(i);
                if (result.error() == null) {
                    item.onSuccess().run();
                } else if (ElasticsearchFailures.isFatal(result.status(), result.error())) {
                    throw new ArchiveUnavailableException("Elasticsearch refuses Pacta's writes to " + result.index()
                            + ": " + ElasticsearchFailures.describe(result.error()));
                } else if (ElasticsearchFailures.isTransient(result.status(), result.error())) {
                    retry.add(item); // keeps the original order for the retry
                    lastTransient = ElasticsearchFailures.describe(result.error());
                } else {
                    item.onFailure().accept(new Failure(result.error().type(), ElasticsearchFailures.describe(result.error())));
                }
            }
            if (retry.size() < pending.size()) {
                backoff.reset(); // progress
            }
            if (!retry.isEmpty()) {
                backoff.pause(retry.size() + " of " + pending.size() + " operations: " + lastTransient);
            }
            pending = retry;
        }
    }

    private void refusedAsAWhole(List<Item> batch, Failure failure) {
        if (batch.size() == 1) {
            batch.get(0).onFailure().accept(failure);
            return;
        }
        int half = batch.size() / 2;
        send(batch.subList(0, half));
        send(batch.subList(half, batch.size()));
    }
}
