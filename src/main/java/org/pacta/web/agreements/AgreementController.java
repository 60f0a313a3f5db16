package org.pacta.web.agreements;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.pacta.core.party.PartyNames;
import org.pacta.core.search.AgreementSearch;
import org.pacta.core.search.SearchRequest;
import org.pacta.web.search.SearchController;
import org.pacta.web.search.SearchParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Agreements: search with the documents' filters and facets, and one agreement with its timeline,
 * per-party status, sources and related agreements. Party codes come with their English names.
 */
@RestController
@RequestMapping("/api/agreements")
public class AgreementController {

    @Schema(name = "Bucket")
    public record Bucket(String key, String label, long count) {
    }

    @Schema(name = "AgreementResults")
    public record Results(long total, long tookMs,
                   @ArraySchema(schema = @Schema(ref = "#/components/schemas/AgreementHit")) List<Map<String, Object>> hits, Map<String, List<Bucket>> facets,
                   String next, @Schema(description = SearchController.PARTIAL) boolean partial) {
    }

    /** Bookkeeping of the index, not of the agreement: the change fingerprint, build time, and the text only search reads. */
    private static final List<String> INTERNAL = List.of("fingerprint", "built_at", "story");

    private final AgreementSearch search;
    private final PartyNames partyNames;
    private final SearchParameters.SharingDocuments sharing;

    public AgreementController(AgreementSearch search, PartyNames partyNames, SearchParameters.SharingDocuments sharing) {
        this.search = search;
        this.partyNames = partyNames;
        this.sharing = sharing;
    }

    @GetMapping
    Results search(HttpServletRequest request) {
        return search(SearchParameters.read(request.getParameterMap(), SearchParameters.AGREEMENT_PARAMETERS, partyNames, sharing));
    }

    /** The API's answer to a search of the agreements (what {@code GET /api/agreements} serialises). */
    public Results search(SearchRequest request) {
        AgreementSearch.Result result = search.search(request);
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, buckets) -> facets.put(facet, buckets.stream()
                .map(b -> new Bucket(b.key(), facet.equals("parties") ? name(b.key()) : b.label() != null ? b.label() : b.key(),
                        b.count())).toList()));
        return new Results(result.total(), result.tookMs(), result.hits().stream().map(this::named).toList(), facets,
                result.next(), result.partial());
    }

    @GetMapping("/{id}")
    Map<String, Object> agreement(@PathVariable String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("An agreement id is letters, digits, '.', '_' or '-' (at most 100)");
        }
        return named(search.get(id).orElseThrow(() -> new NoSuchElementException("No agreement " + id)));
    }

    /** The agreement with {@code party_names} and a {@code party_name} next to every party code it holds. */
    private Map<String, Object> named(Map<String, Object> source) {
        Map<String, Object> out = new LinkedHashMap<>(source);
        INTERNAL.forEach(out::remove);
        if (out.get("parties") instanceof List<?> codes) {
            out.put("party_names", codes.stream().map(c -> Map.of("code", c.toString(), "name", name(c.toString()))).toList());
        }
        for (String list : List.of("party_statuses", "timeline")) {
            if (out.get(list) instanceof List<?> items) {
                out.put(list, items.stream().map(this::withPartyName).toList());
            }
        }
        return out;
    }

    private Object withPartyName(Object item) {
        if (item instanceof Map<?, ?> map && map.get("party") != null) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.put("party_name", name(map.get("party").toString()));
            return copy;
        }
        return item;
    }

    private String name(String code) {
        return partyNames.displayName(code, Locale.ENGLISH);
    }

}
