package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.ingest.Archive;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;

import java.util.Map;

/**
 * The archive in Elasticsearch: documents in {@code <prefix>-documents}, the catalog of ingested
 * files in {@code <prefix>-files}; both are created on first use.
 */
public final class ElasticsearchArchive implements Archive {

    private final ElasticsearchClient client;
    private final BulkSettings settings;
    private final String documents;
    private final CatalogIndex catalog;

    public ElasticsearchArchive(ElasticsearchClient client, String prefix, BulkSettings settings) {
        IndexAdmin admin = new IndexAdmin(client, prefix);
        this.client = client;
        this.settings = settings;
        this.documents = admin.ensure(IndexDefinition.DOCUMENTS);
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
        return new ElasticsearchArchiveSession(client, documents, catalog, settings, listener);
    }

    /** A session whose documents go through another alias than the live one (a rebuild into a new index). */
    @Override
    public ArchiveSession openSession(String documentsAlias, ArchiveSession.Listener listener) {
        return new ElasticsearchArchiveSession(client, documentsAlias, catalog, settings, listener);
    }
}
