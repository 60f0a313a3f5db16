package org.pacta.cli;

import org.pacta.web.ingest.IngestJob;
import org.pacta.web.security.LocalServer;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./pacta ingest} through a running {@code ./pacta serve} on the same data dir: the server's warm JVM
 * does the work as an ingest job, this process shows its progress and report as if it had done it, and Ctrl-C
 * cancels the job (what it stored stays; running the command again finishes it).
 */
final class ServerIngest {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(60);

    private final LocalServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CountDownLatch reported = new CountDownLatch(1);

    ServerIngest(LocalServer server) {
        this.server = server;
    }

    /** Runs the job to its end and prints what it did; returns the exit code. */
    int run(List<Path> folders, boolean prune, List<String> excludes, PrintStream out) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("paths", folders.stream().map(folder -> folder.toAbsolutePath().normalize().toString()).toList());
        request.put("prune", prune);
        request.put("exclude", excludes);
        IngestJob.View submitted = answer(send("POST", "/api/ingest-jobs", CliContext.API_JSON.writeValueAsString(request)));
        Thread cancelOnInterrupt = new Thread(() -> cancel(submitted.id()), "pacta-ingest-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        try {
            IngestJob.View job;
            try (ConsoleProgress progress = new ConsoleProgress("Ingest")) {
                job = follow(submitted, progress);
            }
            IngestOutcome outcome = IngestOutcome.of(job);
            job.warnings().forEach(warning -> System.err.println("pacta: " + warning));
            outcome.print(out, false);
            return switch (job.state()) {
                case DONE -> outcome.hasFailures() ? IngestCommand.SOME_FAILED : 0;
                case CANCELLED -> {
                    out.printf("Cancelled: %d files done of %d; what they stored stays. Run the same command again to "
                            + "finish.%n", job.filesDone(), job.totalFiles());
                    yield IngestCommand.CANCELLED;
                }
                default -> {
                    System.err.println("pacta: the server's ingest job failed: " + job.error());
                    yield 1;
                }
            };
        } finally {
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
            } catch (IllegalStateException e) {
                // Ctrl-C came: the hook is running and waits for this report
            }
        }
    }

    private IngestJob.View follow(IngestJob.View job, ConsoleProgress progress) {
        boolean started = false;
        while (true) {
            boolean finished = job.finishedAt() != null;
            if (!started && (job.totalFiles() > 0 || finished) && job.state() != IngestJob.State.QUEUED) {
                progress.started(job.totalFiles(), 0);
                started = true;
            }
            progress.advanceTo(new ProgressLines.Tally(job.filesDone(), job.documentsDone(), job.bytesDone(),
                    job.counts().getOrDefault("failed", 0)));
            if (finished) {
                return job;
            }
            sleep(POLL);
            job = answer(send("GET", "/api/ingest-jobs/" + job.id(), null));
        }
    }

    /** On Ctrl-C (the JVM is shutting down): stop the server's job, then let {@link #run} report what it stored. */
    private void cancel(String jobId) {
        if (reported.getCount() == 0) {
            return;
        }
        System.err.println();
        System.err.println("pacta: stopping the server's ingest job after the files in hand…");
        try {
            send("DELETE", "/api/ingest-jobs/" + jobId, null);
            reported.await(CANCEL_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            System.err.println("pacta: could not stop the job (" + e.getMessage() + "); it goes on in the server: "
                    + server.url() + "/api/ingest-jobs/" + jobId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "ApiKey " + server.key())
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalArgumentException("the server at " + server.url() + " stopped answering: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The job in a 2xx answer; a refusal's problem detail becomes the command's one-line error. */
    private static IngestJob.View answer(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            String detail = response.body();
            try {
                JsonNode problem = CliContext.API_JSON.readTree(response.body());
                detail = problem.path("detail").asString(detail);
            } catch (RuntimeException e) {
                // not a problem detail: show the body as it is
            }
            throw new IllegalArgumentException("the server refused the ingest (" + response.statusCode() + "): " + detail);
        }
        return CliContext.API_JSON.readValue(response.body(), IngestJob.View.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
