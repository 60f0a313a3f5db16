package org.pacta.ingest;

import org.pacta.core.ingest.CatalogEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's view of which paths hold which bytes: loaded from the catalog, updated as files are
 * processed. A document's source paths are always computed from here.
 */
final class PathIndex {

    private final Map<String, CatalogEntry> entries;
    private final Map<String, TreeSet<String>> pathsByDocument = new HashMap<>();
    /** Completed once the document's first store was handed to the session, so path updates follow it. */
    private final Map<String, CompletableFuture<Void>> submitted = new ConcurrentHashMap<>();

    PathIndex(Map<String, CatalogEntry> catalog) {
        this.entries = new ConcurrentHashMap<>(catalog);
        for (CatalogEntry entry : catalog.values()) {
            pathsByDocument.computeIfAbsent(entry.documentId(), id -> new TreeSet<>()).add(entry.path());
            submitted.put(entry.documentId(), CompletableFuture.completedFuture(null));
        }
    }

    CatalogEntry entry(String path) {
        return entries.get(path);
    }

    Collection<String> knownPaths() {
        return List.copyOf(entries.keySet());
    }

    /**
     * Claims the extraction of a document: true for the first caller, who must call
     * {@link #submittedStore}; later callers get false and wait with {@link #awaitStore}.
     */
    boolean claim(String documentId) {
        return submitted.putIfAbsent(documentId, new CompletableFuture<>()) == null;
    }

    void submittedStore(String documentId) {
        submitted.computeIfAbsent(documentId, id -> new CompletableFuture<>()).complete(null);
    }

    /** The claimer gave up (extraction failed): the next file with these bytes may try again. */
    void abandon(String documentId) {
        CompletableFuture<Void> future = submitted.remove(documentId);
        if (future != null) {
            future.complete(null);
        }
    }

    /** True when the document's store was handed to the session; false when its extraction failed. */
    boolean awaitStore(String documentId) {
        CompletableFuture<Void> future = submitted.get(documentId);
        if (future == null) {
            return false;
        }
        future.join();
        return submitted.get(documentId) == future;
    }

    synchronized List<String> addPath(String documentId, String path) {
        TreeSet<String> paths = pathsByDocument.computeIfAbsent(documentId, id -> new TreeSet<>());
        paths.add(path);
        return new ArrayList<>(paths);
    }

    synchronized List<String> removePath(String documentId, String path) {
        TreeSet<String> paths = pathsByDocument.getOrDefault(documentId, new TreeSet<>());
        paths.remove(path);
        if (paths.isEmpty()) {
            pathsByDocument.remove(documentId);
        }
        return new ArrayList<>(paths);
    }

    void record(CatalogEntry entry) {
        entries.put(entry.path(), entry);
    }

    void forget(String path) {
        entries.remove(path);
    }
}
