package org.pacta.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * All of Pacta's settings, bound from {@code application.yml} and {@code PACTA_*} environment
 * variables (the README lists them).
 *
 * @param home    the data dir: the local node, blobs and reports live here
 * @param apiKeys hashes ({@code sha256:<hex>}) of the keys allowed to write
 */
@ConfigurationProperties("pacta")
public record PactaProperties(Path home, List<String> apiKeys, Elasticsearch es, Ingest ingest, Search search) {

    public PactaProperties {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    }

    /** These settings with another number of ingest workers ({@code --workers}). */
    public PactaProperties withIngestWorkers(int workers) {
        Ingest i = ingest;
        return new PactaProperties(home, apiKeys, es, new Ingest(workers, i.ocr(), i.ocrLanguages(), i.tesseract(), i.timeout(),
                i.maxFileSize(), i.maxCharacters(), i.roots(), i.isolation(), i.refreshInterval()), search);
    }

    /**
     * @param url         external cluster URL(s), comma-separated; empty means the local node
     * @param indexPrefix prefix of every index and alias Pacta creates
     */
    public record Elasticsearch(String url, String apiKey, String username, String password, Path caCert,
                                String indexPrefix, LocalNode local) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * How folders are ingested.
     *
     * @param workers       files extracted in parallel; 0 means one per core
     * @param ocrLanguages  Tesseract language packs, e.g. {@code eng} or {@code eng+tur}
     * @param tesseract     {@code auto}: a system tesseract as new as the bundled one, else the bundled one;
     *                      {@code bundled}; or the path of a tesseract program
     * @param timeout       per-document time limit (parsing and OCR)
     * @param maxFileSize   larger files fail as too large without being read
     * @param maxCharacters a document with more text fails as too large
     * @param roots         server-side folders that ingest jobs may read (nothing outside them)
     * @param isolation     {@code thread}: parse in Pacta's JVM (fastest); {@code process}: in child JVMs that
     *                      are killed on timeout and bounded in memory (safest for untrusted files)
     * @param refreshInterval how often an ingest makes what it wrote so far searchable (30 s by default; 0: only
     *                      at the end); refresh is off in between, which bulk indexing needs to be fast
     */
    public record Ingest(int workers, boolean ocr, String ocrLanguages, String tesseract, Duration timeout,
                         DataSize maxFileSize, long maxCharacters, List<Path> roots, Isolation isolation,
                         Duration refreshInterval) {

        public enum Isolation { THREAD, PROCESS }


        public Ingest {
            roots = roots == null ? List.of() : List.copyOf(roots);
            isolation = isolation == null ? Isolation.THREAD : isolation;
            tesseract = tesseract == null || tesseract.isBlank() ? "auto" : tesseract;
            refreshInterval = refreshInterval == null ? Duration.ofSeconds(30) : refreshInterval;
        }

        public int effectiveWorkers() {
            return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * How searches are bounded.
     *
     * @param timeout how long one search may take: Elasticsearch answers with what it found by then (flagged
     *                partial), and a search still running a little later is cancelled
     */
    public record Search(Duration timeout) {
    }

    /**
     * The embedded default node.
     *
     * @param systemUser the unprivileged user the node runs as when Pacta runs as root
     */
    public record LocalNode(Path distribution, Path pluginZip, String heap, Duration startTimeout,
                            String systemUser) {
    }
}
