package org.pacta.elasticsearch.snapshot;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.durability.Backups;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Backups through Elasticsearch snapshots: the snapshot is taken into (or restored from) a repository
 * under {@code snapshotRoot}, a folder the cluster may use and this process can read, and copied
 * to or from the backup folder with the originals of {@code blobs}.
 */
public final class ElasticsearchBackups implements Backups {

    private final ElasticsearchClient client;
    private final String prefix;
    private final Path snapshotRoot;
    private final Path blobs;

    public ElasticsearchBackups(ElasticsearchClient client, String prefix, Path snapshotRoot, Path blobs) {
        this.client = client;
        this.prefix = prefix;
        this.snapshotRoot = snapshotRoot;
        this.blobs = blobs;
    }

    @Override
    public Backed backup(Path dir) {
        return new Backup(client, prefix, snapshotRoot, blobs, Clock.systemUTC()).run(dir);
    }

    @Override
    public Restored restore(Path dir) {
        return new Restore(client, prefix, snapshotRoot, blobs).run(dir);
    }
}
