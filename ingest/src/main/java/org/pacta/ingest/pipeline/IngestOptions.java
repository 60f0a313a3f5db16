package org.pacta.ingest.pipeline;

/**
 * @param workers      files extracted in parallel (default: the number of cores)
 * @param prune        remove documents whose files are gone from the ingested folders
 * @param dryRun       only tell what would happen; read no file, write nothing
 * @param maxFileBytes larger files fail as TOO_LARGE without being read
 */
public record IngestOptions(int workers, boolean prune, boolean dryRun, long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    public IngestOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), false, false, DEFAULT_MAX_FILE_BYTES);
    }
}
