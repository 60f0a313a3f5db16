package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.ingest.Archive;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.index.IndexVersions;

import java.util.Map;

/**
 * The archive in Elasticsearch: documents in {@code <prefix>-documents}, the catalog of ingested
 * files in {@code <prefix>-files}; both are created on first use.
 */
public final class ElasticsearchArchive implements Archive {

    private final ElasticsearchClient client;
    private final BulkSettings settings;
    private final String prefix;
    private final String documents;
    private final String passages;
    private final CatalogIndex catalog;

    public ElasticsearchArchive(ElasticsearchClient client, String prefix, BulkSettings settings) {
        IndexAdmin admin = new IndexAdmin(client, prefix);
        this.client = client;
        this.settings = settings;
        this.prefix = prefix;
        this.documents = admin.ensure(IndexDefinition.DOCUMENTS);
        this.passages = admin.ensure(IndexDefinition.PASSAGES);
        this.catalog = new CatalogIndex(client, admin.ensure(IndexDefinition.FILES), settings);
    }

    public ElasticsearchArchive(ElasticsearchClient client, String prefix) {
        this(client, prefix, BulkSettings.defaults());
    }

    @Override
    public Map<String, CatalogEntry> catalog() {
        return catalog.loadAll();
    }

    /** Turns refresh off on the documents index until the session is closed. */
    @Override
    public ArchiveSession openSession(ArchiveSession.Listener listener) {
        return new ElasticsearchArchiveSession(client, documents, passages, catalog, settings, listener);
    }

    /**
     * A session whose documents go through another alias than the live one: a rebuild into a new index,
     * whose passages go through the passages' rebuild alias (a reindex creates both).
     */
    @Override
    public ArchiveSession openSession(String documentsAlias, ArchiveSession.Listener listener) {
        IndexVersions versions = new IndexVersions(client, prefix);
        if (!documentsAlias.equals(versions.rebuildAlias(IndexDefinition.DOCUMENTS))) {
            throw new IllegalArgumentException(documentsAlias + " is not the documents' rebuild alias");
        }
        return new ElasticsearchArchiveSession(client, documentsAlias, versions.rebuildAlias(IndexDefinition.PASSAGES),
                catalog, settings, listener);
    }
}
