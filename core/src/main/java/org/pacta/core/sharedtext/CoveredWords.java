package org.pacta.core.sharedtext;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** A document's words found elsewhere, passage by passage: a word held by several copies counts once. */
final class CoveredWords {

    private final Map<Integer, BitSet> byPassage = new HashMap<>();

    /** Marks the words of the passage at {@code ordinal} that an overlap found (by their positions). */
    void add(int ordinal, BitSet words) {
        byPassage.computeIfAbsent(ordinal, o -> new BitSet()).or(words);
    }

    int count() {
        return byPassage.values().stream().mapToInt(BitSet::cardinality).sum();
    }
}
