package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.transport.TransportException;

import java.io.IOException;
import java.util.Set;

/**
 * Tells failures worth waiting out (the cluster is busy, unreachable or its index temporarily
 * unusable) from fatal ones (Pacta may not write at all) and from those that belong to the
 * document and will never succeed.
 */
final class ElasticsearchFailures {

    private static final Set<Integer> STATUSES = Set.of(429, 502, 503, 504);

    /** States of the cluster or index, not of the document: an operator or the cluster itself ends them. */
    private static final Set<String> TYPES = Set.of(
            "es_rejected_execution_exception", "unavailable_shards_exception", "no_shard_available_action_exception",
            "circuit_breaking_exception", "cluster_block_exception", "index_closed_exception",
            "index_not_found_exception", "master_not_discovered_exception", "process_cluster_event_timeout_exception",
            "node_closed_exception", "node_disconnected_exception", "node_not_connected_exception",
            "connect_transport_exception", "receive_timeout_transport_exception", "shard_not_found_exception");

    private ElasticsearchFailures() {
    }

    static boolean isTransient(int status, ErrorCause error) {
        return STATUSES.contains(status) || (error != null && TYPES.contains(error.type()));
    }

    /** Authentication or authorisation: no retry helps, and no document is to blame. */
    static boolean isFatal(int status, ErrorCause error) {
        return (status == 401 || status == 403) && !isTransient(status, error);
    }

    static boolean isFatal(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return isFatal(es.status(), es.error());
        }
        return e instanceof TransportException te && (te.statusCode() == 401 || te.statusCode() == 403);
    }

    static boolean isTransient(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return isTransient(es.status(), es.error());
        }
        if (e instanceof TransportException te) {
            // An HTTP answer without an Elasticsearch error body, e.g. from a proxy in front of the cluster.
            return STATUSES.contains(te.statusCode()) || te.getCause() instanceof IOException;
        }
        return e instanceof IOException; // refused, reset, timed out
    }

    static String describe(ErrorCause error) {
        if (error == null) {
            return "unknown error";
        }
        String text = error.type() + ": " + error.reason();
        return error.causedBy() == null ? text : text + " (caused by " + describe(error.causedBy()) + ")";
    }

    static String describe(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return "HTTP " + es.status() + " " + describe(es.error());
        }
        if (e instanceof TransportException te) {
            return "HTTP " + te.statusCode() + " " + te.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
