package org.pacta.elasticsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.durability.DocumentIndexVersions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** The documents' index versions, as {@link IndexVersions} keeps them for any of Pacta's indices. */
public final class ElasticsearchDocumentIndexVersions implements DocumentIndexVersions {

    private final ElasticsearchClient client;
    private final IndexVersions versions;
    private final Clock clock;

    public ElasticsearchDocumentIndexVersions(ElasticsearchClient client, String prefix, Clock clock) {
        this.client = client;
        this.versions = new IndexVersions(client, prefix);
        this.clock = clock;
    }

    @Override
    public String live() {
        return versions.live(IndexDefinition.DOCUMENTS);
    }

    @Override
    public String createNext() {
        return versions.createNext(IndexDefinition.DOCUMENTS, clock);
    }

    @Override
    public String rebuildTarget() {
        return versions.rebuildAlias(IndexDefinition.DOCUMENTS);
    }

    @Override
    public void blockWrites(String index, boolean blocked) {
        versions.blockWrites(index, blocked);
    }

    @Override
    public void switchTo(String from, String to) {
        versions.swap(IndexDefinition.DOCUMENTS, from, to);
    }

    @Override
    public void delete(String index) {
        versions.delete(index);
    }

    @Override
    public long count(String index) {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
