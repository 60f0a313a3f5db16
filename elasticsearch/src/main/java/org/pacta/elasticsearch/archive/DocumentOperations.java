package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.BinaryData;

/** The bulk operations on the documents index a session sends: store, partial update, delete. */
final class DocumentOperations {

    private final String documents;

    DocumentOperations(String documents) {
        this.documents = documents;
    }

    /** The document's JSON as encoded on the callers' threads, sent as it is. */
    BulkOperation index(DocumentJson.Encoded document) {
        return BulkOperation.of(b -> b.index(i -> i.index(documents).id(document.id())
                .document(BinaryData.of(document.json(), "application/json"))));
    }

    BulkOperation update(String documentId, String partialJson) {
        JsonData partial = JsonData.fromJson(partialJson); // written as is, explicit nulls included
        return BulkOperation.of(b -> b.update(u -> u.index(documents).id(documentId).retryOnConflict(3)
                .action(a -> a.doc(partial))));
    }

    BulkOperation delete(String documentId) {
        return BulkOperation.of(b -> b.delete(d -> d.index(documents).id(documentId)));
    }
}
