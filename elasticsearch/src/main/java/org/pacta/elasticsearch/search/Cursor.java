package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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

    static List<FieldValue> decode(String cursor) {
        try {
            JsonNode values = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (!values.isArray()) {
                throw new IllegalArgumentException("search_after is not a cursor from a previous page");
            }
            List<FieldValue> decoded = new ArrayList<>();
            for (JsonNode value : values) {
                decoded.add(value.isNull() ? FieldValue.NULL
                        : value.isIntegralNumber() ? FieldValue.of(value.asLong())
                        : value.isNumber() ? FieldValue.of(value.asDouble())
                        : value.isBoolean() ? FieldValue.of(value.asBoolean())
                        : FieldValue.of(value.asText()));
            }
            return decoded;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new IllegalArgumentException("search_after is not a cursor from a previous page", e);
        }
    }
}
