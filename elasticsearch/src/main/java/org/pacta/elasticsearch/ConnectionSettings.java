package org.pacta.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How to reach a cluster: one or more node URLs and, for secured clusters, an API key or
 * user/password, and a CA certificate for TLS.
 */
public record ConnectionSettings(List<URI> nodes, String apiKey, String username, String password,
                                 Path caCertificate) {

    public ConnectionSettings {
        if (nodes == null || nodes.isEmpty()) {
            throw new IllegalArgumentException("At least one Elasticsearch URL is needed");
        }
        nodes = List.copyOf(nodes);
    }

    /** Parses a comma-separated list such as {@code https://es1:9200,https://es2:9200}. */
    public static ConnectionSettings of(String commaSeparatedUrls, String apiKey, String username,
                                        String password, Path caCertificate) {
        List<URI> uris = Arrays.stream(commaSeparatedUrls.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(ConnectionSettings::parseUrl)
                .toList();
        return new ConnectionSettings(uris, blankToNull(apiKey), blankToNull(username),
                blankToNull(password), caCertificate);
    }

    public static ConnectionSettings local(URI url) {
        return new ConnectionSettings(List.of(url), null, null, null, null);
    }

    private static URI parseUrl(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an Elasticsearch URL (want http(s)://host:port): " + url);
        }
        return uri;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        // Never print secrets.
        return "ConnectionSettings" + nodes + (apiKey != null ? " (api key)" : "")
                + (username != null ? " (user " + username + ")" : "");
    }
}
