package org.pacta.elasticsearch.snapshot;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.durability.Backups;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.index.IndexVersions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Pacta's indices under one prefix as they are now: alias, concrete index, document count. */
final class PactaIndices {

    static final List<IndexDefinition> ALL = List.of(IndexDefinition.DOCUMENTS, IndexDefinition.FILES,
            IndexDefinition.AGREEMENTS, IndexDefinition.PASSAGES);

    private final ElasticsearchClient client;
    private final String prefix;

    PactaIndices(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    /** Those that exist, refreshed first so the counts are what a search sees. */
    List<Backups.IndexCount> present() {
        IndexVersions versions = new IndexVersions(client, prefix);
        List<Backups.IndexCount> entries = new ArrayList<>();
        try {
            for (IndexDefinition index : ALL) {
                String alias = index.alias(prefix);
                if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                    client.indices().refresh(r -> r.index(alias));
                    entries.add(new Backups.IndexCount(alias, versions.live(index),
                            client.count(c -> c.index(alias)).count()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Pacta's indices", e);
        }
        return entries;
    }

    /** Deletes the index behind the alias and any index of that name, so a restore can put them back. */
    void deleteForRestore(Backups.IndexCount entry) {
        try {
            List<String> doomed = new ArrayList<>();
            if (client.indices().existsAlias(a -> a.name(entry.alias())).value()) {
                doomed.addAll(client.indices().getAlias(a -> a.name(entry.alias())).result().keySet());
            }
            if (client.indices().exists(e -> e.index(entry.index())).value()) {
                doomed.add(entry.index());
            }
            if (!doomed.isEmpty()) {
                client.indices().delete(d -> d.index(doomed.stream().distinct().toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + entry.alias() + " before restoring it", e);
        }
    }
}
