package org.pacta.elasticsearch.adapters;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.core.agreement.AgreementRebuild;
import org.pacta.core.durability.Backups;
import org.pacta.core.durability.DocumentIndexVersions;
import org.pacta.core.ingest.Archive;
import org.pacta.core.search.AgreementSearch;
import org.pacta.core.search.DocumentPassages;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.DocumentSearch;
import org.pacta.core.sharedtext.PassageTexts;
import org.pacta.core.sharedtext.SharedTextFinder;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.agreement.AgreementIndex;
import org.pacta.elasticsearch.agreement.DocumentFactsReader;
import org.pacta.elasticsearch.archive.BulkSettings;
import org.pacta.elasticsearch.archive.ElasticsearchArchive;
import org.pacta.elasticsearch.index.ElasticsearchDocumentIndexVersions;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.search.ElasticsearchAgreementSearch;
import org.pacta.elasticsearch.search.ElasticsearchDocumentPassages;
import org.pacta.elasticsearch.search.ElasticsearchDocumentReader;
import org.pacta.elasticsearch.search.ElasticsearchDocumentSearch;
import org.pacta.elasticsearch.search.ElasticsearchPassageTexts;
import org.pacta.elasticsearch.search.TimedSearches;
import org.pacta.elasticsearch.snapshot.ElasticsearchBackups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Every port Elasticsearch implements, made from one connection and one index prefix: the one place
 * the app gets them from, so that no class outside this module names the Elasticsearch client.
 */
public final class ElasticsearchAdapters {

    private final ElasticsearchClient client;
    private final String prefix;
    private final TimedSearches searches;

    /** @param searchTimeout how long one search may take ({@code PACTA_SEARCH_TIMEOUT}) */
    public ElasticsearchAdapters(ElasticsearchConnection connection, String prefix, Duration searchTimeout) {
        this.client = connection.client();
        this.prefix = prefix;
        this.searches = new TimedSearches(client, searchTimeout);
    }

    /** Adapters whose searches take {@link TimedSearches#DEFAULT_TIMEOUT} at most (tools and tests). */
    public ElasticsearchAdapters(ElasticsearchConnection connection, String prefix) {
        this(connection, prefix, TimedSearches.DEFAULT_TIMEOUT);
    }

    /** Creates the documents', passages' and agreements' indices when missing, so that searching an empty archive works. */
    public void ensureIndices() {
        IndexAdmin admin = new IndexAdmin(client, prefix);
        admin.ensure(IndexDefinition.DOCUMENTS);
        admin.ensure(IndexDefinition.PASSAGES);
        admin.ensure(IndexDefinition.AGREEMENTS);
    }

    /** Whether anything was ever archived under this prefix (the documents' index exists). */
    public boolean archiveExists() {
        try {
            return new IndexAdmin(client, prefix).exists(IndexDefinition.DOCUMENTS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach Elasticsearch: " + e.getMessage(), e);
        }
    }

    public DocumentSearch documentSearch() {
        return new ElasticsearchDocumentSearch(searches, documentsAlias(), IndexDefinition.PASSAGES.alias(prefix));
    }

    public DocumentPassages documentPassages() {
        return new ElasticsearchDocumentPassages(searches, IndexDefinition.PASSAGES.alias(prefix));
    }

    /** Shared text between documents, read from the passages' fingerprints. */
    public SharedTextFinder sharedText(SharedTextFinder.Settings settings) {
        return new SharedTextFinder(passageTexts(), settings);
    }

    /** Passages with their texts, as shared text reads them. */
    public PassageTexts passageTexts() {
        return new ElasticsearchPassageTexts(searches, IndexDefinition.PASSAGES.alias(prefix));
    }

    public DocumentReader documentReader() {
        return new ElasticsearchDocumentReader(client, documentsAlias());
    }

    public AgreementSearch agreementSearch() {
        return new ElasticsearchAgreementSearch(client, searches, IndexDefinition.AGREEMENTS.alias(prefix), documentsAlias());
    }

    /** Where ingest writes documents and the catalogue of files. */
    public Archive archive(BulkSettings settings) {
        return new ElasticsearchArchive(client, prefix, settings);
    }

    /** Regroups every archived document into agreements and writes them. */
    public AgreementRebuild agreementRebuild() {
        return new AgreementRebuild(new DocumentFactsReader(client, documentsAlias()), new AgreementIndex(client, prefix));
    }

    /**
     * @param snapshotRoot a folder the cluster may use for snapshot repositories, readable from here
     * @param blobs        the blob store's folder
     */
    public Backups backups(Path snapshotRoot, Path blobs) {
        return new ElasticsearchBackups(client, prefix, snapshotRoot, blobs);
    }

    public DocumentIndexVersions documentIndexVersions() {
        return new ElasticsearchDocumentIndexVersions(client, prefix, Clock.systemUTC());
    }

    private String documentsAlias() {
        return IndexDefinition.DOCUMENTS.alias(prefix);
    }
}
