package org.pacta.core.sharedtext;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

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

    /**
     * A passage's shingles prepared once for the many comparisons an archive makes with it: each shingle's
     * hash (its upper 40 bits) packed with its position (the lower 24), sorted by hash. Two passages are then
     * compared by walking both sorted arrays once, with no lookup table per comparison.
     */
    public record Shingled(int words, long[] byHash) {

        static final int POSITION_BITS = 24;
        /** Shingles past this position are not compared: a passage of 16 million words is not a passage. */
        static final int MAX_SHINGLES = 1 << POSITION_BITS;

        public static Shingled of(List<String> words) {
            return of(words.size(), Shingles.of(words));
        }

        /** From a text's word count and its shingles ({@link Shingles#of}). */
        public static Shingled of(int words, long[] shingles) {
            int count = Math.min(shingles.length, MAX_SHINGLES);
            long[] packed = new long[count];
            for (int position = 0; position < count; position++) {
                packed[position] = shingles[position] & -MAX_SHINGLES | position;
            }
            Arrays.sort(packed);
            return new Shingled(words, packed);
        }

        int shingles() {
            return byHash.length;
        }
    }

    public static Overlap between(List<String> hereWords, List<String> thereWords) {
        return between(Shingled.of(hereWords), Shingled.of(thereWords));
    }

    public static Overlap between(Shingled here, Shingled there) {
        return atLeast(here, there, 0).orElseThrow();
    }

    /** The overlap when each side shares at least {@code minWords} words, else empty. */
    public static Optional<Overlap> atLeast(Shingled here, Shingled there, int minWords) {
        BitSet hereMatched = new BitSet();
        BitSet thereMatched = new BitSet();
        if (here.shingles() <= there.shingles()) {
            match(here.byHash(), there.byHash(), hereMatched, thereMatched);
        } else {
            match(there.byHash(), here.byHash(), thereMatched, hereMatched);
        }
        BitSet hereCovered = runs(hereMatched);
        if (hereCovered.cardinality() < minWords) {
            return Optional.empty();
        }
        BitSet thereCovered = runs(thereMatched);
        if (thereCovered.cardinality() < minWords) {
            return Optional.empty();
        }
        return Optional.of(new Overlap(hereCovered, thereCovered));
    }

    public int sharedHere() {
        return here.cardinality();
    }

    public int sharedThere() {
        return there.cardinality();
    }

    /**
     * Marks the positions of the shingles both sides hold. Walks the shorter side and gallops through the
     * longer one, so a 50-word passage against a 50,000-word schedule costs 50 short searches, not a scan.
     */
    private static void match(long[] shorter, long[] longer, BitSet shorterMatched, BitSet longerMatched) {
        int j = 0;
        for (int i = 0; i < shorter.length && j < longer.length; ) {
            long hash = hash(shorter[i]);
            j = firstAtLeast(longer, j, hash);
            if (j == longer.length) {
                return;
            }
            if (hash(longer[j]) != hash) {
                i++;
                continue;
            }
            for (; i < shorter.length && hash(shorter[i]) == hash; i++) {
                shorterMatched.set(position(shorter[i]));
            }
            for (; j < longer.length && hash(longer[j]) == hash; j++) {
                longerMatched.set(position(longer[j]));
            }
        }
    }

    /** The first index from {@code from} whose hash is at least {@code hash}: doubling steps, then a binary search. */
    private static int firstAtLeast(long[] sorted, int from, long hash) {
        int low = from;
        int step = 1;
        while (low + step < sorted.length && hash(sorted[low + step]) < hash) {
            low += step;
            step <<= 1;
        }
        if (hash(sorted[low]) >= hash) {
            return low;
        }
        int high = Math.min(low + step, sorted.length);
        while (low + 1 < high) {
            int middle = (low + high) >>> 1;
            if (hash(sorted[middle]) < hash) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return high;
    }

    private static long hash(long packed) {
        return packed >> Shingled.POSITION_BITS;
    }

    private static int position(long packed) {
        return (int) (packed & Shingled.MAX_SHINGLES - 1);
    }

    /**
     * The words covered by matched shingles, keeping only runs long enough to count. Shingles whose words
     * touch or overlap make one run.
     */
    private static BitSet runs(BitSet matchedShingles) {
        BitSet covered = new BitSet();
        int runStart = 0;
        int runEnd = -1;
        for (int i = matchedShingles.nextSetBit(0); i >= 0; i = matchedShingles.nextSetBit(i + 1)) {
            if (i > runEnd) {
                keepRun(covered, runStart, runEnd);
                runStart = i;
            }
            runEnd = i + Shingles.LENGTH;
        }
        keepRun(covered, runStart, runEnd);
        return covered;
    }

    private static void keepRun(BitSet covered, int start, int end) {
        if (end - start >= MIN_RUN_WORDS) {
            covered.set(start, end);
        }
    }
}
