package org.pacta.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap and peak resident memory of this JVM during one phase of a benchmark.
 *
 * <p>Heap: the used heap just before each garbage collection (GC notifications: the top of the saw
 * tooth), plus a sample every 20 ms for phases without a collection. Resident memory: {@code VmHWM} of
 * {@code /proc/self/status}, whose high-water mark is reset at the start of each phase by writing
 * {@code 5} to {@code /proc/self/clear_refs} (Linux); where that is refused the figure is the peak since
 * the process started, and {@link #rssPerPhase()} says so.
 */
final class MemoryWatch implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    /** One phase's peaks; {@code rssBytes} is -1 where {@code /proc} is not available. */
    record Peak(long heapBytes, long rssBytes) {
    }

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final AtomicLong peakHeap = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile boolean rssPerPhase;

    private MemoryWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "pacta-bench-memory");
        sampler.setDaemon(true);
        sampler.start();
    }

    static MemoryWatch start() {
        return new MemoryWatch();
    }

    /** Starts a new phase: forgets the peaks so far. */
    void reset() {
        peakHeap.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
            Files.writeString(CLEAR_REFS, "5");
            rssPerPhase = true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            rssPerPhase = false;
        }
    }

    /** The peaks since the last {@link #reset()}. */
    Peak peak() {
        record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        long hwm = statusKilobytes("VmHWM");
        return new Peak(peakHeap.get(), hwm < 0 ? -1 : hwm * 1024);
    }

    /** Whether the resident peak is the phase's own (false: since the process started). */
    boolean rssPerPhase() {
        return rssPerPhase;
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long before = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                before += pool.getValue().getUsed();
            }
        }
        record(before);
    }

    private void record(long used) {
        peakHeap.accumulateAndGet(used, Math::max);
    }

    private static long statusKilobytes(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or an unexpected format
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
