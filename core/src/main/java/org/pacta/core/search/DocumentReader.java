package org.pacta.core.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The port for reading archived documents back: one by id, every match of a search for export, party counts. */
public interface DocumentReader {

    /** The whole archived document, text included. */
    Optional<Map<String, Object>> get(String id);

    /** The archived document's metadata: everything but its text; empty when there is no such document. */
    Map<String, Object> metadata(String id);

    /** Every document matching the request's words and filters, without its text, in a stable order. */
    void export(SearchRequest request, Consumer<Map<String, Object>> each);

    /** How many documents each party code has, most first. */
    List<SearchResult.Bucket> partyCounts();
}
