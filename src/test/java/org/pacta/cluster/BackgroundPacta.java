package org.pacta.cluster;

import org.pacta.cli.PactaProcess;
import org.pacta.web.LocalApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@code pacta} command left running while a test acts on the cluster under it; its output goes to a file. */
public final class BackgroundPacta implements AutoCloseable {

    private final Process process;
    private final Path log;

    private BackgroundPacta(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static BackgroundPacta start(Path dataDir, Map<String, String> env, String... args) {
        Path log = dataDir.resolve("pacta-" + args[0] + "-" + System.nanoTime() + ".log");
        try {
            return new BackgroundPacta(PactaProcess.builder(dataDir, env, args).redirectOutput(log.toFile()).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code; fails the test when the command has not finished within {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("pacta did not finish within " + timeout + ": " + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The status of serve's {@code /actuator/health}, -1 while nothing answers on its port. */
    public static int healthStatus(LocalApi api) {
        try {
            return api.get("/actuator/health").statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the command if the test ended before it did (its own node stops with it). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
