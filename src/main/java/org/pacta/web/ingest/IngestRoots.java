package org.pacta.web.ingest;

import org.pacta.web.support.Problems;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The only server-side folders an ingest job may read: a requested path must lie inside one, links resolved. */
public final class IngestRoots {

    private final List<Path> roots;

    public IngestRoots(List<Path> configured) {
        this.roots = configured.stream().filter(Files::isDirectory).map(IngestRoots::real).toList();
    }

    /** The real folder for a requested path, or an exception saying why it may not be read (403 outside the roots). */
    public Path resolve(String requested) {
        if (roots.isEmpty()) {
            throw Problems.exception(HttpStatus.FORBIDDEN, "Server-side ingest is disabled: no ingest roots are configured (PACTA_INGEST_ROOTS).");
        }
        Path real = existingFolder(requested);
        if (roots.stream().noneMatch(real::startsWith)) {
            throw Problems.exception(HttpStatus.FORBIDDEN, "Not inside an ingest root: " + requested);
        }
        return real;
    }

    /**
     * The real folder for a path the data dir's owner asks for: any folder the server can read, since the owner
     * could ingest it from the command line anyway.
     */
    public static Path existingFolder(String requested) {
        if (requested == null || requested.isBlank() || requested.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("'path' must name a folder on the server");
        }
        Path path = Path.of(requested);
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("'path' must be absolute: " + requested);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("No such folder: " + requested);
        }
        return real(path);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot resolve " + path + ": " + e.getMessage(), e);
        }
    }
}
