package org.pacta.elasticsearch.node;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Asks a node over plain HTTP whether it is up: no client, so it works before any client can be built. */
final class NodeHttp {

    private NodeHttp() {
    }

    /** The address the node wrote once bound (one per line, e.g. 127.0.0.1:43117), or null before that. */
    static URI readPortsFile(Path portsFile) {
        try {
            if (!Files.exists(portsFile)) {
                return null;
            }
            return Files.readAllLines(portsFile).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("127.0.0.1:"))
                    .findFirst()
                    .map(address -> URI.create("http://" + address))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static boolean isGreen(URI url) {
        return get(url.resolve("/_cluster/health?wait_for_status=green&timeout=1s"))
                .map(body -> body.contains("\"status\":\"green\""))
                .orElse(false);
    }

    static boolean answers(URI url) {
        return get(url.resolve("/_cluster/health")).isPresent();
    }

    private static Optional<String> get(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(3000);
            try {
                if (connection.getResponseCode() != 200) {
                    return Optional.empty();
                }
                return Optional.of(new String(connection.getInputStream().readAllBytes()));
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
