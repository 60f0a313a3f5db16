package org.pacta.elasticsearch.snapshot;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.durability.Backups;
import org.pacta.core.durability.DurabilityException;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./pacta restore DIR}: puts back the originals DIR has and the data dir lacks, then replaces
 * Pacta's indices with those of DIR's snapshot, aliases included. The snapshot files are first
 * copied to a folder the cluster may read ({@code snapshotRoot}), and removed again afterwards.
 */
final class Restore {

    private final ElasticsearchClient client;
    private final PactaIndices indices;
    private final Path snapshotRoot;
    private final Path blobs;

    Restore(ElasticsearchClient client, String prefix, Path snapshotRoot, Path blobs) {
        this.client = client;
        this.indices = new PactaIndices(client, prefix);
        this.snapshotRoot = snapshotRoot;
        this.blobs = blobs;
    }

    Backups.Restored run(Path dir) {
        BackupManifest manifest = BackupManifest.read(dir);
        if (!manifest.indexPrefix().equals(indices.prefix())) {
            throw new DurabilityException("The backup holds the indices of prefix '" + manifest.indexPrefix()
                    + "', not '" + indices.prefix() + "'; set PACTA_ES_INDEX_PREFIX=" + manifest.indexPrefix() + " to restore it");
        }
        int copied = FolderCopy.copyMissing(dir.resolve(Backup.BLOB_FOLDER), blobs);
        String name = indices.prefix() + "-restore";
        Path location = snapshotRoot.resolve(name);
        FolderCopy.mirror(dir.resolve(Backup.SNAPSHOT_FOLDER), location);
        SnapshotRepository repository = SnapshotRepository.register(client, name, location, true);
        try {
            manifest.indices().forEach(indices::deleteForRestore);
            // An index the backup predates (passages, say) would describe documents the backup does not hold.
            Set<String> restored = manifest.indices().stream().map(Backups.IndexCount::alias).collect(Collectors.toSet());
            indices.present().stream().filter(index -> !restored.contains(index.alias())).forEach(indices::deleteForRestore);
            repository.restore(manifest.snapshot(), manifest.concreteIndices());
        } finally {
            repository.unregister();
            FolderCopy.deleteTree(location);
        }
        return new Backups.Restored(manifest.created(), indices.present(), copied);
    }
}
