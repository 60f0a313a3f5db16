package org.pacta.web.search;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.pacta.core.party.PartyNames;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.DocumentSearch;
import org.pacta.core.search.SearchRequest;
import org.pacta.core.search.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Keyword and party search with facets, and party autocomplete. {@code ./pacta search --json} prints its answers too. */
@RestController
@RequestMapping("/api")
public class SearchController {

    /** A party as users read it. */
    @Schema(name = "Party")
    public record Party(String code, String name) {
    }

    @Schema(name = "SearchHit")
    public record Hit(String id, String title, String titleHighlight, List<Party> parties, String signedDate, String signedPlace, String status,
               String type, String language, String fileName, String contentType,
               @Schema(description = "The snippets of the best passages, HTML-escaped with <mark> around the matched words")
               List<String> snippets,
               @Schema(description = "The document's best 1–3 passages for the words, best first; none without words")
               List<PassageMatch> passages) {
    }

    @Schema(name = "Bucket")
    public record Bucket(String key, String label, long count) {
    }

    /** What {@code partial} in an answer means. */
    public static final String PARTIAL = "The search ran out of time (PACTA_SEARCH_TIMEOUT): hits, total and facets may be "
            + "incomplete";

    @Schema(name = "SearchResults")
    public record Results(long total, long tookMs, List<Hit> hits, Map<String, List<Bucket>> facets, String next,
                          @Schema(description = PARTIAL) boolean partial) {
    }

    record PartyCount(String code, String name, long count) {
    }

    /** The query parameters {@code GET /api/search} takes. */
    public static final Set<String> SEARCH_PARAMETERS =
            Stream.concat(SearchParameters.FILTERS.stream(), SearchParameters.PAGING.stream())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final DocumentSearch search;
    private final DocumentReader reader;
    private final PartyNames partyNames;
    private final SearchParameters.SharingDocuments sharing;

    public SearchController(DocumentSearch search, DocumentReader reader, PartyNames partyNames,
                            SearchParameters.SharingDocuments sharing) {
        this.search = search;
        this.reader = reader;
        this.partyNames = partyNames;
        this.sharing = sharing;
    }

    @GetMapping("/search")
    Results search(HttpServletRequest request) {
        return search(SearchParameters.read(request.getParameterMap(), SEARCH_PARAMETERS, partyNames, sharing));
    }

    /** The API's answer to a search (what {@code GET /api/search} serialises). */
    public Results search(SearchRequest request) {
        SearchResult result = search.search(request);
        Map<String, List<Bucket>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, buckets) -> facets.put(facet, buckets.stream()
                .map(b -> new Bucket(b.key(), facet.equals("parties") ? name(b.key()) : b.label() != null ? b.label() : b.key(),
                        b.count()))
                .toList()));
        List<Hit> hits = result.hits().stream().map(h -> new Hit(h.id(), h.title(), h.titleHighlight(),
                h.parties().stream().map(code -> new Party(code, name(code))).toList(), h.signedDate(), h.signedPlace(),
                h.status(), h.type(), h.language(), h.fileName(), h.contentType(), h.snippets(),
                h.passages().stream().map(p -> PassageMatch.of(h.id(), p, request.query())).toList())).toList();
        return new Results(result.total(), result.tookMs(), hits, facets, result.next(), result.partial());
    }

    /** At most this many parties in one autocomplete answer. */
    static final int MAX_PARTIES = 100;

    /** Parties in the archive whose code or English name starts with the prefix, most documents first. */
    @GetMapping("/parties")
    List<PartyCount> parties(@RequestParam(defaultValue = "") String prefix,
                             @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_PARTIES) {
            throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_PARTIES);
        }
        return reader.partyCounts().stream()
                .map(b -> new PartyCount(b.key(), name(b.key()), b.count()))
                .filter(p -> partyNames.startsWithTyped(p.code(), prefix) || partyNames.startsWithTyped(p.name(), prefix))
                .limit(limit)
                .toList();
    }

    private String name(String code) {
        return partyNames.displayName(code, Locale.ENGLISH);
    }
}
