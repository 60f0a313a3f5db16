package org.pacta.elasticsearch.node;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What other Pacta processes need to find a running node: its pid and URL, and whether it was
 * started detached ({@code ./pacta es start}) or by a process that will stop it when it exits.
 */
record NodeState(long pid, URI url, boolean detached, long ownerPid, Instant startedAt) {

    static Optional<NodeState> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            return Optional.of(new NodeState(Long.parseLong(p.getProperty("pid")), URI.create(p.getProperty("url")),
                    Boolean.parseBoolean(p.getProperty("detached")), Long.parseLong(p.getProperty("owner_pid")),
                    Instant.parse(p.getProperty("started_at"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // half-written or foreign file: treated as no state
        }
    }

    void write(Path file) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("url", url.toString());
        p.setProperty("detached", Boolean.toString(detached));
        p.setProperty("owner_pid", Long.toString(ownerPid));
        p.setProperty("started_at", startedAt.toString());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp)) {
            p.store(out, "Pacta local Elasticsearch node");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean processAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
