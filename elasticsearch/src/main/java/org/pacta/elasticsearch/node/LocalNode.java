package org.pacta.elasticsearch.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
    private final NodeDirectory directory;
    private final NodeProcesses processes;
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
        this.directory = new NodeDirectory(nodeDir, settings.distribution(), settings.snapshotRoot());
        this.processes = new NodeProcesses(directory.config());
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
        NodeDirectory.createDirectories(nodeDir);
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
                .filter(state -> processes.isOurs(state.pid()) && NodeHttp.answers(state.url()))
                .map(state -> new RunningNode(state.url(), state.pid(), ownedProcess != null && ownedProcess.pid() == state.pid()));
    }

    /** Stops the node of this data dir, whoever started it. Returns false when none was running. */
    public synchronized boolean stop() {
        Process owned = ownedProcess;
        ownedProcess = null; // from here on, its exit is expected
        Optional<NodeState> state = NodeState.read(stateFile);
        boolean stopped = false;
        if (state.isPresent() && processes.isOurs(state.get().pid())) {
            processes.terminate(state.get().pid());
            stopped = true;
        } else if (owned != null && owned.isAlive()) {
            processes.terminate(owned.pid());
            stopped = true;
        }
        NodeDirectory.deleteQuietly(stateFile);
        return stopped;
    }

    private Optional<RunningNode> findRunning() {
        Optional<NodeState> state = NodeState.read(stateFile);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        long pid = state.get().pid();
        if (processes.isOurs(pid)) {
            if (NodeHttp.answers(state.get().url())) {
                return Optional.of(new RunningNode(state.get().url(), pid, false));
            }
            // Alive but silent while nobody is starting it (we hold the launch lock): hung. Replace it.
            log.warn("The local node (pid {}) does not answer; stopping it and starting a new one", pid);
            processes.terminate(pid);
        } else {
            log.info("Recovering from a stale node record (pid {} is gone)", pid);
        }
        NodeDirectory.deleteQuietly(stateFile);
        return Optional.empty();
    }

    /** Where this node may keep snapshot repositories ({@code path.repo}). */
    public Path snapshotRoot() {
        return settings.snapshotRoot();
    }

    private RunningNode launch(Lifetime lifetime) {
        Path logs = directory.logs();
        Path consoleLog = logs.resolve("console.log");
        directory.prepare();
        AnalysisPluginInstaller.ensureInstalled(settings.distribution(), settings.pluginZip());
        user.ensureExists();
        user.takeOwnership(directory.config(), directory.data(), logs, directory.tmp(), settings.snapshotRoot());
        user.checkAccess(settings.distribution(), directory.data());

        List<String> command = command(lifetime);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(nodeDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", directory.config().toString());
        env.put("ES_TMPDIR", directory.tmp().toString());
        env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("_JAVA_OPTIONS");

        log.info("Starting the local Elasticsearch node (heap {}, data {})", settings.heap(), directory.data());
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
            processes.terminate(process.pid());
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
                "path.data=" + directory.data(),
                "path.logs=" + directory.logs(),
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
                            directory.logs());
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
                url = NodeHttp.readPortsFile(portsFile);
            }
            if (url != null && NodeHttp.isGreen(url)) {
                return url;
            }
            sleep(200);
        }
        throw new LocalNodeException(StartupDiagnosis.explain("The local Elasticsearch node was not ready within "
                + settings.startTimeout().toSeconds() + " s (PACTA_ES_START_TIMEOUT)", logs, consoleLog));
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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("Interrupted while waiting for the local Elasticsearch node", e);
        }
    }
}
