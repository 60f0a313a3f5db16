package org.pacta.core.sharedtext;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What two passages really share, word by word: the words of each that lie in a run of at least
 * {@link #MIN_RUN_WORDS} words that the other holds in the same order. Shorter runs ("in accordance
 * with the", "of the Parties") are common phrases, not copies.
 *
 * @param here  the words of the first passage that are shared (by their position)
 * @param there the words of the second passage that are shared
 */
public record Overlap(BitSet here, BitSet there) {

    public static final int MIN_RUN_WORDS = 8;

    public static Overlap between(List<String> hereWords, List<String> thereWords) {
        long[] hereShingles = Shingles.of(hereWords);
        long[] thereShingles = Shingles.of(thereWords);
        return new Overlap(covered(hereShingles, hereWords.size(), sorted(thereShingles)),
                covered(thereShingles, thereWords.size(), sorted(hereShingles)));
    }

    public int sharedHere() {
        return here.cardinality();
    }

    public int sharedThere() {
        return there.cardinality();
    }

    private static long[] sorted(long[] shingles) {
        long[] copy = shingles.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** The words covered by shingles the other text holds, keeping only runs long enough to count. */
    private static BitSet covered(long[] shingles, int wordCount, long[] otherSorted) {
        BitSet covered = new BitSet(wordCount);
        for (int i = 0; i < shingles.length; i++) {
            if (Arrays.binarySearch(otherSorted, shingles[i]) >= 0) {
                covered.set(i, i + Shingles.LENGTH);
            }
        }
        for (int start = covered.nextSetBit(0); start >= 0; ) {
            int end = covered.nextClearBit(start);
            if (end - start < MIN_RUN_WORDS) {
                covered.clear(start, end);
            }
            start = covered.nextSetBit(end);
        }
        return covered;
    }
}
