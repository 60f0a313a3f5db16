package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.pacta.core.search.SearchRequest;

/** The {@code search_after} values of a page's last hit as an opaque, URL-safe cursor that keeps their JSON types. */
final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursor() {
    }

    static String encode(List<FieldValue> sortValues) {
        List<Object> values = new ArrayList<>();
        for (FieldValue value : sortValues) {
            values.add(value.isNull() ? null : value._get());
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The sort values of a cursor made for {@code sort}: as many as its sort has, numbers where it sorts by score
     * or date and a string for the tie-breaker. Anything else (forged, or from another sort order) is refused
     * here, before Elasticsearch would fail on it.
     */
    static List<FieldValue> decode(String cursor, SearchRequest.Sort sort) {
        String refused = "search_after is not a cursor from a previous page of this search with sort="
                + sort.name().toLowerCase(java.util.Locale.ROOT);
        JsonNode values;
        try {
            values = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new IllegalArgumentException(refused, e);
        }
        int numbers = sort == SearchRequest.Sort.RELEVANCE ? 1 : 2; // score; or date and score
        if (values == null || !values.isArray() || values.size() != numbers + 1) {
            throw new IllegalArgumentException(refused);
        }
        List<FieldValue> decoded = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            boolean expected = i < numbers ? value.isNumber() && Double.isFinite(value.asDouble()) : value.isTextual();
            if (!expected || value.isBigInteger()) {
                throw new IllegalArgumentException(refused);
            }
            decoded.add(value.isIntegralNumber() ? FieldValue.of(value.asLong())
                    : value.isNumber() ? FieldValue.of(value.asDouble())
                    : FieldValue.of(value.asText()));
        }
        return decoded;
    }
}
