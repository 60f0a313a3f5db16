package org.pacta.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the CPU time of a phase went, from {@code /proc} (Linux; elsewhere every figure is -1): this JVM
 * (with the children it reaped, e.g. tesseract runs), the local Elasticsearch node (its process and
 * descendants; unknown for an external cluster), and everything else on the machine, which on a shared
 * machine is other people's work competing for the same cores.
 */
final class CpuWatch {

    /** Clock ticks per second of {@code /proc} times ({@code USER_HZ}, 100 on every mainstream Linux). */
    private static final double TICKS = 100;

    /** CPU seconds of one phase; -1 where unknown. */
    record Usage(double jvmSeconds, double nodeSeconds, double otherSeconds) {
    }

    record Snapshot(long jvmTicks, long nodeTicks, long busyTicks) {
    }

    private final long nodePid;

    /** @param nodePid the local node's pid, or -1 */
    CpuWatch(long nodePid) {
        this.nodePid = nodePid;
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    Snapshot snapshot() {
        return new Snapshot(jvmTicks(), nodePid < 0 ? -1 : treeTicks(nodePid), busyTicks());
    }

    Usage since(Snapshot start) {
        Snapshot end = snapshot();
        double jvm = start.jvmTicks() < 0 || end.jvmTicks() < 0 ? -1 : (end.jvmTicks() - start.jvmTicks()) / TICKS;
        double node = start.nodeTicks() < 0 || end.nodeTicks() < 0 ? -1 : (end.nodeTicks() - start.nodeTicks()) / TICKS;
        double busy = start.busyTicks() < 0 || end.busyTicks() < 0 ? -1 : (end.busyTicks() - start.busyTicks()) / TICKS;
        double other = busy < 0 || jvm < 0 ? -1 : Math.max(0, busy - jvm - Math.max(node, 0));
        return new Usage(jvm, node, other);
    }

    /** utime + stime + cutime + cstime of this process. */
    private static long jvmTicks() {
        long[] fields = stat(Path.of("/proc/self/stat"));
        return fields == null ? -1 : fields[11] + fields[12] + fields[13] + fields[14];
    }

    /** utime + stime (+ reaped children) of a process and all its live descendants. */
    private static long treeTicks(long root) {
        Map<Long, List<Long>> children = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long[] fields = stat(process.resolve("stat"));
                if (fields != null) {
                    long pid = Long.parseLong(process.getFileName().toString());
                    children.computeIfAbsent(fields[1], k -> new ArrayList<>()).add(pid);
                    ticks.put(pid, fields[11] + fields[12] + fields[13] + fields[14]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        if (!ticks.containsKey(root)) {
            return -1;
        }
        long sum = 0;
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            long pid = todo.remove(todo.size() - 1);
            sum += ticks.getOrDefault(pid, 0L);
            todo.addAll(children.getOrDefault(pid, List.of()));
        }
        return sum;
    }

    /** All CPUs' non-idle time ({@code /proc/stat}: total minus idle and iowait). */
    private static long busyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) { // user … steal; guest is already in user
                total += Long.parseLong(cpu[i]);
            }
            return total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The numeric fields of a {@code /proc/<pid>/stat} line after the command name, indexed so that
     * [1] is the ppid and [11..14] are utime, stime, cutime, cstime (stat fields 4 and 14-17).
     */
    private static long[] stat(Path file) {
        try {
            String line = Files.readString(file);
            String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long[] fields = new long[15];
            for (int i = 0; i < 15; i++) {
                fields[i] = i == 0 ? 0 : Long.parseLong(rest[i]);
            }
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
