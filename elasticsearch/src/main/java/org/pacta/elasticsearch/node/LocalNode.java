package org.pacta.elasticsearch.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Pacta's embedded default: a real Elasticsearch node run as a child process on loopback, one per
 * data dir. A second Pacta process on the same data dir attaches to it; the process that started
 * it stops it on exit; a node left behind by a killed owner is found and recovered.
 */
public final class LocalNode {

    private static final Logger log = LoggerFactory.getLogger(LocalNode.class);
    private static final String CLUSTER_NAME = "pacta";

    private final LocalNodeSettings settings;
    private final NodeUser user;
    private final Path nodeDir;
    private final Path stateFile;
    private final List<String> topology;
    private volatile Process ownedProcess;
    private volatile Thread shutdownHook;
    private volatile IntConsumer unexpectedExitListener = exitCode -> { };
    private volatile int httpPort; // 0: any free port

    public LocalNode(LocalNodeSettings settings) {
        this(settings, ClusterMember.singleNode(CLUSTER_NAME));
    }

    /** A node that joins the other members of a loopback cluster instead of forming one alone. */
    public LocalNode(LocalNodeSettings settings, ClusterMember member) {
        this(settings, member.settings());
    }

    private LocalNode(LocalNodeSettings settings, List<String> topology) {
        this.settings = settings;
        this.topology = topology;
        this.user = NodeUser.forCurrentProcess(settings.systemUser());
        this.nodeDir = settings.nodeDir();
        this.stateFile = nodeDir.resolve("node.properties");
    }

    public enum Lifetime {
        /** Stopped when this JVM exits, and killed by the kernel if this JVM dies. */
        OWNED,
        /** Outlives this JVM ({@code ./pacta es start}); stopped by {@code ./pacta es stop}. */
        DETACHED
    }

    /** Returns the node of this data dir, starting it if none answers. */
    public RunningNode startOrAttach(Lifetime lifetime) {
        createDirectories(nodeDir);
        try (LaunchLock ignored = LaunchLock.acquire(nodeDir.resolve("launch.lock"), settings.startTimeout())) {
            Optional<RunningNode> running = findRunning();
            if (running.isPresent()) {
                log.info("Attached to the local Elasticsearch node at {} (pid {})", running.get().url(), running.get().pid());
                return running.get();
            }
            return launch(lifetime);
        }
    }

    /**
     * Starts the node again after it died, on the HTTP port it had, so that clients holding its URL
     * reach the new one. Fails like a first start when the port or data dir is not free yet.
     */
    public RunningNode restart(URI previousUrl) {
        httpPort = previousUrl.getPort();
        return startOrAttach(Lifetime.OWNED);
    }

    /** Called, on the node's keeper thread, when the node this process owns exits without {@link #stop()}. */
    public void onUnexpectedExit(IntConsumer listener) {
        unexpectedExitListener = listener;
    }

    /** The node of this data dir if one is running and answers. */
    public Optional<RunningNode> status() {
        return NodeState.read(stateFile)
                .filter(state -> isOurs(state.pid()) && answers(state.url()))
                .map(state -> new RunningNode(state.url(), state.pid(), ownedProcess != null && ownedProcess.pid() == state.pid()));
    }

    /** Stops the node of this data dir, whoever started it. Returns false when none was running. */
    public synchronized boolean stop() {
        Process owned = ownedProcess;
        ownedProcess = null; // from here on, its exit is expected
        Optional<NodeState> state = NodeState.read(stateFile);
        boolean stopped = false;
        if (state.isPresent() && isOurs(state.get().pid())) {
            terminate(state.get().pid());
            stopped = true;
        } else if (owned != null && owned.isAlive()) {
            terminate(owned.pid());
            stopped = true;
        }
        deleteQuietly(stateFile);
        return stopped;
    }

    private Optional<RunningNode> findRunning() {
        Optional<NodeState> state = NodeState.read(stateFile);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        long pid = state.get().pid();
        if (isOurs(pid)) {
            if (answers(state.get().url())) {
                return Optional.of(new RunningNode(state.get().url(), pid, false));
            }
            // Alive but silent while nobody is starting it (we hold the launch lock): hung. Replace it.
            log.warn("The local node (pid {}) does not answer; stopping it and starting a new one", pid);
            terminate(pid);
        } else {
            log.info("Recovering from a stale node record (pid {} is gone)", pid);
        }
        deleteQuietly(stateFile);
        return Optional.empty();
    }

    /** Where this node may keep snapshot repositories ({@code path.repo}). */
    public Path snapshotRoot() {
        return settings.snapshotRoot();
    }

    private RunningNode launch(Lifetime lifetime) {
        Path logs = nodeDir.resolve("logs");
        Path consoleLog = logs.resolve("console.log");
        prepareDirectories();
        AnalysisPluginInstaller.ensureInstalled(settings.distribution(), settings.pluginZip());
        user.ensureExists();
        user.takeOwnership(nodeDir.resolve("config"), nodeDir.resolve("data"), logs, nodeDir.resolve("tmp"),
                settings.snapshotRoot());
        user.checkAccess(settings.distribution(), nodeDir.resolve("data"));

        List<String> command = command(lifetime);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(nodeDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", nodeDir.resolve("config").toString());
        env.put("ES_TMPDIR", nodeDir.resolve("tmp").toString());
        env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("_JAVA_OPTIONS");

        log.info("Starting the local Elasticsearch node (heap {}, data {})", settings.heap(), nodeDir.resolve("data"));
        Instant started = Instant.now();
        Process process = lifetime == Lifetime.OWNED ? startOwned(builder) : start(builder);
        try {
            URI url = awaitReady(process, logs, consoleLog);
            new NodeState(process.pid(), url, lifetime == Lifetime.DETACHED, ProcessHandle.current().pid(), started)
                    .write(stateFile);
            if (lifetime == Lifetime.OWNED) {
                ownedProcess = process;
                registerShutdownHook();
            }
            log.info("Local Elasticsearch node ready at {} in {} s", url,
                    Duration.between(started, Instant.now()).toMillis() / 1000.0);
            return new RunningNode(url, process.pid(), lifetime == Lifetime.OWNED);
        } catch (RuntimeException e) {
            terminate(process.pid());
            throw e;
        }
    }

    private List<String> command(Lifetime lifetime) {
        List<String> command = new ArrayList<>();
        if (lifetime == Lifetime.DETACHED) {
            command.add("setsid"); // its own session: a Ctrl-C in this terminal must not reach it
        }
        List<String> node = new ArrayList<>();
        if (lifetime == Lifetime.OWNED) {
            // If this JVM dies (even kill -9), the kernel tells the node to stop: no orphans.
            node.addAll(List.of("setpriv", "--pdeathsig", "TERM"));
        }
        node.add(settings.distribution().resolve("bin/elasticsearch").toString());
        Stream.concat(topology.stream(), Stream.of(
                "network.host=127.0.0.1",
                "http.port=" + httpPort,
                "node.portsfile=true",
                "path.data=" + nodeDir.resolve("data"),
                "path.logs=" + nodeDir.resolve("logs"),
                "path.repo=" + settings.snapshotRoot(), // ./pacta backup and restore
                "xpack.security.enabled=false" // loopback only
        )).forEach(setting -> {
            node.add("-E");
            node.add(setting);
        });
        command.addAll(user.runAs(node));
        return command;
    }

    private Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new LocalNodeException("Cannot start the local Elasticsearch node: " + e.getMessage(), e);
        }
    }

    /**
     * The parent-death signal fires when the thread that forked the child ends, so the node is
     * forked from a thread that lives exactly as long as the node.
     */
    private Process startOwned(ProcessBuilder builder) {
        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread keeper = new Thread(() -> {
            try {
                Process process = builder.start();
                started.complete(process);
                int exit = process.waitFor();
                if (ownedProcess == process) {
                    log.warn("The local Elasticsearch node exited unexpectedly (code {}); see {}", exit,
                            nodeDir.resolve("logs"));
                    ownedProcess = null;
                    unexpectedExitListener.accept(exit);
                }
            } catch (IOException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pacta-es-node");
        keeper.setDaemon(true);
        keeper.start();
        try {
            return started.get();
        } catch (ExecutionException e) {
            throw new LocalNodeException("Cannot start the local Elasticsearch node: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while starting the local Elasticsearch node", e);
        }
    }

    private URI awaitReady(Process process, Path logs, Path consoleLog) {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        Path portsFile = logs.resolve("http.ports");
        URI url = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new LocalNodeException(StartupDiagnosis.explain(
                        "The local Elasticsearch node stopped during start-up (exit code " + process.exitValue() + ")",
                        logs, consoleLog));
            }
            if (url == null) {
                url = readPortsFile(portsFile);
            }
            if (url != null && isGreen(url)) {
                return url;
            }
            sleep(200);
        }
        throw new LocalNodeException(StartupDiagnosis.explain("The local Elasticsearch node was not ready within "
                + settings.startTimeout().toSeconds() + " s (PACTA_ES_START_TIMEOUT)", logs, consoleLog));
    }

    private static URI readPortsFile(Path portsFile) {
        try {
            if (!Files.exists(portsFile)) {
                return null;
            }
            // One address per line, e.g. 127.0.0.1:43117; the node writes the file when bound.
            return Files.readAllLines(portsFile).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("127.0.0.1:"))
                    .findFirst()
                    .map(address -> URI.create("http://" + address))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isGreen(URI url) {
        return httpGet(url.resolve("/_cluster/health?wait_for_status=green&timeout=1s"))
                .map(body -> body.contains("\"status\":\"green\""))
                .orElse(false);
    }

    private static boolean answers(URI url) {
        return httpGet(url.resolve("/_cluster/health")).isPresent();
    }

    private static Optional<String> httpGet(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(3000);
            try {
                if (connection.getResponseCode() != 200) {
                    return Optional.empty();
                }
                return Optional.of(new String(connection.getInputStream().readAllBytes()));
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A recorded pid is ours only while it is an Elasticsearch launched for this data dir (pids get reused). */
    private boolean isOurs(long pid) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(handle -> handle.info().commandLine())
                .map(commandLine -> commandLine.contains("org.elasticsearch")
                        && commandLine.contains(nodeDir.resolve("config").toString()))
                .orElse(false);
    }

    private void terminate(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        // The launcher forks the server JVM; wait for both so no Elasticsearch process outlives stop().
        List<ProcessHandle> family = new ArrayList<>(handle.get().descendants().toList());
        family.add(0, handle.get());
        handle.get().destroy();
        if (!awaitExit(family, Duration.ofSeconds(30))) {
            log.warn("The local Elasticsearch node did not stop within 30 s; killing it");
            family.forEach(ProcessHandle::destroyForcibly);
            awaitExit(family, Duration.ofSeconds(10));
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            long remaining = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                if (process.isAlive()) {
                    return false;
                }
            }
        }
        return true;
    }

    private synchronized void registerShutdownHook() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(() -> {
                if (ownedProcess != null) {
                    stop();
                }
            }, "pacta-es-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private void prepareDirectories() {
        Path config = nodeDir.resolve("config");
        for (String dir : List.of("data", "logs", "tmp")) {
            createDirectories(nodeDir.resolve(dir));
        }
        createDirectories(settings.snapshotRoot());
        try {
            deleteQuietly(nodeDir.resolve("logs/http.ports"));
            deleteQuietly(nodeDir.resolve("logs/transport.ports"));
            if (!Files.exists(config.resolve("elasticsearch.yml"))) {
                copyTree(settings.distribution().resolve("config"), config);
            }
            // The node writes its keystore into config/, so it gets its own copy; GC logs stay small.
            Path jvmOptions = config.resolve("jvm.options");
            String options = Files.readString(settings.distribution().resolve("config/jvm.options"))
                    .replace("filecount=32,filesize=64m", "filecount=4,filesize=16m");
            Files.writeString(jvmOptions, options);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot prepare the node's directory " + nodeDir + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new LocalNodeException("No Elasticsearch distribution at " + from.getParent()
                    + ". Build the project first (./mvnw -B -DskipTests package) or set PACTA_ES_DISTRIBUTION.");
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while waiting for the local Elasticsearch node", e);
        }
    }

    /** Serialises starts of the node of one data dir across processes; released on exit, even kill -9. */
    private record LaunchLock(FileChannel channel, FileLock lock) implements AutoCloseable {

        static LaunchLock acquire(Path file, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                while (true) {
                    try {
                        FileLock lock = channel.tryLock();
                        if (lock != null) {
                            return new LaunchLock(channel, lock);
                        }
                    } catch (OverlappingFileLockException e) {
                        // held by another thread of this JVM: wait like for another process
                    }
                    if (System.nanoTime() > deadline) {
                        channel.close();
                        throw new LocalNodeException("Another Pacta process has been starting the local node for over "
                                + timeout.toSeconds() + " s (lock " + file + ")");
                    }
                    sleep(100);
                }
            } catch (IOException e) {
                throw new LocalNodeException("Cannot lock " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
