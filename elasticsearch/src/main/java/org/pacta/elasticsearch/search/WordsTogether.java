package org.pacta.elasticsearch.search;

import org.pacta.core.search.SearchResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Within one page of results ranked by relevance, documents where one passage holds every word of the
 * query come before those where the words are scattered over the text; each group keeps its order.
 * Only the page is reordered, so the cursor to the next page (taken from the ranked order) stays right.
 */
final class WordsTogether {

    private WordsTogether() {
    }

    static List<SearchResult.Hit> first(List<SearchResult.Hit> page, Set<String> together) {
        if (together.isEmpty() || together.size() == page.size()) {
            return page;
        }
        List<SearchResult.Hit> ordered = new ArrayList<>(page.size());
        page.stream().filter(hit -> together.contains(hit.id())).forEach(ordered::add);
        page.stream().filter(hit -> !together.contains(hit.id())).forEach(ordered::add);
        return ordered;
    }
}
