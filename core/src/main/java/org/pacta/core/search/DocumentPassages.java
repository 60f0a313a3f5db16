package org.pacta.core.search;

import java.util.List;

/** The port for reading one document by its passages: where words occur in it, or its table of contents. */
public interface DocumentPassages {

    /** At most this many passages in one answer; a document with more is cut off there. */
    int MAX_PASSAGES = 10_000;

    /**
     * @param query simple query syntax, as for {@link DocumentSearch}; blank for every passage
     * @return the passages that match, in text order, each with a snippet; every passage, without snippets,
     *         when the query is blank; empty for an unknown document or one archived before passages were cut
     */
    List<PassageHit> of(String documentId, String query);
}
