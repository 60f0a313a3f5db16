package org.pacta.core.durability;

/** A backup, restore or reindex that cannot go on, said in one sentence for the person at the terminal. */
public class DurabilityException extends RuntimeException {

    public DurabilityException(String message) {
        super(message);
    }

    public DurabilityException(String message, Throwable cause) {
        super(message, cause);
    }
}
