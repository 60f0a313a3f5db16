package org.pacta.core.sharedtext;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintsTest {

    private static List<String> randomWords(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(50_000));
        }
        return words;
    }

    @Test
    void aSharedRunOfTheGuaranteedLengthGivesBothTextsACommonFingerprintWhereverItSits() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            List<String> run = randomWords(random, Fingerprints.GUARANTEED_WORDS);
            List<String> first = new ArrayList<>(randomWords(random, random.nextInt(300)));
            first.addAll(run);
            first.addAll(randomWords(random, random.nextInt(300)));
            List<String> second = new ArrayList<>(randomWords(random, random.nextInt(300)));
            second.addAll(run);
            second.addAll(randomWords(random, random.nextInt(300)));
            Set<String> common = new HashSet<>(Fingerprints.of(first));
            common.retainAll(Fingerprints.of(second));
            assertFalse(common.isEmpty(), "trial " + trial);
        }
    }

    @Test
    void unrelatedTextsRarelyShareAFingerprintAndAboutOneShingleInFourIsKept() {
        Random random = new Random(11);
        List<String> first = randomWords(random, 2_000);
        Set<String> firstPrints = Fingerprints.of(first);
        Set<String> secondPrints = new HashSet<>(Fingerprints.of(randomWords(random, 2_000)));
        secondPrints.retainAll(firstPrints);
        assertTrue(secondPrints.isEmpty());
        // winnowing keeps about 2 / (WINDOW + 1) of the shingles
        assertTrue(firstPrints.size() > 300 && firstPrints.size() < 600, "kept " + firstPrints.size());
    }

    @Test
    void caseLineBreaksAndPunctuationDoNotChangeTheFingerprints() {
        String text = "Each Contracting Party shall accord to investments of investors of the other Contracting Party "
                + "fair and equitable treatment and full protection and security.";
        String reflowed = text.toUpperCase().replace(" ", "\n  ").replace(".", " ;");
        assertEquals(Fingerprints.of(text), Fingerprints.of(reflowed));
        assertFalse(Fingerprints.of(text).isEmpty());
    }

    @Test
    void textsShorterThanAShingleHaveNone() {
        assertTrue(Fingerprints.of("Article 5").isEmpty());
        assertEquals(1, Fingerprints.of("one two three four five").size());
    }
}
