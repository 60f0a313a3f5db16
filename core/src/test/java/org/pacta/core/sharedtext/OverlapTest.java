package org.pacta.core.sharedtext;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
