package org.pacta.elasticsearch.snapshot;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import org.pacta.core.durability.DurabilityException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An Elasticsearch shared-file-system snapshot repository: the cluster writes (or reads) the
 * snapshot files in a folder it is allowed to use ({@code path.repo}), which Pacta then copies.
 */
final class SnapshotRepository {

    private final ElasticsearchClient client;
    private final String name;
    private final Path location;

    private SnapshotRepository(ElasticsearchClient client, String name, Path location) {
        this.client = client;
        this.name = name;
        this.location = location;
    }

    /** Registers (or re-registers) the repository; {@code readOnly} for one that is only restored from. */
    static SnapshotRepository register(ElasticsearchClient client, String name, Path location, boolean readOnly) {
        try {
            client.snapshot().createRepository(r -> r.name(name).verify(!readOnly)
                    .repository(repo -> repo.fs(fs -> fs.settings(s -> s.location(location.toString()).readonly(readOnly)))));
            return new SnapshotRepository(client, name, location);
        } catch (ElasticsearchException | IOException e) {
            // A folder outside path.repo is refused with a 500 that may come as a transport error.
            String reason = e instanceof ElasticsearchException es ? es.error().reason() : e.getMessage();
            throw new DurabilityException("Elasticsearch cannot use " + location + " as a snapshot repository ("
                    + reason + "); a local node allows its data dir's es/snapshots, an external cluster "
                    + "needs the folder in its path.repo and reachable at the same path from here (--es-repo)", e);
        }
    }

    Path location() {
        return location;
    }

    /** Snapshots the indices (with their aliases) and waits until it is complete. */
    SnapshotInfo snapshot(String snapshot, List<String> indices) {
        try {
            SnapshotInfo info = client.snapshot().create(c -> c.repository(name).snapshot(snapshot).indices(indices)
                    .includeGlobalState(false).waitForCompletion(true)).snapshot();
            if (!"SUCCESS".equals(info.state())) {
                throw new DurabilityException("The snapshot " + snapshot + " ended " + info.state() + ": " + info.failures());
            }
            return info;
        } catch (ElasticsearchException e) {
            throw new DurabilityException("Elasticsearch refused the snapshot: " + e.error().reason(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take the snapshot " + snapshot, e);
        }
    }

    /** Restores the indices of a snapshot with their aliases; indices of the same names must be gone first. */
    void restore(String snapshot, List<String> indices) {
        try {
            var shards = client.snapshot().restore(r -> r.repository(name).snapshot(snapshot).indices(indices)
                    .includeAliases(true).includeGlobalState(false).waitForCompletion(true)).snapshot().shards();
            if (shards.failed().intValue() > 0) {
                throw new DurabilityException(shards.failed() + " of " + shards.total() + " shards of " + snapshot
                        + " could not be restored");
            }
        } catch (ElasticsearchException e) {
            throw new DurabilityException("Elasticsearch cannot restore " + snapshot + ": " + e.error().reason(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore the snapshot " + snapshot, e);
        }
    }

    /** Forgets the repository (its files stay). */
    void unregister() {
        try {
            client.snapshot().deleteRepository(d -> d.name(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
