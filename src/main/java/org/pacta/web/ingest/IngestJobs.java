package org.pacta.web.ingest;

import org.pacta.config.PactaProperties;
import org.pacta.ingest.IngestOptions;
import org.pacta.ingest.IngestSummary;
import org.pacta.ingest.exclude.Exclusions;
import org.pacta.monitoring.IngestMetrics;
import org.pacta.service.IngestComponents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs server-side ingest jobs one after another (they share one node and one blob store). */
@Service
public class IngestJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);

    private final IngestComponents components;
    private final PactaProperties properties;
    private final Map<String, IngestJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pacta-ingest-job");
        thread.setDaemon(true);
        return thread;
    });

    private final IngestMetrics metrics;

    public IngestJobs(IngestComponents components, PactaProperties properties, IngestMetrics metrics) {
        this.components = components;
        this.properties = properties;
        this.metrics = metrics;
    }

    public IngestJob submit(List<Path> paths, boolean prune, Exclusions exclusions) {
        IngestJob job = new IngestJob(UUID.randomUUID().toString(), paths, prune, exclusions);
        jobs.put(job.id(), job);
        runner.submit(() -> run(job));
        return job;
    }

    /**
     * Runs a job now, on the caller's thread (uploads wait for their files). Nothing is excluded: the
     * folder holds only the files the client sent, each named on purpose.
     */
    public IngestSummary runNow(List<Path> paths) {
        return components.ingest(paths, options(false, Exclusions.none()), metrics).summary();
    }

    public Optional<IngestJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(IngestJob job) {
        job.running();
        try {
            IngestSummary summary = components.ingest(job.paths(), options(job.prune(), job.exclusions()), metrics.and(job)).summary();
            job.done(summary, IngestReport.write(properties.home().resolve("reports"), summary, Instant.now()));
        } catch (RuntimeException e) {
            log.error("Ingest job {} failed", job.id(), e);
            job.failed(e.getMessage());
        }
    }

    private IngestOptions options(boolean prune, Exclusions exclusions) {
        PactaProperties.Ingest ingest = properties.ingest();
        return new IngestOptions(ingest.effectiveWorkers(), prune, false, ingest.maxFileSize().toBytes(), exclusions);
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
