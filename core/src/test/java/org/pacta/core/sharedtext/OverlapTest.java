package org.pacta.core.sharedtext;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverlapTest {

    private static final String ARTICLE = "Neither Contracting Party shall take any measures of expropriation or "
            + "nationalisation against the investments of an investor of the other Contracting Party except for "
            + "a public purpose and against prompt adequate and effective compensation"; // 34 words

    @Test
    void countsTheWordsOfEachSideThatLieInARunTheOtherHolds() {
        Overlap overlap = Overlap.between(Words.keys("Article 7 " + ARTICLE + " as set out below."),
                Words.keys("In this chapter, " + ARTICLE));
        assertEquals(34, overlap.sharedHere());
        assertEquals(34, overlap.sharedThere());
        assertEquals(2, overlap.here().nextSetBit(0), "the copy starts after 'Article 7'");
    }

    @Test
    void anEditedWordSplitsTheRunAndOnlyTheShingleAroundItIsLost() {
        String edited = ARTICLE.replace("the investments", "the assets");
        Overlap overlap = Overlap.between(Words.keys(ARTICLE), Words.keys(edited));
        // the 5 shingles holding "investments" differ: that word is not shared, the 33 others are
        assertEquals(33, overlap.sharedHere());
        assertEquals(false, overlap.here().get(13));
    }

    @Test
    void aRunCutShorterThanTheMinimumByAnEditNearItsEndIsNotCounted() {
        String edited = ARTICLE.replace("public purpose", "public interest");
        // "and against prompt adequate and effective compensation": 7 words after the edit, too short to count
        assertEquals(26, Overlap.between(Words.keys(ARTICLE), Words.keys(edited)).sharedHere());
    }

    @Test
    void runsShorterThanTheMinimumAreCommonPhrasesNotCopies() {
        Overlap overlap = Overlap.between(Words.keys("in accordance with the provisions of this Agreement the Parties agree"),
                Words.keys("measures taken in accordance with the provisions of national law"));
        assertEquals(0, overlap.sharedHere());
        assertEquals(0, overlap.sharedThere());
    }

    @Test
    void aCopyInsideALongScheduleIsFoundFromEitherSide() {
        Random random = new Random(3);
        List<String> schedule = new ArrayList<>(randomWords(random, 20_000, 5_000));
        schedule.addAll(12_345, Words.keys(ARTICLE));
        List<String> article = Words.keys(ARTICLE);
        Overlap fromArticle = Overlap.between(article, schedule);
        Overlap fromSchedule = Overlap.between(schedule, article);
        assertEquals(34, fromArticle.sharedHere());
        assertEquals(34, fromArticle.sharedThere());
        assertEquals(fromArticle.there(), fromSchedule.here());
        assertEquals(12_345, fromSchedule.here().nextSetBit(0));
    }

    @Test
    void agreesWithComparingEveryShingleOnTextsFullOfRepeats() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            // a vocabulary of 3 words: shingles repeat within each text and between them
            List<String> here = randomWords(random, 20 + random.nextInt(300), 3);
            List<String> there = randomWords(random, 20 + random.nextInt(300), 3);
            Overlap overlap = Overlap.between(here, there);
            assertEquals(naiveCovered(here, there), overlap.here(), "round " + round);
            assertEquals(naiveCovered(there, here), overlap.there(), "round " + round);
        }
        assertTrue(Overlap.atLeast(Overlap.Shingled.of(Words.keys(ARTICLE)),
                Overlap.Shingled.of(Words.keys(ARTICLE)), 35).isEmpty(), "34 shared words are fewer than 35");
    }

    /** Every shingle looked up in a set, every word of a held shingle marked, short runs dropped. */
    private static BitSet naiveCovered(List<String> words, List<String> other) {
        Set<Long> held = new HashSet<>();
        for (long shingle : Shingles.of(other)) {
            held.add(shingle);
        }
        long[] shingles = Shingles.of(words);
        BitSet covered = new BitSet();
        for (int i = 0; i < shingles.length; i++) {
            if (held.contains(shingles[i])) {
                covered.set(i, i + Shingles.LENGTH);
            }
        }
        BitSet kept = new BitSet();
        for (int start = covered.nextSetBit(0); start >= 0; start = covered.nextSetBit(covered.nextClearBit(start))) {
            int end = covered.nextClearBit(start);
            if (end - start >= Overlap.MIN_RUN_WORDS) {
                kept.set(start, end);
            }
        }
        return kept;
    }

    private static List<String> randomWords(Random random, int count, int vocabulary) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(vocabulary));
        }
        return words;
    }
}
