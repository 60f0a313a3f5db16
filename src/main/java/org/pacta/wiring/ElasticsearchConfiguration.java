package org.pacta.wiring;

import org.pacta.cluster.ElasticsearchEndpoint;
import org.pacta.cluster.LocalNodeWatchdog;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.node.LocalNode;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pacta's own Elasticsearch beans (8.19 client; Boot's starter would wire the 9.x client): the only
 * place the app reaches the cluster, through the ports {@link ElasticsearchAdapters} implements.
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfiguration {

    @Bean
    ElasticsearchEndpoint elasticsearchEndpoint(PactaProperties properties) {
        return ElasticsearchEndpoint.connect(properties, LocalNode.Lifetime.OWNED);
    }

    /** Closed before the endpoint, so the node's stop on shutdown is not taken for a crash. */
    @Bean
    LocalNodeWatchdog localNodeWatchdog(ElasticsearchEndpoint endpoint) {
        return LocalNodeWatchdog.watch(endpoint);
    }

    @Bean
    ElasticsearchConnection elasticsearchConnection(ElasticsearchEndpoint endpoint) {
        return ElasticsearchConnection.open(endpoint.settings());
    }

    /** The ports Elasticsearch implements (search, reading, writing, backups), on the configured indices. */
    @Bean
    ElasticsearchAdapters elasticsearchAdapters(ElasticsearchConnection connection, PactaProperties properties) {
        return new ElasticsearchAdapters(connection, properties.es().indexPrefix(), properties.search().timeout());
    }

    @Bean
    ApplicationRunner createMissingIndices(ElasticsearchAdapters elasticsearch) {
        return args -> elasticsearch.ensureIndices();
    }
}
