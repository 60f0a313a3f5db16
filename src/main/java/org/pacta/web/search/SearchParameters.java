package org.pacta.web.search;

import org.pacta.core.party.PartyNames;
import org.pacta.core.search.SearchRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code /api/search}, {@code /api/agreements} and {@code /api/export} query parameters into a search request.
 * Unknown parameters are an error (a typo should not silently widen a search).
 */
public final class SearchParameters {

    static final Set<String> FILTERS = Set.of("q", "party", "party_mode", "year_from", "year_to", "status", "type",
            "place", "language", "shares_text_with");
    static final Set<String> PAGING = Set.of("sort", "page", "size", "search_after");
    /** What {@code /api/agreements} takes: the documents' filters and paging, without language. */
    public static final Set<String> AGREEMENT_PARAMETERS = java.util.stream.Stream.concat(FILTERS.stream(), PAGING.stream())
            .filter(p -> !p.equals("language")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The filter {@code shares_text_with}: the ids of the documents that share text with a document. */
    @FunctionalInterface
    public interface SharingDocuments {
        /** For callers that never pass {@code shares_text_with} (the command line). */
        SharingDocuments UNAVAILABLE = id -> {
            throw new IllegalArgumentException("shares_text_with is answered by the server's API");
        };

        /** @throws java.util.NoSuchElementException for an unknown document */
        List<String> of(String documentId);
    }

    private SearchParameters() {
    }

    public static SearchRequest read(Map<String, String[]> parameters, Set<String> allowed, PartyNames partyNames,
                                     SharingDocuments sharing) {
        Set<String> unknown = new TreeSet<>(parameters.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameter(s): " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", new TreeSet<>(allowed)));
        }
        return new SearchRequest(one(parameters, "q"), parties(all(parameters, "party"), partyNames),
                !"any".equals(oneOf(parameters, "party_mode", "all", "any")),
                integer(parameters, "year_from"), integer(parameters, "year_to"),
                all(parameters, "status"), all(parameters, "type"), all(parameters, "place"), all(parameters, "language"),
                SearchRequest.Sort.valueOf(oneOf(parameters, "sort", "relevance", "signed_desc", "signed_asc")
                        .toUpperCase(Locale.ROOT)),
                integerOr(parameters, "page", 0), integerOr(parameters, "size", 20), one(parameters, "search_after"),
                sharingWith(one(parameters, "shares_text_with"), sharing));
    }

    private static List<String> sharingWith(String documentId, SharingDocuments sharing) {
        if (documentId == null) {
            return null;
        }
        if (!documentId.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("'shares_text_with' takes a document id: 64 hexadecimal characters");
        }
        return sharing.of(documentId);
    }

    /** Codes or names in any language ICU knows: {@code Turquie} → TUR. */
    private static List<String> parties(List<String> given, PartyNames partyNames) {
        return given.stream()
                .map(party -> partyNames.resolve(party).orElseThrow(
                        () -> new IllegalArgumentException("Unknown party: '" + party + "' (a country or organisation name or code)")))
                .distinct()
                .toList();
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return null;
        }
        if (values.length > 1) {
            throw new IllegalArgumentException("'" + name + "' may be given once");
        }
        return values[0].strip();
    }

    private static String oneOf(Map<String, String[]> parameters, String name, String fallback, String... others) {
        String value = one(parameters, name);
        if (value == null) {
            return fallback;
        }
        if (!value.equals(fallback) && Arrays.stream(others).noneMatch(value::equals)) {
            throw new IllegalArgumentException("'" + name + "' must be one of " + fallback + ", " + String.join(", ", others));
        }
        return value;
    }

    private static List<String> all(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of() : Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Integer integer(Map<String, String[]> parameters, String name) {
        String value = one(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    private static int integerOr(Map<String, String[]> parameters, String name, int fallback) {
        Integer value = integer(parameters, name);
        return value == null ? fallback : value;
    }
}
