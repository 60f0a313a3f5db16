package org.pacta.elasticsearch.search;

import java.util.List;
import java.util.Map;
import org.pacta.core.search.PassageHit;
import org.pacta.core.search.SearchResult;

/** Turns an indexed document's source (without its text), its title's highlight and its best passages into a result hit. */
final class Hits {

    private Hits() {
    }

    static SearchResult.Hit of(String id, Map<?, ?> source, Map<String, List<String>> highlight, List<PassageHit> passages) {
        List<String> titles = highlight.getOrDefault("title", List.of());
        return new SearchResult.Hit(id, string(source, "title"), titles.isEmpty() ? null : titles.get(0),
                strings(source, "parties"), string(source, "signed_date"), string(source, "signed_place"),
                string(source, "status"), string(source, "type"), string(source, "language"),
                string(source, "file_name"), string(source, "content_type"), passages);
    }

    private static String string(Map<?, ?> source, String field) {
        Object value = source.get(field);
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Map<?, ?> source, String field) {
        Object value = source.get(field);
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
