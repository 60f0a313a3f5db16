package org.pacta.elasticsearch.snapshot;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.durability.Backups;
import org.pacta.core.durability.DurabilityException;
import org.pacta.elasticsearch.index.IndexDefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code ./pacta backup DIR}: a snapshot of Pacta's indices, the originals (blobs) and a manifest,
 * all in DIR. The snapshot is taken into a repository the cluster may write ({@code snapshotRoot});
 * its files and the blobs DIR lacks are then copied, so a second backup to DIR copies only what is new.
 */
final class Backup {

    static final String SNAPSHOT_FOLDER = "elasticsearch";
    static final String BLOB_FOLDER = "blobs";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final PactaIndices indices;
    private final Path snapshotRoot;
    private final Path blobs;
    private final Clock clock;

    /**
     * @param snapshotRoot a folder the cluster allows for snapshot repositories and this process can read
     * @param blobs        the blob store's folder
     */
    Backup(ElasticsearchClient client, String prefix, Path snapshotRoot, Path blobs, Clock clock) {
        this.client = client;
        this.indices = new PactaIndices(client, prefix);
        this.snapshotRoot = snapshotRoot;
        this.blobs = blobs;
        this.clock = clock;
    }

    Backups.Backed run(Path dir) {
        List<Backups.IndexCount> entries = indices.present();
        if (entries.isEmpty()) {
            throw new DurabilityException("Nothing to back up: no index with the prefix '" + indices.prefix() + "'");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
        String name = indices.prefix() + "-backup";
        SnapshotRepository repository = SnapshotRepository.register(client, name, snapshotRoot.resolve(name), false);
        String snapshot = indices.prefix() + "-" + STAMP.format(clock.instant());
        repository.snapshot(snapshot, entries.stream().map(Backups.IndexCount::index).toList());
        FolderCopy.mirror(repository.location(), dir.resolve(SNAPSHOT_FOLDER));
        int copied = FolderCopy.copyMissing(blobs, dir.resolve(BLOB_FOLDER));
        BackupManifest manifest = new BackupManifest(clock.instant().toString(), indices.prefix(), snapshot, entries,
                FolderCopy.countFiles(dir.resolve(BLOB_FOLDER)));
        manifest.write(dir);
        return new Backups.Backed(snapshot, manifest.count(IndexDefinition.DOCUMENTS.alias(indices.prefix())),
                manifest.count(IndexDefinition.AGREEMENTS.alias(indices.prefix())),
                manifest.count(IndexDefinition.FILES.alias(indices.prefix())), manifest.blobs(), copied);
    }
}
