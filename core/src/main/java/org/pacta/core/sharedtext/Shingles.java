package org.pacta.core.sharedtext;

import java.util.List;

/**
 * Hashes of a text's shingles: each run of {@link #LENGTH} consecutive words, as 64 bits. Two texts
 * share a shingle when they hold the same five words in the same order.
 */
public final class Shingles {

    /** Five words: long enough that common phrases rarely repeat by chance, short enough to survive small edits. */
    public static final int LENGTH = 5;

    private Shingles() {
    }

    /** Hash of the shingle that starts at each word; empty for fewer than {@link #LENGTH} words. */
    public static long[] of(List<String> words) {
        int count = Math.max(0, words.size() - LENGTH + 1);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = fnv1a(words.get(i));
        }
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int j = 0; j < LENGTH; j++) {
                h = Long.rotateLeft(h, 13) ^ wordHashes[i + j];
            }
            shingles[i] = mix(h);
        }
        return shingles;
    }

    private static long fnv1a(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads the bits so that the minimum of a window is a fair sample. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
