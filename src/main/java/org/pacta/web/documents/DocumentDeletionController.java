package org.pacta.web.documents;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/documents/{id}}: a write, so it needs a write key like uploads and ingest jobs. */
@RestController
class DocumentDeletionController {

    private final DocumentRemoval removal;

    DocumentDeletionController(DocumentRemoval removal) {
        this.removal = removal;
    }

    @DeleteMapping("/api/documents/{id}")
    DocumentRemoval.Removed delete(@PathVariable String id) {
        return removal.remove(id);
    }
}
