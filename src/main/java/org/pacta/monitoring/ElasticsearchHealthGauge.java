package org.pacta.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.springframework.stereotype.Component;

/** {@code pacta_elasticsearch_health}: 2 green, 1 yellow, 0 red, -1 when the node does not answer. */
@Component
class ElasticsearchHealthGauge {

    ElasticsearchHealthGauge(ElasticsearchConnection connection, MeterRegistry registry) {
        Gauge.builder("pacta.elasticsearch.health", connection, ElasticsearchHealthGauge::level)
                .description("The Elasticsearch cluster's health: 2 green, 1 yellow, 0 red, -1 not answering")
                .register(registry);
    }

    private static double level(ElasticsearchConnection connection) {
        try {
            return connection.health().level();
        } catch (Exception e) {
            return -1;
        }
    }
}
