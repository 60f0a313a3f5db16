package org.pacta.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./pacta es start|status|stop} on one data dir, each a separate process, as a user runs them. */
class EsCommandTest {

    @Test
    void startStatusStopAcrossProcesses() {
        Path dataDir = PactaProcess.freshDataDir("es-command");
        PactaProcess.Result before = PactaProcess.run(dataDir, "es", "status");
        assertEquals(1, before.exitCode(), before.output());
        assertTrue(before.output().contains("local node: not running"), before.output());

        PactaProcess.Result start = PactaProcess.run(dataDir, "es", "start");
        try {
            assertEquals(0, start.exitCode(), start.output());
            assertTrue(start.output().contains("local node: running at http://127.0.0.1:"), start.output());

            // The node outlived the process that started it; a second process sees it.
            PactaProcess.Result status = PactaProcess.run(dataDir, "es", "status");
            assertEquals(0, status.exitCode(), status.output());
            assertTrue(status.output().contains(": green at http://127.0.0.1:"), status.output());
            assertTrue(status.output().contains("cluster pacta, 1 node(s)"), status.output());
        } finally {
            PactaProcess.Result stop = PactaProcess.run(dataDir, "es", "stop");
            assertEquals(0, stop.exitCode(), stop.output());
            assertTrue(stop.output().contains("local node: stopped"), stop.output());
        }
        PactaProcess.Result after = PactaProcess.run(dataDir, "es", "status");
        assertEquals(1, after.exitCode(), after.output());
    }
}
