package org.pacta.cli;

import org.pacta.elasticsearch.testing.TestDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code pacta ...} in its own JVM, as {@code ./pacta} would, on a data dir of the test's own. */
public final class PactaProcess {

    public record Result(int exitCode, String output) {
    }

    private PactaProcess() {
    }

    public static Path freshDataDir(String name) {
        return TestDirs.fresh("cli-tests", name);
    }

    /**
     * A suite started in the background by a shell without job control (nohup … &) inherits SIGINT ignored, and a
     * JVM leaves an ignored SIGINT ignored: the Ctrl-C tests would test nothing. {@code env --default-signal}
     * (coreutils ≥ 8.31) restores it and then execs java, which keeps the pid the tests signal.
     */
    private static final List<String> DEFAULT_SIGINT = defaultSigint();

    public static ProcessBuilder builder(Path dataDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(DEFAULT_SIGINT);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.pacta.Pacta"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PACTA_HOME", dataDir.toString());
        builder.environment().put("PACTA_ES_DISTRIBUTION", System.getProperty("pacta.es.distribution"));
        builder.environment().put("PACTA_ES_PLUGIN_ZIP", System.getProperty("pacta.es.plugin-zip"));
        builder.environment().remove("PACTA_ES_URL");
        builder.environment().putAll(env);
        return builder;
    }

    private static List<String> defaultSigint() {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor() == 0 ? List.of("env", "--default-signal=INT") : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    public static Result run(Path dataDir, String... args) {
        return run(dataDir, Map.of(), args);
    }

    public static Result run(Path dataDir, Map<String, String> env, String... args) {
        try {
            Process process = builder(dataDir, env, args).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("pacta " + String.join(" ", args) + " did not finish: " + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
