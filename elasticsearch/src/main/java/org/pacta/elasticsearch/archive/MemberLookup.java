package org.pacta.elasticsearch.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the members of an archive document, and theirs (an archive inside an archive), by
 * {@code parent_sha256}: the minimal distribution has no delete-by-query, so they are deleted by id.
 */
final class MemberLookup {

    private static final int PAGE_SIZE = 5000;

    private final ElasticsearchClient client;
    private final String alias;
    private final BulkSettings settings;

    MemberLookup(ElasticsearchClient client, String alias, BulkSettings settings) {
        this.client = client;
        this.alias = alias;
        this.settings = settings;
    }

    /** Ids of every document below {@code id}, breadth first; the caller refreshed the index before. */
    Set<String> descendants(String id) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> parents = new ArrayDeque<>(List.of(id));
        while (!parents.isEmpty()) {
            for (String member : members(parents.poll())) {
                if (!member.equals(id) && found.add(member)) {
                    parents.add(member);
                }
            }
        }
        return found;
    }

    private List<String> members(String parent) {
        List<String> ids = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            List<Hit<Map>> hits = Backoff.retrying(settings, "finding the members of " + parent, () ->
                    client.search(s -> {
                        s.index(alias).size(PAGE_SIZE).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false))
                                .query(q -> q.term(t -> t.field("parent_sha256").value(parent)))
                                .sort(o -> o.field(f -> f.field("content_sha256").order(SortOrder.Asc)));
                        if (from != null) {
                            s.searchAfter(from);
                        }
                        return s;
                    }, Map.class).hits().hits());
            hits.forEach(hit -> ids.add(hit.id()));
            if (hits.size() < PAGE_SIZE) {
                return ids;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
