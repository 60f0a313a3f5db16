package org.pacta.cli;

import org.pacta.cluster.ElasticsearchEndpoint;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.node.RunningNode;

/**
 * The cluster a command works on, and a client to it: the external cluster, or the data dir's local
 * node, which the command starts and owns when nobody runs it. Closing closes the client, then stops
 * a node the command started.
 */
public final class CommandCluster implements AutoCloseable {

    private final ElasticsearchEndpoint endpoint;
    private final ElasticsearchConnection connection;
    private final ElasticsearchAdapters adapters;

    private CommandCluster(ElasticsearchEndpoint endpoint, ElasticsearchConnection connection, PactaProperties properties) {
        this.endpoint = endpoint;
        this.connection = connection;
        this.adapters = new ElasticsearchAdapters(connection, properties.es().indexPrefix(), properties.search().timeout());
    }

    public static CommandCluster open(PactaProperties properties) {
        ElasticsearchEndpoint endpoint = ElasticsearchEndpoint.connect(properties, LocalNode.Lifetime.OWNED);
        try {
            return new CommandCluster(endpoint, ElasticsearchConnection.open(endpoint.settings()), properties);
        } catch (RuntimeException e) {
            endpoint.close();
            throw e;
        }
    }

    public ElasticsearchConnection connection() {
        return connection;
    }

    /** The ports the cluster implements, on Pacta's indices. */
    public ElasticsearchAdapters adapters() {
        return adapters;
    }

    /** The local node's process id, or -1 on an external cluster. */
    public long nodePid() {
        return endpoint.runningNode().map(RunningNode::pid).orElse(-1L);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            endpoint.close();
        }
    }
}
