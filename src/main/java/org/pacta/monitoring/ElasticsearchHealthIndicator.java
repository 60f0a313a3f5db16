package org.pacta.monitoring;

import org.pacta.cluster.ElasticsearchEndpoint;
import org.pacta.elasticsearch.ClusterHealth;
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
        ClusterHealth health = connection.health();
        builder.status(health.red() ? "DOWN" : "UP")
                .withDetail("status", health.status())
                .withDetail("cluster", health.clusterName())
                .withDetail("nodes", health.nodes())
                .withDetail("mode", endpoint.mode().name().toLowerCase())
                .withDetail("url", String.join(",", endpoint.settings().nodes().stream().map(Object::toString).toList()));
    }
}
