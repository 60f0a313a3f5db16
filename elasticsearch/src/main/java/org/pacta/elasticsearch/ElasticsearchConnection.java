package org.pacta.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The low-level REST client and the typed 8.19 client over it, opened and closed together. */
public final class ElasticsearchConnection implements AutoCloseable {

    private final RestClient restClient;
    private final ElasticsearchClient client;
    private final ConnectionSettings settings;

    private ElasticsearchConnection(RestClient restClient, ConnectionSettings settings) {
        this.restClient = restClient;
        this.settings = settings;
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    public static ElasticsearchConnection open(ConnectionSettings settings) {
        HttpHost[] hosts = settings.nodes().stream()
                .map(uri -> new HttpHost(uri.getHost(), uri.getPort() < 0 ? defaultPort(uri.getScheme()) : uri.getPort(),
                        uri.getScheme()))
                .toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts)
                .setRequestConfigCallback(request -> request.setConnectTimeout(5_000).setSocketTimeout(120_000));
        if (settings.apiKey() != null) {
            builder.setDefaultHeaders(new Header[]{new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        SSLContext sslContext = settings.caCertificate() == null ? null : trusting(settings);
        builder.setHttpClientConfigCallback(http -> {
            if (settings.username() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY,
                        new UsernamePasswordCredentials(settings.username(), settings.password()));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (sslContext != null) {
                http.setSSLContext(sslContext);
            }
            return http.setMaxConnTotal(64).setMaxConnPerRoute(32);
        });
        return new ElasticsearchConnection(builder.build(), settings);
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 9200;
    }

    private static SSLContext trusting(ConnectionSettings settings) {
        try (InputStream in = Files.newInputStream(settings.caCertificate())) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
            trustStore.load(null, null);
            trustStore.setCertificateEntry("pacta-es-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CA certificate " + settings.caCertificate(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a usable X.509 CA certificate: " + settings.caCertificate(), e);
        }
    }

    public ElasticsearchClient client() {
        return client;
    }

    public RestClient restClient() {
        return restClient;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** Readiness is the cluster's health, not {@code GET /}: the local node answers that with 405. */
    public ClusterHealth health() throws IOException {
        HealthResponse health = client.cluster().health();
        return new ClusterHealth(health.status().jsonValue(), health.clusterName(), health.numberOfNodes());
    }

    /** Waits until the cluster reports at least {@code status}, or throws when the deadline passes. */
    public HealthResponse awaitHealth(HealthStatus status, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                HealthResponse health = client.cluster().health(h -> h.waitForStatus(status).timeout(t -> t.time("2s")));
                if (!health.timedOut()) {
                    return health;
                }
            } catch (IOException e) {
                last = e;
                sleepQuietly(Duration.ofMillis(250));
            }
        }
        throw new IOException("Elasticsearch at " + settings.nodes() + " did not reach " + status.jsonValue()
                + " within " + timeout.toSeconds() + " s", last);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
