package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.ArchiveUnavailableException;
import org.pacta.core.ingest.CatalogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.pacta.elasticsearch.archive.Work.ITEM_OVERHEAD_BYTES;

/**
 * One ingest run's writes. Callers hand work to a {@link WorkQueue}; a single writer thread batches
 * it into bulk requests, one in flight at a time, and writes a file's catalog entry only in a
 * request after the one that stored the last of its documents: Elasticsearch is not atomic across
 * the items of one request. The listener is called on the writer thread and must not call back
 * into the session.
 */
final class ElasticsearchArchiveSession implements ArchiveSession {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchArchiveSession.class);

    /** Send what is batched once no work arrived for this long, or once the oldest item waited this long. */
    private static final long IDLE_MILLIS = 200;
    private static final long MAX_LINGER_MILLIS = 1000;

    private final ElasticsearchClient client;
    private final String documents;
    private final String passages;
    private final CatalogIndex catalog;
    private final Listener listener;
    private final BulkSettings settings;
    private final BulkBatch batch;
    private final IndexOperations documentOperations;
    private final IndexOperations passageOperations;
    private final MemberLookup members;
    private final List<RefreshPause> refreshPauses;
    private final WorkQueue queue;
    private final Thread thread;

    // Writer thread only.
    private final Map<String, FileWrite> awaitingCatalog = new HashMap<>();
    private boolean unrefreshedDocuments;
    /** Refresh is paused at the first stored document, so a run with nothing new costs no settings change. */
    private final java.util.concurrent.atomic.AtomicBoolean paused = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean wrote;

    /** @param passages the alias of the passages index that goes with {@code documents} */
    ElasticsearchArchiveSession(ElasticsearchClient client, String documents, String passages, CatalogIndex catalog,
                                BulkSettings settings, Listener listener) {
        this.client = client;
        this.documents = documents;
        this.passages = passages;
        this.catalog = catalog;
        this.listener = listener;
        this.settings = settings;
        this.batch = new BulkBatch(new BulkWriter(client, settings), settings);
        this.documentOperations = new IndexOperations(documents);
        this.passageOperations = new IndexOperations(passages);
        this.members = new MemberLookup(client, documents, settings);
        this.refreshPauses = List.of(new RefreshPause(client, documents, settings),
                new RefreshPause(client, passages, settings));
        this.queue = new WorkQueue(2 * settings.maxBytes()); // the next request fills while one is sent
        this.thread = new Thread(this::run, "pacta-archive-writer");
        thread.setDaemon(true);
        thread.start();
    }

    // ---- Callers' side ----

    @Override
    public void store(List<ArchiveDocument> documents, CatalogEntry file) {
        List<DocumentJson.Encoded> encoded = new ArrayList<>(documents.size());
        String refusal = null;
        for (ArchiveDocument document : documents) {
            try {
                encoded.add(DocumentJson.encode(document)); // here, so serialising runs on the callers' threads
            } catch (IllegalArgumentException e) {
                refusal = e.getMessage();
                encoded.clear();
                break;
            }
        }
        if (paused.compareAndSet(false, true)) {
            refreshPauses.forEach(RefreshPause::pause);
        }
        put(new Work.Store(List.copyOf(encoded), file, refusal));
    }

    @Override
    public void addPath(String documentId, List<String> sourcePaths, AgreementMetadata curated, CatalogEntry file) {
        put(new Work.AddPath(documentId, List.copyOf(sourcePaths),
                curated == null ? AgreementMetadata.EMPTY : curated, file));
    }

    @Override
    public void replacePaths(String documentId, List<String> sourcePaths) {
        put(new Work.ReplacePaths(documentId, List.copyOf(sourcePaths)));
    }

    @Override
    public void forget(String path) {
        put(new Work.Forget(path));
    }

    private void put(Work work) {
        wrote = true;
        queue.put(work);
    }

    /** Sends everything, waits for it, restores the refresh interval and refreshes both indices. */
    @Override
    public void close() {
        if (!queue.end()) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new ArchiveUnavailableException("Interrupted while the archive was still writing; "
                    + "files not reported as stored will be ingested again by the next run", e);
        }
        RuntimeException failed = queue.failure();
        if (failed == null) {
            if (paused.get()) {
                refreshPauses.forEach(pause -> pause.resume(true));
            }
            if (wrote) {
                RefreshPause.refresh(client, settings, documents, passages, catalog.alias());
            }
            return;
        }
        try {
            if (paused.get()) {
                refreshPauses.forEach(pause -> pause.resume(false));
            }
        } catch (RuntimeException e) {
            log.error("Could not restore the refresh interval of {}; the next session will: {}", documents,
                    e.getMessage());
        }
        throw new ArchiveUnavailableException(failed.getMessage()
                + "; files not reported as stored will be ingested again by the next run", failed);
    }

    // ---- Writer thread ----

    private void run() {
        try {
            while (true) {
                Work work = next();
                if (work == null) {
                    batch.flush();
                } else if (work == Work.End.INSTANCE) {
                    batch.flush();
                    return;
                } else {
                    accept(work);
                    batch.sendFull();
                }
                refreshIfDue();
            }
        } catch (ArchiveUnavailableException e) {
            log.error("The archive gives up: {}", e.getMessage());
            queue.fail(e);
        } catch (InterruptedException e) {
            queue.fail(new ArchiveUnavailableException("The archive writer was interrupted", e));
        } catch (RuntimeException | Error e) {
            log.error("The archive writer failed", e);
            queue.fail(new ArchiveUnavailableException("The archive writer failed: " + e, e));
        }
    }

    /** The next work, or null when it is time to send what is batched or to refresh what was sent. */
    private Work next() throws InterruptedException {
        if (batch.isEmpty()) {
            long untilRefresh = millisUntilRefresh();
            return untilRefresh < 0 ? queue.take() : untilRefresh == 0 ? null : queue.poll(untilRefresh);
        }
        long wait = batch.waitMillis(IDLE_MILLIS, MAX_LINGER_MILLIS);
        return wait <= 0 ? null : queue.poll(wait);
    }

    /**
     * Makes what was sent searchable every {@code refreshEvery}, so that a long ingest shows its progress
     * (refresh stays off in between: bulk indexing is much cheaper without it). A document's passages are
     * sent before it, so a searchable document always has its snippets.
     */
    private void refreshIfDue() {
        if (millisUntilRefresh() == 0) {
            RefreshPause.refresh(client, settings, documents, passages, catalog.alias());
            batch.refreshed();
        }
    }

    /** -1: no refresh to wait for (nothing sent unrefreshed, or refreshes only when the session closes). */
    private long millisUntilRefresh() {
        long since = batch.unrefreshedSinceNanos();
        if (since == 0 || settings.refreshEvery().isZero()) {
            return -1;
        }
        long elapsed = (System.nanoTime() - since) / 1_000_000;
        return Math.max(0, settings.refreshEvery().toMillis() - elapsed);
    }

    private void accept(Work work) {
        if (work instanceof Work.Store store) {
            acceptStore(store);
        } else if (work instanceof Work.AddPath add) {
            acceptAddPath(add);
        } else if (work instanceof Work.ReplacePaths replace) {
            if (replace.paths().isEmpty()) {
                deleteWithMembers(replace.documentId());
            } else {
                String partial = DocumentJson.partialUpdate(replace.paths(), AgreementMetadata.EMPTY, Set.of());
                batch.add(new BulkWriter.Item(documentOperations.update(replace.documentId(), partial),
                        Work.pathsBytes(replace.paths()), () -> { }, refused -> {
                    if (!refused.is("document_missing_exception")) { // already gone: nothing to update
                        log.warn("Could not update the source paths of {}: {}", replace.documentId(), refused);
                    }
                }));
            }
        } else if (work instanceof Work.Forget forget) {
            FileWrite inFlight = awaitingCatalog.get(forget.path());
            if (inFlight != null) {
                inFlight.forgetAfter = true; // its catalog entry is still to be written: delete it after that
            } else {
                batch.add(forgetItem(forget.path()));
            }
        }
    }

    private void acceptStore(Work.Store store) {
        if (store.refusal() != null) {
            rejected(store.file(), store.refusal());
            return;
        }
        int items = 0;
        for (DocumentJson.Encoded document : store.documents()) {
            items += 1 + document.passages().size();
        }
        FileWrite write = track(new FileWrite(store.file(), items));
        if (items == 0) {
            write.documentsDone();
            return;
        }
        for (DocumentJson.Encoded document : store.documents()) {
            // Passages first: a document is never searchable without the passages that give its snippets.
            for (DocumentJson.Source passage : document.passages()) {
                batch.add(new BulkWriter.Item(passageOperations.index(passage.id(), passage.json()),
                        passage.json().length + ITEM_OVERHEAD_BYTES, write::documentStored, write::documentFailed));
            }
            DocumentJson.Source source = document.document();
            batch.add(new BulkWriter.Item(documentOperations.index(source.id(), source.json()),
                    source.json().length + ITEM_OVERHEAD_BYTES, write::documentStored, write::documentFailed));
        }
        unrefreshedDocuments = true;
    }

    private void acceptAddPath(Work.AddPath add) {
        Set<String> curatedBefore = Set.of();
        List<String> passageIds = List.of();
        String partial;
        String passageFacts = null;
        try {
            if (!add.curated().curatedFields().isEmpty()) {
                batch.flush(); // the document's own pending writes first, so that the (real-time) get sees them
                StoredDocument stored = storedDocument(add.documentId());
                curatedBefore = stored.curatedFields();
                Map<String, Object> facts = DocumentJson.curatedFacts(add.curated());
                if (!facts.isEmpty()) {
                    passageIds = PassageJson.ids(add.documentId(), stored.passageCount());
                    passageFacts = DocumentJson.write(facts);
                }
            }
            partial = DocumentJson.partialUpdate(add.paths(), add.curated(), curatedBefore);
        } catch (IllegalArgumentException e) {
            track(new FileWrite(add.file(), 1)).documentFailed(new BulkWriter.Failure("json", e.getMessage()));
            return;
        }
        FileWrite write = track(new FileWrite(add.file(), 1 + passageIds.size()));
        for (String passageId : passageIds) {
            batch.add(new BulkWriter.Item(passageOperations.update(passageId, passageFacts),
                    ITEM_OVERHEAD_BYTES + passageFacts.length(), write::documentStored, write::documentFailed));
        }
        batch.add(new BulkWriter.Item(documentOperations.update(add.documentId(), partial), Work.pathsBytes(add.paths()) + partial.length(),
                write::documentStored, write::documentFailed));
    }

    /**
     * What an update needs of the stored document: the names curated through other paths (a partial
     * update replaces arrays, so they must be merged in) and how many passages repeat its facts.
     */
    private record StoredDocument(Set<String> curatedFields, int passageCount) {
    }

    @SuppressWarnings("unchecked")
    private StoredDocument storedDocument(String documentId) {
        GetResponse<Map> current = Backoff.retrying(settings, "reading document " + documentId, () ->
                client.get(g -> g.index(documents).id(documentId).sourceIncludes("curated_fields", "passage_count"),
                        Map.class));
        Map<String, Object> source = current.found() && current.source() != null ? current.source() : Map.of();
        Object names = source.get("curated_fields");
        return new StoredDocument(names instanceof List<?> list ? Set.copyOf((List<String>) list) : Set.of(),
                source.get("passage_count") instanceof Number count ? count.intValue() : 0);
    }

    /** The last call for a path wins: a later write of the same path cancels an earlier one's pending forget. */
    private FileWrite track(FileWrite write) {
        FileWrite earlier = awaitingCatalog.put(write.file.path(), write);
        if (earlier != null) {
            earlier.forgetAfter = false;
        }
        return write;
    }

    /** No delete-by-query on the minimal distribution: members are found by search and deleted by id. */
    private void deleteWithMembers(String documentId) {
        if (unrefreshedDocuments) {
            batch.flush(); // members written in this session must be searchable
            RefreshPause.refresh(client, settings, documents);
            unrefreshedDocuments = false;
        }
        Set<String> doomed = new LinkedHashSet<>();
        doomed.add(documentId);
        try {
            doomed.addAll(members.descendants(documentId));
        } catch (ArchiveUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Could not look up the members of {}; deleting the document alone: {}", documentId, e.getMessage());
        }
        Map<String, Integer> passageCounts = passageCounts(doomed);
        for (String id : doomed) {
            for (String passageId : PassageJson.ids(id, passageCounts.getOrDefault(id, 0))) {
                batch.add(new BulkWriter.Item(passageOperations.delete(passageId), ITEM_OVERHEAD_BYTES,
                        () -> { }, refused -> log.warn("Could not delete passage {}: {}", passageId, refused)));
            }
            batch.add(new BulkWriter.Item(documentOperations.delete(id), ITEM_OVERHEAD_BYTES,
                    () -> { }, refused -> log.warn("Could not delete document {}: {}", id, refused)));
        }
    }

    /** A real-time multi-get: right even for documents written in this session and not yet refreshed. */
    private Map<String, Integer> passageCounts(Set<String> documentIds) {
        Map<String, Integer> counts = new HashMap<>();
        var found = Backoff.retrying(settings, "reading the passage counts of " + documentIds.size() + " documents",
                () -> client.mget(m -> m.index(documents).ids(List.copyOf(documentIds)).sourceIncludes("passage_count"),
                        Map.class).docs());
        for (var item : found) {
            if (item.isResult() && item.result().found() && item.result().source() != null
                    && item.result().source().get("passage_count") instanceof Number count) {
                counts.put(item.result().id(), count.intValue());
            }
        }
        return counts;
    }

    private BulkWriter.Item forgetItem(String path) {
        return new BulkWriter.Item(catalog.delete(path), ITEM_OVERHEAD_BYTES, () -> { },
                refused -> log.warn("Could not remove {} from the catalog: {}", path, refused));
    }

    private void stored(CatalogEntry file) {
        try {
            listener.stored(file);
        } catch (RuntimeException e) {
            log.error("The archive listener failed for {}", file.path(), e);
        }
    }

    private void rejected(CatalogEntry file, String reason) {
        try {
            listener.rejected(file, reason);
        } catch (RuntimeException e) {
            log.error("The archive listener failed for {}", file.path(), e);
        }
    }

    /** One file on its way: its documents, then its catalog entry, then the listener. */
    private final class FileWrite {
        final CatalogEntry file;
        private int remaining;
        private String refusal;
        boolean forgetAfter;

        FileWrite(CatalogEntry file, int documents) {
            this.file = file;
            this.remaining = documents;
        }

        void documentStored() {
            documentDone(null);
        }

        void documentFailed(BulkWriter.Failure refused) {
            documentDone(refused.reason());
        }

        private void documentDone(String refused) {
            if (refused != null && refusal == null) {
                refusal = refused;
            }
            if (--remaining == 0) {
                documentsDone();
            }
        }

        void documentsDone() {
            if (refusal != null) {
                finish();
                rejected(file, refusal);
                return;
            }
            batch.add(new BulkWriter.Item(catalog.write(file), CatalogIndex.estimatedBytes(file.path()),
                    () -> {
                        finish();
                        stored(file);
                    },
                    refused -> {
                        finish();
                        rejected(file, "the catalog refused the file's entry: " + refused);
                    }));
        }

        private void finish() {
            awaitingCatalog.remove(file.path(), this);
            if (forgetAfter) {
                batch.add(forgetItem(file.path()));
            }
        }
    }
}
