package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.ExtractionFailure;
import org.pacta.core.ingest.FailureReason;
import org.pacta.core.ingest.TextExtractor;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link TextExtractor} that parses in child JVMs, one per concurrent document: the hard-isolation
 * option. Each child runs a {@link TikaTextExtractor} (same behaviour and results) under its own heap
 * limit ({@code -Xmx}, exit on OutOfMemoryError) and is killed when it overruns the time limit, so
 * neither a runaway parser, nor memory exhaustion, nor a native crash can affect the caller's JVM.
 * A killed or crashed child is replaced on the next document.
 *
 * <p>Cost, measured on shared/bench (417 txt/html/text-PDF files, 2 cores, 2 workers): about a third
 * fewer documents per second than {@link TikaTextExtractor} (every text crosses a pipe and each child
 * is its own JIT and GC) plus ~2 s to start each child. Use it for untrusted or unknown input at scale;
 * the in-process extractor is the default.
 *
 * <p>Thread-safe; at most {@code processes} documents are extracted at once, further callers wait.
 */
public final class ChildProcessTextExtractor implements TextExtractor {

    /** JVM exit code of -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final ExtractorConfig config;
    private final String maxHeap;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> slots = new ArrayList<>();
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param processes number of child JVMs (= documents in parallel)
     * @param maxHeap   heap limit per child, in {@code -Xmx} syntax, e.g. {@code 1g}
     */
    public ChildProcessTextExtractor(ExtractorConfig config, int processes, String maxHeap) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be >= 1");
        }
        if (!maxHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("maxHeap like 512m or 1g: " + maxHeap);
        }
        this.config = config;
        this.maxHeap = maxHeap;
        this.idle = new ArrayBlockingQueue<>(processes);
        for (int i = 0; i < processes; i++) {
            Slot s = new Slot();
            slots.add(s);
            idle.add(s);
        }
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pacta-extract-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** How many child processes were killed or died and had to be replaced. */
    public int restarts() {
        return restarts.get();
    }

    @Override
    public Extraction extract(Path file) {
        long t0 = System.nanoTime();
        if (closed) {
            throw new IllegalStateException("extractor is closed");
        }
        ExtractionFailure pre = TikaTextExtractor.precheck(file);
        if (pre != null) {
            return Extraction.failed(file, null, 0, null, pre, List.of(), Duration.ofNanos(System.nanoTime() - t0));
        }
        Slot slot;
        try {
            slot = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(file, FailureReason.TIMEOUT, "interrupted while waiting for a worker process", t0);
        }
        try {
            return slot.extract(file, t0);
        } finally {
            idle.add(slot);
        }
    }

    private static Extraction fail(Path file, FailureReason kind, String message, long t0) {
        return Extraction.failed(file, null, 0, null, new ExtractionFailure(kind, message), List.of(),
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** One worker process, used by one caller at a time. */
    private final class Slot {
        private Process process;
        private DataOutputStream toChild;
        private DataInputStream fromChild;

        Extraction extract(Path file, long t0) {
            try {
                ensureStarted();
            } catch (IOException e) {
                destroy();
                return fail(file, FailureReason.IO_ERROR, "cannot start extractor process: " + e.getMessage(), t0);
            }
            // The child enforces config.timeout() itself and answers TIMEOUT; this is the backstop for a
            // child that cannot answer at all.
            long hardLimit = config.timeout().plus(config.stuckThreadGrace()).plusSeconds(10).toMillis();
            AtomicBoolean killed = new AtomicBoolean();
            Process p = process;
            ScheduledFuture<?> kill = watchdog.schedule(() -> {
                killed.set(true);
                p.destroyForcibly();
            }, hardLimit, TimeUnit.MILLISECONDS);
            try {
                toChild.writeUTF(file.toAbsolutePath().toString());
                toChild.flush();
                Extraction e = ExtractionCodec.read(fromChild, file);
                boolean childLeaving = fromChild.readBoolean();
                kill.cancel(false);
                if (childLeaving) {
                    exitCode(p);
                    destroy();
                }
                return e;
            } catch (IOException e) {
                kill.cancel(false);
                if (killed.get()) {
                    destroy();
                    return fail(file, FailureReason.TIMEOUT, "extractor process killed after " + hardLimit + " ms", t0);
                }
                int exit = exitCode(p);
                destroy();
                if (exit == OOM_EXIT) {
                    return fail(file, FailureReason.OUT_OF_MEMORY,
                            "extractor process ran out of memory (-Xmx" + maxHeap + ")", t0);
                }
                return fail(file, FailureReason.CORRUPT, "extractor process crashed (exit code " + exit + "): "
                        + e.getMessage(), t0);
            }
        }

        private void ensureStarted() throws IOException {
            if (process != null && process.isAlive()) {
                return;
            }
            if (process != null) {
                destroy();
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx" + maxHeap);
            cmd.add("-XX:+ExitOnOutOfMemoryError");
            cmd.addAll(extraJvmArgs());
            cmd.add("-Djava.awt.headless=true");
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(ExtractorChild.class.getName());
            cmd.addAll(configToArgs(config));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
            // tesseract inherits this from the child: one OpenMP thread per run
            pb.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            process = p;
            toChild = new DataOutputStream(new BufferedOutputStream(p.getOutputStream()));
            fromChild = new DataInputStream(new BufferedInputStream(p.getInputStream(), 1 << 16));
            AtomicBoolean killed = new AtomicBoolean();
            ScheduledFuture<?> kill = watchdog.schedule(() -> {
                killed.set(true);
                p.destroyForcibly();
            }, STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            try {
                if (fromChild.readInt() != ExtractorChild.READY) {
                    throw new IOException("protocol error at start-up");
                }
            } catch (IOException e) {
                throw new IOException(killed.get() ? "start-up timed out" : "child exited at start-up: " + e, e);
            } finally {
                kill.cancel(false);
            }
        }

        private void destroy() {
            if (process != null) {
                process.destroyForcibly();
                restarts.incrementAndGet();
                process = null;
            }
        }

        void close() {
            if (process != null) {
                try {
                    toChild.close(); // EOF: the child leaves its loop
                    if (!process.waitFor(2, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (IOException | InterruptedException e) {
                    process.destroyForcibly();
                }
                process = null;
            }
        }
    }

    private static int exitCode(Process p) {
        try {
            if (p.waitFor(5, TimeUnit.SECONDS)) {
                return p.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    /** Extra child JVM options from the system property {@code pacta.extract.childJvmArgs} (space-separated). */
    private static List<String> extraJvmArgs() {
        String v = System.getProperty("pacta.extract.childJvmArgs", "").trim();
        return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
    }

    static List<String> configToArgs(ExtractorConfig c) {
        return List.of(
                "timeout=" + c.timeout().toMillis(),
                "maxChars=" + c.maxChars(),
                "ocrEnabled=" + c.ocrEnabled(),
                "ocrLanguages=" + c.ocrLanguages(),
                "ocrPageTimeout=" + c.ocrPageTimeout().toMillis(),
                "ocrDpi=" + c.ocrDpi(),
                "tesseractCommand=" + c.tesseractCommand(),
                "detectLanguage=" + c.detectLanguage(),
                "languageSampleChars=" + c.languageSampleChars(),
                "maxEmbeddedDepth=" + c.maxEmbeddedDepth(),
                "maxEmbeddedResources=" + c.maxEmbeddedResources(),
                "stuckThreadGrace=" + c.stuckThreadGrace().toMillis(),
                "ocrAutoLanguage=" + c.ocrAutoLanguage());
    }

    static ExtractorConfig configFromArgs(String[] args) {
        ExtractorConfig.Builder b = ExtractorConfig.builder();
        for (String a : args) {
            int eq = a.indexOf('=');
            String k = a.substring(0, eq);
            String v = a.substring(eq + 1);
            switch (k) {
                case "timeout" -> b.timeout(Duration.ofMillis(Long.parseLong(v)));
                case "maxChars" -> b.maxChars(Long.parseLong(v));
                case "ocrEnabled" -> b.ocrEnabled(Boolean.parseBoolean(v));
                case "ocrLanguages" -> b.ocrLanguages(v);
                case "ocrPageTimeout" -> b.ocrPageTimeout(Duration.ofMillis(Long.parseLong(v)));
                case "ocrDpi" -> b.ocrDpi(Integer.parseInt(v));
                case "tesseractCommand" -> b.tesseractCommand(v);
                case "detectLanguage" -> b.detectLanguage(Boolean.parseBoolean(v));
                case "languageSampleChars" -> b.languageSampleChars(Integer.parseInt(v));
                case "maxEmbeddedDepth" -> b.maxEmbeddedDepth(Integer.parseInt(v));
                case "maxEmbeddedResources" -> b.maxEmbeddedResources(Integer.parseInt(v));
                case "stuckThreadGrace" -> b.stuckThreadGrace(Duration.ofMillis(Long.parseLong(v)));
                case "ocrAutoLanguage" -> b.ocrAutoLanguage(Boolean.parseBoolean(v));
                default -> throw new IllegalArgumentException("unknown setting " + k);
            }
        }
        return b.build();
    }

    @Override
    public void close() {
        closed = true;
        for (Slot s : slots) {
            s.close();
        }
        watchdog.shutdownNow();
    }
}
