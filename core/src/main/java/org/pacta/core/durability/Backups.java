package org.pacta.core.durability;

import java.nio.file.Path;
import java.util.List;

/** The port for backing the archive up into a folder, and restoring it from one: indices and originals together. */
public interface Backups {

    /** Backs the indices and the originals up into {@code dir}; a repeated backup copies only what is new. */
    Backed backup(Path dir);

    /** Replaces the indices with those of the backup in {@code dir} and copies back the originals the archive lacks. */
    Restored restore(Path dir);

    /** One index: its alias, the concrete (versioned) index behind it, its document count; a backup's manifest lists these. */
    record IndexCount(String alias, String index, long count) {
    }

    /** What a backup holds, and how many originals this run had to copy. */
    record Backed(String snapshot, long documents, long agreements, long files, long originals, int originalsCopied) {
    }

    /** The backup restored (when it was taken), the indices as they now are, and how many originals were copied back. */
    record Restored(String created, List<IndexCount> indices, int originalsCopied) {
    }
}
