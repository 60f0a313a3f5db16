package org.pacta.core.sharedtext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The port shared text reads passages through: a document's own, and other documents' by fingerprint. */
public interface PassageTexts {

    /** The document's passages in text order; empty for an unknown document. */
    List<PassageText> ofDocument(String documentId);

    /** For each fingerprint, how many passages of the archive hold it (absent: none). */
    Map<String, Long> frequencies(Collection<String> fingerprints);

    /**
     * Passages of documents other than {@code exceptDocumentId} that hold at least {@code atLeast} of the
     * fingerprints of one group (a group: one passage's fingerprints), at most {@code limit} of them.
     */
    List<PassageText> holding(List<? extends Collection<String>> groups, int atLeast, String exceptDocumentId, int limit);

    /** Every passage of the archive, by document and ordinal. */
    void all(Consumer<PassageText> each);
}
