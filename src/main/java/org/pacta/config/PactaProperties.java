package org.pacta.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * All of Pacta's settings, bound from {@code application.yml} and {@code PACTA_*} environment
 * variables (the README lists them).
 *
 * @param home the data dir: the local node, blobs and reports live here
 */
@ConfigurationProperties("pacta")
public record PactaProperties(Path home, Elasticsearch es) {

    /**
     * @param url         external cluster URL(s), comma-separated; empty means the local node
     * @param indexPrefix prefix of every index and alias Pacta creates
     */
    public record Elasticsearch(String url, String apiKey, String username, String password, Path caCert,
                                String indexPrefix, LocalNode local) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * The embedded default node.
     *
     * @param systemUser the unprivileged user the node runs as when Pacta runs as root
     */
    public record LocalNode(Path distribution, Path pluginZip, String heap, Duration startTimeout,
                            String systemUser) {
    }
}
