package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.BinaryData;

/** The bulk operations a session sends to one index (documents or passages): store, partial update, delete. */
final class IndexOperations {

    private final String alias;

    IndexOperations(String alias) {
        this.alias = alias;
    }

    /** The JSON as encoded on the callers' threads, sent as it is. */
    BulkOperation index(String id, byte[] json) {
        return BulkOperation.of(b -> b.index(i -> i.index(alias).id(id)
                .document(BinaryData.of(json, "application/json"))));
    }

    BulkOperation update(String id, String partialJson) {
        JsonData partial = JsonData.fromJson(partialJson); // written as is, explicit nulls included
        return BulkOperation.of(b -> b.update(u -> u.index(alias).id(id).retryOnConflict(3)
                .action(a -> a.doc(partial))));
    }

    BulkOperation delete(String id) {
        return BulkOperation.of(b -> b.delete(d -> d.index(alias).id(id)));
    }
}
