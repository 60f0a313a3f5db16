package org.pacta.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.node.LocalNode;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Pacta's own Elasticsearch beans (8.19 client); Boot's starter would wire the 9.x client. */
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

    @Bean
    ElasticsearchClient elasticsearchClient(ElasticsearchConnection connection) {
        return connection.client();
    }

    @Bean
    IndexAdmin indexAdmin(ElasticsearchClient client, PactaProperties properties) {
        return new IndexAdmin(client, properties.es().indexPrefix());
    }

    @Bean
    ApplicationRunner createMissingIndices(IndexAdmin indexAdmin) {
        return args -> indexAdmin.ensure(IndexDefinition.DOCUMENTS);
    }
}
