package org.pacta.web.search;

import io.swagger.v3.oas.annotations.media.Schema;
import org.pacta.core.search.PassageHit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A passage as the API shows it: where it is, what it says about the words, and the address of that place. */
@Schema(name = "Passage")
public record PassageMatch(
        @Schema(description = "Its place in the document, from 0; the document page's anchor is p-<ordinal>") int ordinal,
        @Schema(description = "How a person cites it: Article 24.6, Annex II, p. 37, ¶ 4") String locator,
        @Schema(description = "Its heading, if it has one") String heading,
        @Schema(description = "The page it starts on, for formats with pages") Integer page,
        @Schema(description = "Offset of its first character in the document's text") int start,
        @Schema(description = "Offset after its last character") int end,
        @Schema(description = "HTML-escaped text with <mark> around the matched words; null without words")
        String snippet,
        @Schema(description = "The web page of the document scrolled to this passage (with the words, when given)")
        String link) {

    public static PassageMatch of(String documentId, PassageHit passage, String query) {
        String words = query == null || query.isBlank() ? ""
                : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
        return new PassageMatch(passage.ordinal(), passage.locator(), passage.heading(), passage.page(), passage.start(),
                passage.end(), passage.snippet(), "/doc.html?id=" + documentId + words + "#p-" + passage.ordinal());
    }
}
