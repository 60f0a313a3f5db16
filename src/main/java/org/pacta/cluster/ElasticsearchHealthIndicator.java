package org.pacta.cluster;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** {@code /actuator/health}: the cluster's own health; red is down, yellow and green are up. */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchConnection connection;
    private final ElasticsearchEndpoint endpoint;

    ElasticsearchHealthIndicator(ElasticsearchConnection connection, ElasticsearchEndpoint endpoint) {
        super("Elasticsearch health check failed");
        this.connection = connection;
        this.endpoint = endpoint;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = connection.health();
        builder.status(health.status() == HealthStatus.Red ? "DOWN" : "UP")
                .withDetail("status", health.status().jsonValue())
                .withDetail("cluster", health.clusterName())
                .withDetail("nodes", health.numberOfNodes())
                .withDetail("mode", endpoint.mode().name().toLowerCase())
                .withDetail("url", String.join(",", endpoint.settings().nodes().stream().map(Object::toString).toList()));
    }
}
