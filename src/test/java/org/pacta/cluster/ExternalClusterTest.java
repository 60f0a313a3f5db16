package org.pacta.cluster;

import org.pacta.elasticsearch.testing.TestDirs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.pacta.core.Sha256;
import org.pacta.elasticsearch.ConnectionSettings;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.node.RunningNode;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code PACTA_ES_URL} set, Pacta uses that cluster and starts no node of its own. The
 * "external" cluster here is a second local node, started apart from Pacta.
 */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalClusterTest {

    private static final Path EXTERNAL_NODE_DIR = dir("external-node");
    private static final Path PACTA_HOME = dir("pacta-home");
    private static LocalNode externalNode;
    private static RunningNode external;

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void pointAtExternalCluster(DynamicPropertyRegistry registry) {
        externalNode = TestElasticsearch.newLocalNode(EXTERNAL_NODE_DIR);
        external = externalNode.startOrAttach(LocalNode.Lifetime.OWNED);
        registry.add("pacta.es.url", () -> external.url().toString());
        registry.add("pacta.home", PACTA_HOME::toString);
        registry.add("pacta.es.index-prefix", () -> "pacta-external");
        registry.add("pacta.api-keys", () -> "sha256:" + Sha256.hex(WRITE_KEY));
    }

    /** Health details (which cluster, its state) are for a write key; anonymous callers get the status only. */
    private static final String WRITE_KEY = "external-cluster-key";

    @AfterAll
    static void stopExternalNode() {
        externalNode.stop();
    }

    @Test
    void usesTheConfiguredClusterAndStartsNoNode() throws Exception {
        String health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .header("Authorization", "ApiKey " + WRITE_KEY).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(health.contains("\"mode\":\"external\""), health);
        assertTrue(health.contains("\"url\":\"" + external.url() + "\""), health);
        assertTrue(health.contains("\"status\":\"green\""), health);
        assertFalse(Files.exists(PACTA_HOME.resolve("es")), "a local node was prepared although a URL was given");

        try (ElasticsearchConnection connection = ElasticsearchConnection.open(ConnectionSettings.local(external.url()))) {
            assertTrue(connection.client().indices().existsAlias(a -> a.name("pacta-external-documents")).value(),
                    "Pacta created its index on the external cluster");
        }
    }

    private static Path dir(String name) {
        return TestDirs.fresh("external-test", name);
    }
}
