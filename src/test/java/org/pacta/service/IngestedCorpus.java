package org.pacta.service;

import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.util.List;

/**
 * The shared corpus and the seeds, ingested once per test JVM (OCR makes it the slowest fixture):
 * the ingest tests check the runs, the search and UI tests read the archive.
 */
public final class IngestedCorpus {

    public static final List<Path> FOLDERS = List.of(TestArchive.shared("corpus"), TestArchive.shared("seeds"));

    private static IngestedCorpus instance;

    public final TestArchive archive;
    public final IngestSummary first;
    public final IngestSummary second;

    private IngestedCorpus() {
        archive = new TestArchive("corpus");
        try (IngestComponents components = archive.components()) {
            IngestOptions options = new IngestOptions(2, false, false, IngestOptions.DEFAULT_MAX_FILE_BYTES);
            first = components.ingest(FOLDERS, options, IngestListener.NONE).summary();
            second = components.ingest(FOLDERS, options, IngestListener.NONE).summary();
        }
    }

    public static synchronized IngestedCorpus get() {
        if (instance == null) {
            instance = new IngestedCorpus();
        }
        return instance;
    }

    /** Points a {@code @SpringBootTest}'s Pacta at this archive on the shared test cluster. */
    public static void serveFrom(DynamicPropertyRegistry registry) {
        IngestedCorpus corpus = get();
        registry.add("pacta.es.url", () -> TestElasticsearch.shared().settings().nodes().get(0).toString());
        registry.add("pacta.es.index-prefix", corpus::prefix);
        registry.add("pacta.home", () -> corpus.home().toString());
    }

    public String prefix() {
        return archive.prefix;
    }

    public Path home() {
        return archive.home;
    }
}
