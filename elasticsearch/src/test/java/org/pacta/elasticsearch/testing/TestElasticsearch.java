package org.pacta.elasticsearch.testing;

import org.pacta.elasticsearch.ConnectionSettings;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.node.ClusterMember;
import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.node.LocalNodeSettings;
import org.pacta.elasticsearch.node.RunningNode;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one Elasticsearch of a test run, found in this order: an external cluster
 * ({@code PACTA_ES_URL}), Testcontainers where a Docker engine runs, otherwise a local node
 * started once per test JVM and stopped when it exits.
 */
public final class TestElasticsearch {

    public enum Source { EXTERNAL, TESTCONTAINERS, LOCAL_NODE }

    private static TestElasticsearch shared;

    private final Source source;
    private final ConnectionSettings settings;
    private final ElasticsearchConnection connection;

    private TestElasticsearch(Source source, ConnectionSettings settings) {
        this.source = source;
        this.settings = settings;
        this.connection = ElasticsearchConnection.open(settings);
    }

    public static synchronized TestElasticsearch shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static TestElasticsearch start() {
        String external = System.getenv("PACTA_ES_URL");
        if (external != null && !external.isBlank()) {
            return new TestElasticsearch(Source.EXTERNAL, ConnectionSettings.of(external,
                    System.getenv("PACTA_ES_API_KEY"), System.getenv("PACTA_ES_USERNAME"),
                    System.getenv("PACTA_ES_PASSWORD"), caCertificate()));
        }
        String containerUrl = TestcontainersElasticsearch.startIfDockerAvailable();
        if (containerUrl != null) {
            return new TestElasticsearch(Source.TESTCONTAINERS, ConnectionSettings.of(containerUrl, null, null, null, null));
        }
        // A node of this JVM's own: two test runs of one module (two developers, an IDE and Maven)
        // must not share a node that the first to finish would stop under the other.
        Path home = Path.of(System.getProperty("pacta.test.es-home", "target/test-es-home"))
                .resolve("jvm-" + ProcessHandle.current().pid());
        RunningNode node = newLocalNode(home).startOrAttach(LocalNode.Lifetime.OWNED);
        return new TestElasticsearch(Source.LOCAL_NODE, ConnectionSettings.local(node.url()));
    }

    /** A local node on the distribution and plugin the build prepared, with its files under {@code dataDir}. */
    public static LocalNode newLocalNode(Path dataDir) {
        return new LocalNode(nodeSettings(dataDir, "512m"));
    }

    /** One member of a {@link TestCluster}. */
    static LocalNode newLocalNode(Path dataDir, String heap, ClusterMember member) {
        return new LocalNode(nodeSettings(dataDir, heap), member);
    }

    private static LocalNodeSettings nodeSettings(Path dataDir, String heap) {
        return new LocalNodeSettings(
                Path.of(requiredProperty("pacta.es.distribution")),
                Path.of(requiredProperty("pacta.es.plugin-zip")),
                dataDir, heap, Duration.ofSeconds(180), "pacta-es");
    }

    private static Path caCertificate() {
        String ca = System.getenv("PACTA_ES_CA_CERT");
        return ca == null || ca.isBlank() ? null : Path.of(ca);
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests through Maven");
        }
        return value;
    }

    public Source source() {
        return source;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public ElasticsearchConnection connection() {
        return connection;
    }

    /** A fresh index prefix so that test classes sharing one cluster never see each other's data. */
    public static String uniquePrefix(String testName) {
        return ("pacta-test-" + testName + "-" + Long.toHexString(System.nanoTime())).toLowerCase();
    }

    /** Kept apart so the Testcontainers classes load only when asked for. */
    private static final class TestcontainersElasticsearch {
        static String startIfDockerAvailable() {
            try {
                Class<?> factory = Class.forName("org.testcontainers.DockerClientFactory");
                Object instance = factory.getMethod("instance").invoke(null);
                Method available = factory.getMethod("isDockerAvailable");
                if (!(Boolean) available.invoke(instance)) {
                    return null;
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                return null; // Testcontainers not on this module's test classpath
            }
            return ContainerHolder.start();
        }
    }
}
