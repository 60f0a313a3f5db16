package org.pacta.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * What a running {@code ./pacta serve} tells the command line of the same data dir: where it answers, its
 * process, and the {@link OwnerKey}. The file ({@value #FILE} in the data dir) is created readable by its
 * owner only, so another user's process cannot hand jobs to the server.
 *
 * @param url the base URL, without a trailing slash
 */
public record LocalServer(String url, long pid, String key) {

    public static final String FILE = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The server published in {@code home}, if its file is there, readable, and its process is alive. */
    public static Optional<LocalServer> find(Path home) {
        LocalServer server;
        try {
            server = JSON.readValue(Files.readAllBytes(home.resolve(FILE)), LocalServer.class);
        } catch (NoSuchFileException | AccessDeniedException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // half-written or foreign: as if no server ran
        }
        boolean alive = ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(server) : Optional.empty();
    }

    static void publish(Path home, String url, OwnerKey key) {
        LocalServer server = new LocalServer(url, ProcessHandle.current().pid(), key.value());
        try {
            Files.createDirectories(home);
            Path temporary = Files.createTempFile(home, ".server", ".json", ownerOnly());
            Files.write(temporary, JSON.writeValueAsBytes(server));
            Files.move(temporary, home.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + home.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Removes the file if it is still this key's (another server may have started on the data dir since). */
    static void withdraw(Path home, OwnerKey key) {
        Path file = home.resolve(FILE);
        try {
            if (JSON.readValue(Files.readAllBytes(file), LocalServer.class).key().equals(key.value())) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // already gone, or replaced: nothing of ours to remove
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new java.nio.file.attribute.FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }
}
