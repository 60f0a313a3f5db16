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
import java.util.Comparator;
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

    private static final int KEPT_FINISHED_JOBS = 50;

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

    public IngestJob submit(IngestJob.Origin origin, List<Path> paths, boolean prune, Exclusions exclusions) {
        IngestJob job = new IngestJob(UUID.randomUUID().toString(), origin, paths, prune, exclusions);
        jobs.put(job.id(), job);
        forgetOldJobs();
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

    /** Asks a job to stop after the files in hand; a queued one will not start. */
    public void cancel(IngestJob job) {
        job.cancel();
    }

    /** The jobs this server knows, newest first. */
    public List<IngestJob> list() {
        return jobs.values().stream().sorted(Comparator.comparing(IngestJob::createdAt).reversed()).toList();
    }

    /** Finished jobs beyond the newest {@value #KEPT_FINISHED_JOBS} are forgotten (their reports stay on disk). */
    private void forgetOldJobs() {
        list().stream().filter(IngestJob::finished).skip(KEPT_FINISHED_JOBS).forEach(job -> jobs.remove(job.id()));
    }

    private void run(IngestJob job) {
        if (!job.running()) {
            return; // cancelled while it waited
        }
        try {
            IngestComponents.Run run = components.ingest(job.paths(), options(job.prune(), job.exclusions()), metrics.and(job), job);
            job.done(run, components.extractor().setupWarnings(),
                    IngestReport.write(properties.home().resolve("reports"), run.summary(), Instant.now()));
        } catch (RuntimeException e) {
            log.error("Ingest job {} failed", job.id(), e);
            job.failed(e.getMessage());
        } finally {
            if (!job.finished()) {
                job.failed("stopped by an unexpected error; see the server's log"); // whoever waits for it is told
            }
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
