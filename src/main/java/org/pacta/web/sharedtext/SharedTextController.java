package org.pacta.web.sharedtext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.pacta.core.search.AgreementSearch;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.sharedtext.PassageText;
import org.pacta.core.sharedtext.SharedText;
import org.pacta.core.sharedtext.SharedTextFinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shared text (README: Shared text): what a document or an agreement shares with the rest of the archive,
 * two documents' shared passages side by side, and the passages that hold one passage's text.
 */
@RestController
@RequestMapping("/api")
class SharedTextController {

    @Schema(name = "PassageRef", description = "Where a passage is")
    record PassageRef(String documentId, int ordinal, String locator, String heading,
                      @Schema(description = "The document page scrolled to the passage") String link) {

        static PassageRef of(SharedText.PassageRef passage) {
            return new PassageRef(passage.documentId(), passage.ordinal(), passage.locator(), passage.heading(),
                    "/doc.html?id=" + passage.documentId() + "#p-" + passage.ordinal());
        }
    }

    @Schema(name = "SharedPassages", description = "A passage here and one there that hold the same text")
    record SharedPassages(PassageRef here, PassageRef there,
                          @Schema(description = "Words of the passage here found in the passage there") int sharedWords,
                          @Schema(description = "Words of the passage here") int words,
                          @Schema(description = "shared_words / words, 0 to 1") double share,
                          int sharedWordsThere, int wordsThere, double shareThere) {

        static SharedPassages of(SharedText.AlignedPassages pair) {
            return new SharedPassages(PassageRef.of(pair.here()), PassageRef.of(pair.there()), pair.sharedHere(),
                    pair.wordsHere(), round(pair.shareHere()), pair.sharedThere(), pair.wordsThere(),
                    round(pair.wordsThere() == 0 ? 0 : (double) pair.sharedThere() / pair.wordsThere()));
        }
    }

    @Schema(name = "SharedTextDocument", description = "A document that shares text with the one asked about")
    record RelatedDocument(String id, String title, String fileName, String agreementId,
                           @Schema(description = "Words of the document asked about that are found in this one") int sharedWords,
                           @Schema(description = "shared_words over the words of the document asked about") double share,
                           @Schema(description = "How many pairs of passages share text; the first are listed in passages")
                           int passagePairs,
                           @Schema(description = "The aligned passages in the order of the document asked about, "
                                   + "at most the request's passages") List<SharedPassages> passages) {
    }

    @Schema(name = "SharedText")
    record DocumentSharedText(String documentId, int words,
                              @Schema(description = "Its words found in at least one other document") int sharedWords,
                              @Schema(description = "shared_words / words, 0 to 1") double share,
                              @Schema(description = "False when more candidate passages existed than one answer compares")
                              boolean complete,
                              @Schema(description = "Most shared words first") List<RelatedDocument> documents) {
    }

    @Schema(name = "AlignedPassages", description = "Two passages that share text, with their word-level differences")
    record AlignedPassages(PassageRef here, PassageRef there, int sharedWords, int words, double share,
                           @Schema(description = "The two texts in stretches: equal, change, delete (only here), insert (only there)")
                           List<WordDiff.Segment> diff) {
    }

    @Schema(name = "SharedTextComparison")
    record Comparison(String documentId, String otherId, String title, String otherTitle, int sharedWords, double share,
                      List<AlignedPassages> passages) {
    }

    @Schema(name = "SharedTextAgreement", description = "An agreement (or a document in none) that shares text")
    record RelatedAgreement(@Schema(description = "Null for a document that is part of no agreement") String agreementId,
                            String title,
                            @Schema(description = "Words of one of the agreement's documents found in one of this one's: the most") int sharedWords,
                            double share,
                            @Schema(description = "The asked agreement's document of that pair") String hereDocumentId,
                            @Schema(description = "This agreement's document of that pair") String documentId,
                            @Schema(description = "All of its documents that share text with the asked agreement's") List<String> documentIds) {
    }

    @Schema(name = "AgreementSharedText")
    record AgreementSharedText(String agreementId, int words,
                               @Schema(description = "For each of its documents, the words found in the other document "
                                       + "that holds most of them; summed (a lower bound of the words found elsewhere)")
                               int sharedWords, double share, boolean complete,
                               List<RelatedAgreement> agreements) {
    }

    private static final int MAX_PASSAGES = 1_000;

    private final SharedTextFinder finder;
    private final DocumentReader reader;
    private final AgreementSearch agreements;

    SharedTextController(SharedTextFinder finder, DocumentReader reader, AgreementSearch agreements) {
        this.finder = finder;
        this.reader = reader;
        this.agreements = agreements;
    }

    @Operation(summary = "The text a document shares with other documents",
            description = "The documents it shares text with, most shared words first, each with the aligned passages")
    @GetMapping("/documents/{id}/shared-text")
    DocumentSharedText ofDocument(@PathVariable String id,
                                  @Parameter(description = "Aligned passages listed per document, 0 to " + MAX_PASSAGES
                                          + " (all of them: the side-by-side view)")
                                  @RequestParam(defaultValue = "10") int passages) {
        if (passages < 0 || passages > MAX_PASSAGES) {
            throw new IllegalArgumentException("passages must be 0 to " + MAX_PASSAGES);
        }
        SharedText shared = sharedText(id);
        List<RelatedDocument> documents = shared.related().stream().map(related -> {
            Map<String, Object> metadata = reader.metadata(related.documentId());
            return new RelatedDocument(related.documentId(), string(metadata, "title"), string(metadata, "file_name"),
                    string(metadata, "agreement_id"), related.sharedWords(), share(related.sharedWords(), shared.words()),
                    related.passages().size(), related.passages().stream().limit(passages).map(SharedPassages::of).toList());
        }).toList();
        return new DocumentSharedText(id, shared.words(), shared.sharedWords(), round(shared.share()), shared.complete(),
                documents);
    }

    @Operation(summary = "Two documents' shared passages side by side, with the words that differ")
    @GetMapping("/documents/{id}/shared-text/{otherId}")
    Comparison compare(@PathVariable String id, @PathVariable String otherId) {
        requireId(id);
        requireId(otherId);
        if (id.equals(otherId)) {
            throw new IllegalArgumentException("Compare a document with another one");
        }
        List<PassageText> ownPassages = finder.passagesOf(id);
        if (ownPassages.isEmpty()) {
            throw missing(id);
        }
        List<PassageText> otherPassages = finder.passagesOf(otherId);
        SharedText shared = finder.sharedWith(ownPassages, otherPassages);
        SharedText.Related related = shared.related().stream().filter(r -> r.documentId().equals(otherId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Documents " + id + " and " + otherId + " share no text"));
        Map<Integer, PassageText> here = byOrdinal(ownPassages);
        Map<Integer, PassageText> there = byOrdinal(otherPassages);
        List<AlignedPassages> passages = related.passages().stream().map(pair -> new AlignedPassages(
                PassageRef.of(pair.here()), PassageRef.of(pair.there()), pair.sharedHere(), pair.wordsHere(),
                round(pair.shareHere()), WordDiff.of(here.get(pair.here().ordinal()).text(),
                there.get(pair.there().ordinal()).text()))).toList();
        return new Comparison(id, otherId, string(reader.metadata(id), "title"), string(reader.metadata(otherId), "title"),
                related.sharedWords(), share(related.sharedWords(), shared.words()), passages);
    }

    @Operation(summary = "The passages of other documents that hold this passage's text",
            description = "The passage's id is its document's id, a hyphen and its ordinal (as in the document page's p-<ordinal>)")
    @GetMapping("/passages/{id}/similar")
    List<SharedPassages> similar(@PathVariable String id) {
        int hyphen = id.lastIndexOf('-');
        if (hyphen != 64 || !id.substring(hyphen + 1).matches("\\d{1,6}")) {
            throw new IllegalArgumentException("A passage id is its document's id, '-' and its ordinal");
        }
        String documentId = id.substring(0, hyphen);
        requireId(documentId);
        return finder.similarTo(documentId, Integer.parseInt(id.substring(hyphen + 1)))
                .orElseThrow(() -> new NoSuchElementException("No passage " + id))
                .stream().map(SharedPassages::of).toList();
    }

    @Operation(summary = "The text an agreement's documents share with other agreements",
            description = "Documents of the same agreement (copies, news about it) are not counted")
    @GetMapping("/agreements/{id}/shared-text")
    AgreementSharedText ofAgreement(@PathVariable String id) {
        Map<String, Object> agreement = agreements.get(id).orElseThrow(() -> new NoSuchElementException("No agreement " + id));
        List<String> own = strings(agreement.get("document_ids"));
        int words = 0;
        int sharedWords = 0;
        boolean complete = true;
        Map<String, RelatedAgreementBuilder> related = new LinkedHashMap<>();
        for (String documentId : own) {
            SharedText shared = finder.of(documentId).orElse(null);
            if (shared == null) {
                continue;
            }
            words += shared.words();
            complete &= shared.complete();
            int mostOutside = 0;
            for (SharedText.Related other : shared.related()) {
                Map<String, Object> metadata = reader.metadata(other.documentId());
                String agreementId = string(metadata, "agreement_id");
                if (own.contains(other.documentId()) || id.equals(agreementId)) {
                    continue; // another source of the same agreement
                }
                related.computeIfAbsent(agreementId != null ? agreementId : "document:" + other.documentId(),
                        key -> new RelatedAgreementBuilder(agreementId, title(agreementId, metadata))).add(documentId, other);
                mostOutside = Math.max(mostOutside, other.sharedWords());
            }
            sharedWords += mostOutside;
        }
        int total = words;
        List<RelatedAgreement> list = related.values().stream().map(b -> b.build(total))
                .sorted(Comparator.comparingInt(RelatedAgreement::sharedWords).reversed()).toList();
        return new AgreementSharedText(id, words, sharedWords, share(sharedWords, words), complete, list);
    }

    /** What one agreement's documents share with one other agreement's: the pair of documents that shares most. */
    private static final class RelatedAgreementBuilder {
        private final String agreementId;
        private final String title;
        private final List<String> documentIds = new ArrayList<>();
        private String hereDocumentId;
        private String documentId;
        private int sharedWords = -1;

        RelatedAgreementBuilder(String agreementId, String title) {
            this.agreementId = agreementId;
            this.title = title;
        }

        void add(String here, SharedText.Related other) {
            if (!documentIds.contains(other.documentId())) {
                documentIds.add(other.documentId());
            }
            if (other.sharedWords() > sharedWords) {
                sharedWords = other.sharedWords();
                hereDocumentId = here;
                documentId = other.documentId();
            }
        }

        RelatedAgreement build(int words) {
            return new RelatedAgreement(agreementId, title, sharedWords, share(sharedWords, words), hereDocumentId,
                    documentId, List.copyOf(documentIds));
        }
    }

    private String title(String agreementId, Map<String, Object> documentMetadata) {
        if (agreementId != null) {
            Object title = agreements.get(agreementId).map(a -> a.get("title")).orElse(null);
            if (title != null) {
                return title.toString();
            }
        }
        String title = string(documentMetadata, "title");
        return title != null ? title : string(documentMetadata, "file_name");
    }

    private SharedText sharedText(String id) {
        requireId(id);
        return finder.of(id).orElseThrow(() -> missing(id));
    }

    private NoSuchElementException missing(String id) {
        return new NoSuchElementException(reader.metadata(id).isEmpty()
                ? "No document " + id : "Document " + id + " has no passages (archived before they were cut: ./pacta reindex)");
    }

    private static Map<Integer, PassageText> byOrdinal(List<PassageText> passages) {
        return passages.stream().collect(Collectors.toMap(PassageText::ordinal, Function.identity(), (a, b) -> a));
    }

    private static void requireId(String id) {
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A document id is 64 hexadecimal characters");
        }
    }

    private static String string(Map<String, Object> source, String field) {
        Object value = source.get(field);
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Object values) {
        return values instanceof List<?> list ? list.stream().map(Object::toString).toList() : new ArrayList<>();
    }

    private static double share(int shared, int words) {
        return words == 0 ? 0 : round((double) shared / words);
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
