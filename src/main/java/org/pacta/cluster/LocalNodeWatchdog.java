package org.pacta.cluster;

import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.node.LocalNodeException;
import org.pacta.elasticsearch.node.RunningNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;

/**
 * Serve's guard of the local node it started: when the node dies (killed, out of memory), it is
 * started again on the same URL, retried with a growing pause while its port or data dir is still
 * held. Meanwhile {@code /actuator/health} reports Elasticsearch down.
 */
public final class LocalNodeWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalNodeWatchdog.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final LocalNode node;
    private final URI url;
    private volatile boolean closed;

    private LocalNodeWatchdog(LocalNode node, URI url) {
        this.node = node;
        this.url = url;
    }

    /** Watches the endpoint's node if this process owns it; an attached or external one is not ours to restart. */
    public static LocalNodeWatchdog watch(ElasticsearchEndpoint endpoint) {
        RunningNode running = endpoint.runningNode().filter(RunningNode::owned).orElse(null);
        if (running == null) {
            return null;
        }
        LocalNodeWatchdog watchdog = new LocalNodeWatchdog(endpoint.node(), running.url());
        endpoint.node().onUnexpectedExit(exitCode -> watchdog.restartInBackground());
        return watchdog;
    }

    private void restartInBackground() {
        Thread restarter = new Thread(this::restart, "pacta-es-restart");
        restarter.setDaemon(true);
        restarter.start();
    }

    private void restart() {
        Duration pause = FIRST_PAUSE;
        while (!closed) {
            try {
                log.warn("Restarting the local Elasticsearch node at {}", url);
                RunningNode running = node.restart(url);
                log.info("The local Elasticsearch node is back at {} (pid {})", running.url(), running.pid());
                return;
            } catch (LocalNodeException e) {
                log.warn("Could not restart the local Elasticsearch node, trying again in {} s: {}",
                        pause.toSeconds(), e.getMessage());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Before the node is stopped on shutdown: that exit is expected. */
    @Override
    public void close() {
        closed = true;
    }
}
