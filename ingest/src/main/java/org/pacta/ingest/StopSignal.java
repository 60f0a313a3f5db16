package org.pacta.ingest;

/**
 * Asks a running ingest to stop early: no new file is started, the files in hand are finished and written,
 * and the run returns what it stored. What it did not reach stays as it was, so running it again finishes it.
 */
@FunctionalInterface
public interface StopSignal {

    StopSignal NEVER = () -> false;

    boolean stopRequested();
}
