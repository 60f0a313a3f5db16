package org.pacta.elasticsearch.archive;

import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.ingest.CatalogEntry;

import java.util.List;

/** What callers hand to the writer thread, with its size for the queue's byte budget. */
sealed interface Work {

    /** Action line and metadata of one bulk item, on top of its source. */
    long ITEM_OVERHEAD_BYTES = 128;

    long bytes();

    static long pathsBytes(List<String> paths) {
        return ITEM_OVERHEAD_BYTES + paths.stream().mapToLong(p -> 2L * p.length() + 4).sum();
    }

    /** A file's documents, already JSON; or why they cannot be (then nothing of the file is written). */
    record Store(List<DocumentJson.Encoded> documents, CatalogEntry file, String refusal) implements Work {
        public long bytes() {
            long sum = CatalogIndex.estimatedBytes(file.path());
            for (DocumentJson.Encoded document : documents) {
                sum += document.bytes() + ITEM_OVERHEAD_BYTES;
            }
            return sum;
        }
    }

    record AddPath(String documentId, List<String> paths, AgreementMetadata curated, CatalogEntry file)
            implements Work {
        public long bytes() {
            return pathsBytes(paths) + CatalogIndex.estimatedBytes(file.path())
                    + (curated.curatedFields().isEmpty() ? 0 : 1024);
        }
    }

    record ReplacePaths(String documentId, List<String> paths) implements Work {
        public long bytes() {
            return pathsBytes(paths);
        }
    }

    record Forget(String path) implements Work {
        public long bytes() {
            return ITEM_OVERHEAD_BYTES;
        }
    }

    /** Nothing comes after it: the writer sends what is left and stops. */
    enum End implements Work {
        INSTANCE;

        public long bytes() {
            return 0;
        }
    }
}
