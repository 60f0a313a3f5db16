package org.pacta.core.durability;

/**
 * The port a reindex needs: the documents' versioned indices behind their alias, so a new version can
 * be built beside the live one and searches switched to it in one step.
 */
public interface DocumentIndexVersions {

    /** The index searches use now. */
    String live();

    /** Creates the next version, empty, and names it. */
    String createNext();

    /** The name a rebuild writes through. */
    String rebuildTarget();

    /** Refuses (or allows again) writes to an index, so nothing written during a rebuild is lost in the switch. */
    void blockWrites(String index, boolean blocked);

    /** Switches searches from one version to the other atomically. */
    void switchTo(String from, String to);

    void delete(String index);

    long count(String index);
}
