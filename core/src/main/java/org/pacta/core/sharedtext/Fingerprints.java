package org.pacta.core.sharedtext;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A passage's fingerprints: the shingles that winnowing selects (Schleimer, Wilkerson, Aiken 2003,
 * "Winnowing: local algorithms for document fingerprinting"). In every {@link #WINDOW} consecutive
 * shingles the smallest hash is kept, so any run of {@link #GUARANTEED_WORDS} words that two texts share
 * gives both at least one same fingerprint, however long the passages around it. That is why copies
 * are found inside longer passages, which a similarity of whole passages (MinHash) would miss. About
 * one shingle in four is kept; they are stored as keywords, so candidates come from a terms query.
 */
public final class Fingerprints {

    public static final int WINDOW = 8;
    /** The shortest shared run of words that is sure to be found: {@code WINDOW + Shingles.LENGTH - 1}. */
    public static final int GUARANTEED_WORDS = WINDOW + Shingles.LENGTH - 1;
    /**
     * The fingerprints two passages must hold in common to be compared word by word. A single one is
     * often a stock phrase; a shared run of {@code 2 × WINDOW + Shingles.LENGTH - 1} = 20 words always gives two.
     */
    public static final int PAIR_EVIDENCE = 2;

    private Fingerprints() {
    }

    public static Set<String> of(String text) {
        return of(Words.keys(text));
    }

    /** The fingerprints in text order, each once; empty for a text shorter than a shingle. */
    public static Set<String> of(List<String> words) {
        return encoded(Shingles.of(words));
    }

    /** The fingerprints of a text's shingles ({@link Shingles#of}) as stored: base 36, in text order, each once. */
    public static Set<String> encoded(long[] shingles) {
        Set<String> encoded = new LinkedHashSet<>();
        for (long value : values(shingles)) {
            encoded.add(Long.toString(value, 36));
        }
        return encoded;
    }

    /** The fingerprints of a text's shingles as numbers (48 bits of each selected shingle), in text order, each once. */
    public static long[] values(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        if (shingles.length <= WINDOW) {
            return new long[] {min(shingles, 0, shingles.length) >>> 16};
        }
        long[] selected = new long[shingles.length - WINDOW + 1];
        int count = 0;
        int chosen = -1;
        int previous = -1;
        for (int start = 0; start + WINDOW <= shingles.length; start++) {
            if (chosen < start) {
                chosen = rightmostMin(shingles, start);
            } else if (Long.compareUnsigned(shingles[start + WINDOW - 1], shingles[chosen]) <= 0) {
                chosen = start + WINDOW - 1;
            }
            if (chosen != previous) {
                selected[count++] = shingles[chosen] >>> 16;
                previous = chosen;
            }
        }
        return Arrays.stream(selected, 0, count).distinct().toArray();
    }

    private static int rightmostMin(long[] hashes, int start) {
        int best = start;
        for (int i = start + 1; i < start + WINDOW; i++) {
            if (Long.compareUnsigned(hashes[i], hashes[best]) <= 0) {
                best = i;
            }
        }
        return best;
    }

    private static long min(long[] hashes, int from, int to) {
        long best = hashes[from];
        for (int i = from + 1; i < to; i++) {
            if (Long.compareUnsigned(hashes[i], best) < 0) {
                best = hashes[i];
            }
        }
        return best;
    }
}
