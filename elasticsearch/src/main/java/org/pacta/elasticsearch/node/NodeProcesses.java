package org.pacta.elasticsearch.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The operating-system processes of the node of one data dir: which pid is it, and stopping it for good. */
final class NodeProcesses {

    private static final Logger log = LoggerFactory.getLogger(NodeProcesses.class);

    private final Path configDir;

    NodeProcesses(Path configDir) {
        this.configDir = configDir;
    }

    /** A recorded pid is ours only while it is an Elasticsearch launched for this data dir (pids get reused). */
    boolean isOurs(long pid) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(handle -> handle.info().commandLine())
                .map(commandLine -> commandLine.contains("org.elasticsearch") && commandLine.contains(configDir.toString()))
                .orElse(false);
    }

    void terminate(long pid) {
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
}
