package org.pacta.service;

import org.pacta.core.search.DocumentSearch;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A test's own small folder and archive: write files into {@link #folder()}, then {@link #ingest()}. */
public final class ArchiveFolder {

    private final TestArchive archive;
    private final Path folder;

    private ArchiveFolder(TestArchive archive, Path folder) {
        this.archive = archive;
        this.folder = folder;
    }

    public static ArchiveFolder create(String name) throws IOException {
        TestArchive archive = new TestArchive(name);
        return new ArchiveFolder(archive, Files.createDirectories(archive.home.resolve("inbox")));
    }

    public Path folder() {
        return folder;
    }

    public String alias() {
        return archive.prefix + "-documents";
    }

    /** Pacta's document search over this archive. */
    public DocumentSearch search() {
        return new ElasticsearchAdapters(TestElasticsearch.shared().connection(), archive.prefix).documentSearch();
    }

    public IngestSummary ingest() {
        try (IngestComponents components = archive.components()) {
            return components.ingest(List.of(folder), new IngestOptions(1, false, false, IngestOptions.DEFAULT_MAX_FILE_BYTES), IngestListener.NONE).summary();
        }
    }
}
