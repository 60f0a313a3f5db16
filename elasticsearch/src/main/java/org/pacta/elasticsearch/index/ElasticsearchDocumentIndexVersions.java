package org.pacta.elasticsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.durability.DocumentIndexVersions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents' index versions, as {@link IndexVersions} keeps them for any of Pacta's indices. The
 * passages index is cut from the same texts, so it moves with the documents': each documents index
 * named here has a passages index beside it, created, blocked, switched and deleted with it.
 */
public final class ElasticsearchDocumentIndexVersions implements DocumentIndexVersions {

    private final ElasticsearchClient client;
    private final String prefix;
    private final IndexVersions versions;
    private final Clock clock;
    /** The passages index that goes with each documents index this object named. */
    private final Map<String, String> passagesOf = new HashMap<>();

    public ElasticsearchDocumentIndexVersions(ElasticsearchClient client, String prefix, Clock clock) {
        this.client = client;
        this.prefix = prefix;
        this.versions = new IndexVersions(client, prefix);
        this.clock = clock;
    }

    @Override
    public String live() {
        new IndexAdmin(client, prefix).ensure(IndexDefinition.PASSAGES); // an archive older than passages has none
        String documents = versions.live(IndexDefinition.DOCUMENTS);
        passagesOf.put(documents, versions.live(IndexDefinition.PASSAGES));
        return documents;
    }

    @Override
    public String createNext() {
        live();
        String documents = versions.createNext(IndexDefinition.DOCUMENTS, clock);
        passagesOf.put(documents, versions.createNext(IndexDefinition.PASSAGES, clock));
        return documents;
    }

    @Override
    public String rebuildTarget() {
        return versions.rebuildAlias(IndexDefinition.DOCUMENTS);
    }

    @Override
    public void blockWrites(String index, boolean blocked) {
        versions.blockWrites(index, blocked);
        versions.blockWrites(passages(index), blocked);
    }

    /** Both aliases in one request: searches see old documents with old passages or new with new. */
    @Override
    public void switchTo(String from, String to) {
        versions.swap(List.of(new IndexVersions.Swap(IndexDefinition.DOCUMENTS, from, to),
                new IndexVersions.Swap(IndexDefinition.PASSAGES, passages(from), passages(to))));
    }

    @Override
    public void delete(String index) {
        versions.delete(index);
        versions.delete(passages(index));
    }

    @Override
    public long count(String index) {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String passages(String documentsIndex) {
        String passages = passagesOf.get(documentsIndex);
        if (passages == null) {
            throw new IllegalStateException(documentsIndex + " was not named by live() or createNext() of this object");
        }
        return passages;
    }
}
