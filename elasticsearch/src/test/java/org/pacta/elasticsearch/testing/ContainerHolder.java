package org.pacta.elasticsearch.testing;

import org.testcontainers.elasticsearch.ElasticsearchContainer;

/** Testcontainers' Elasticsearch, the full distribution, so analysis-common is built in. */
final class ContainerHolder {

    private static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";

    private ContainerHolder() {
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    static String start() {
        ElasticsearchContainer container = new ElasticsearchContainer(IMAGE)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        return "http://" + container.getHttpHostAddress();
    }
}
