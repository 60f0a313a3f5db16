package org.pacta.core.sharedtext;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The finder's rules over passages held in memory (the Elasticsearch side is tested in its module). */
class SharedTextFinderTest {

    static final String EXPROPRIATION = "Neither Contracting Party shall take any measures of expropriation or "
            + "nationalisation against the investments of an investor of the other Contracting Party except for "
            + "a public purpose on a non-discriminatory basis under due process of law and against prompt "
            + "adequate and effective compensation.";
    static final String BOILERPLATE = "This Agreement shall enter into force on the thirtieth day after the date "
            + "of the last notification.";

    /** The port over a list, with the same contract as the index: fingerprints computed from each text. */
    record InMemory(List<PassageText> all) implements PassageTexts {
        public List<PassageText> ofDocument(String documentId) {
            return all.stream().filter(p -> p.documentId().equals(documentId)).toList();
        }

        public Map<String, Long> frequencies(Collection<String> fingerprints) {
            Map<String, Long> counts = new HashMap<>();
            for (PassageText passage : all) {
                Fingerprints.of(passage.text()).stream().filter(fingerprints::contains)
                        .forEach(f -> counts.merge(f, 1L, Long::sum));
            }
            return counts;
        }

        public void all(java.util.function.Consumer<PassageText> each) {
            all.forEach(each);
        }

        public List<PassageText> holding(List<? extends Collection<String>> groups, int atLeast, String exceptDocumentId,
                                         int limit) {
            return all.stream().filter(p -> !p.documentId().equals(exceptDocumentId))
                    .filter(p -> groups.stream().anyMatch(group ->
                            Fingerprints.of(p.text()).stream().filter(group::contains).count() >= atLeast))
                    .limit(limit).toList();
        }
    }

    private static PassageText passage(String document, int ordinal, String locator, String text) {
        return new PassageText(document, ordinal, locator, null, text);
    }

    private final InMemory archive = new InMemory(List.of(
            passage("bit-a", 0, "Article 1", "For the purposes of this Agreement the term investment means every kind of asset."),
            passage("bit-a", 1, "Article 5", EXPROPRIATION),
            passage("bit-a", 2, "Article 12", BOILERPLATE),
            passage("bit-b", 0, "Preamble", "The Government of the Republic of Ruritania and the Kingdom of Elbonia, desiring to intensify economic cooperation,"),
            passage("bit-b", 1, "Article 7", "1. " + EXPROPRIATION + " 2. The compensation shall be paid without delay."),
            passage("bit-b", 2, "Article 14", BOILERPLATE),
            passage("news", 0, "¶ 1", "Ministers met in Geneva to discuss fisheries quotas for the coming season. "
                    + "This Agreement shall enter into force on the thirtieth day after the date of the last notification.")));

    @Test
    void twoDocumentsSharingAnArticleListEachOtherWithTheAlignedPassages() {
        SharedText a = new SharedTextFinder(archive, SharedTextFinder.Settings.DEFAULTS).of("bit-a").orElseThrow();
        assertEquals(1, a.related().size());
        SharedText.Related b = a.related().get(0);
        assertEquals("bit-b", b.documentId());
        SharedText.AlignedPassages pair = b.passages().get(0);
        assertEquals("Article 5", pair.here().locator());
        assertEquals("Article 7", pair.there().locator());
        assertEquals(pair.wordsHere(), pair.sharedHere(), "all of Article 5 is in Article 7");
        assertTrue(pair.sharedThere() < pair.wordsThere(), "Article 7 has a paragraph more");
        assertEquals(pair.sharedHere(), a.sharedWords());
        assertTrue(a.share() > 0.5 && a.share() < 1, "share " + a.share());
        assertTrue(a.complete());

        SharedText fromB = new SharedTextFinder(archive, SharedTextFinder.Settings.DEFAULTS).of("bit-b").orElseThrow();
        assertEquals(List.of("bit-a"), fromB.related().stream().map(SharedText.Related::documentId).toList());
    }

    @Test
    void boilerplateOnlyOverlapIsNotReported() {
        SharedText news = new SharedTextFinder(archive, SharedTextFinder.Settings.DEFAULTS).of("news").orElseThrow();
        assertTrue(news.related().isEmpty());
        assertEquals(0, news.sharedWords());
    }

    @Test
    void aPassagesSimilarPassagesAreThoseOfOtherDocumentsWithItsText() {
        SharedTextFinder finder = new SharedTextFinder(archive, SharedTextFinder.Settings.DEFAULTS);
        List<SharedText.AlignedPassages> similar = finder.similarTo("bit-b", 1).orElseThrow();
        assertEquals(1, similar.size());
        assertEquals(new SharedText.PassageRef("bit-a", 1, "Article 5", null), similar.get(0).there());
        assertTrue(finder.similarTo("bit-b", 2).orElseThrow().isEmpty(), "boilerplate has no match");
        assertFalse(finder.similarTo("bit-b", 9).isPresent());
        assertFalse(finder.of("unknown").isPresent());
    }

    @Test
    void matchingTheWholeArchiveFindsThePairsThatEachDocumentFinds() {
        SharedTextFinder finder = new SharedTextFinder(archive, SharedTextFinder.Settings.DEFAULTS);
        ArchiveMatcher.Result result = finder.matchArchive();
        assertEquals(3, result.documents());
        assertEquals(7, result.passages());
        assertEquals(1, result.pairs().size(), "bit-a and bit-b; the boilerplate line pairs nobody");
        ArchiveMatcher.DocumentPair pair = result.pairs().get(0);
        assertEquals(List.of("bit-a", "bit-b"), List.of(pair.first(), pair.second()));
        SharedText fromA = finder.of("bit-a").orElseThrow();
        assertEquals(fromA.related().get(0).sharedWords(), pair.sharedFirst());
        assertEquals(fromA.related().get(0).passages(), pair.passages());
        assertEquals(finder.of("bit-b").orElseThrow().related().get(0).sharedWords(), pair.sharedSecond());
    }

    @Test
    void aFingerprintCommonToMoreThanTheLimitFindsNoCandidates() {
        SharedTextFinder strict = new SharedTextFinder(archive, new SharedTextFinder.Settings(30, 1, 5_000));
        assertTrue(strict.of("bit-a").orElseThrow().related().isEmpty(), "each fingerprint is held by two passages");
    }
}
