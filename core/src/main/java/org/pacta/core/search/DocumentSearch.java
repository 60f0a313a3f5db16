package org.pacta.core.search;

/** The port for searching documents: words, filters, order and page in; one page of hits and facets out. */
public interface DocumentSearch {

    SearchResult search(SearchRequest request);
}
