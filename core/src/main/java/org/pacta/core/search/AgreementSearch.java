package org.pacta.core.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The port for searching agreements (documents grouped into one instrument) and reading one back. */
public interface AgreementSearch {

    Result search(SearchRequest request);

    Optional<Map<String, Object>> get(String id);

    /** The agreement a document belongs to. */
    Optional<Map<String, Object>> ofDocument(String documentId);

    /**
     * One page of agreements, the total, facets and the cursor to the next page (null at the end);
     * {@code partial} as in {@link SearchResult}.
     */
    record Result(long total, long tookMs, List<Map<String, Object>> hits,
                  Map<String, List<SearchResult.Bucket>> facets, String next, boolean partial) {
    }
}
