package org.pacta.ingest;

import org.pacta.ingest.exclude.Exclusions;

import java.util.Objects;

/**
 * @param workers      files extracted in parallel (default: the number of cores)
 * @param prune        remove documents whose files are gone from the ingested folders, or now excluded
 * @param dryRun       only tell what would happen; read no document (rule files are read), write nothing
 * @param maxFileBytes larger files fail as TOO_LARGE without being read
 * @param exclusions   what the walk leaves out (default: {@link Exclusions#standard()})
 */
public record IngestOptions(int workers, boolean prune, boolean dryRun, long maxFileBytes, Exclusions exclusions) {

    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    public IngestOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        Objects.requireNonNull(exclusions, "exclusions");
    }

    /** With the standard exclusions: the defaults and the folders' {@code .pactaignore} files. */
    public IngestOptions(int workers, boolean prune, boolean dryRun, long maxFileBytes) {
        this(workers, prune, dryRun, maxFileBytes, Exclusions.standard());
    }

    public IngestOptions withExclusions(Exclusions exclusions) {
        return new IngestOptions(workers, prune, dryRun, maxFileBytes, exclusions);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), false, false, DEFAULT_MAX_FILE_BYTES);
    }
}
