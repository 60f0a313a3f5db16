package org.pacta.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.cli.PactaLauncherIT;
import org.pacta.cli.PactaLauncherIT.Run;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code ./pacta bench …} as users run it: the real launcher, which runs the bench jar for it (a failsafe test,
 * after {@code package}). The checks are PactaLauncherIT's, on the bench command tree.
 */
class PactaBenchLauncherIT {

    /** Skipped when surefire picks it (e.g. {@code -Dtest='*Bench*'}): before package, the jars are not this build's. */
    @BeforeAll
    static void onlyUnderFailsafe() {
        assumeTrue(System.getProperty("pacta.test.launcher") != null, "a failsafe test, run after package");
    }

    @Test
    void benchRunsFromItsOwnJarWithTheVersionOfPacta() {
        Run version = PactaLauncherIT.pacta(Map.of(), "bench", "--version");
        assertFalse(version.err().contains("building"), "the launcher rebuilt the jars: " + version.all());
        assertEquals(0, version.exitCode(), version.all());
        assertTrue(version.out().startsWith("Pacta " + System.getProperty("pacta.test.version") + "\n"), version.all());
    }

    @Test
    void everyBenchCommandAnswersHelpWithItsOptionsTheirDefaultsAndTwoExamples() {
        int commands = PactaLauncherIT.assertEveryCommandAnswersHelp(PactaBench.commandLine().getSubcommands().get("bench"));
        assertEquals(6, commands, "bench and its ingest, corpus, search, ocr and shared-text");
    }

    @Test
    void aBenchUsageErrorIsExitTwoWithTheUsageLine() {
        Run missing = PactaLauncherIT.pacta(Map.of(), "bench", "ingest");
        assertEquals(2, missing.exitCode(), missing.all());
        assertTrue(missing.err().contains("Missing required parameter: 'DIR'"), missing.all());
        assertTrue(missing.err().contains("Usage: pacta bench ingest "), missing.all());
    }
}
