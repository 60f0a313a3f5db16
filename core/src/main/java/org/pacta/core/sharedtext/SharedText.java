package org.pacta.core.sharedtext;

import java.util.Comparator;
import java.util.List;

/**
 * The text a document shares with the rest of the archive.
 *
 * @param documentId  the document
 * @param words       how many words it has
 * @param sharedWords how many of them are found in at least one other document
 * @param related     the documents it shares text with, most shared words first
 * @param complete    false when there were more candidate passages than one answer reads, so that some
 *                    sharing may be missing
 */
public record SharedText(String documentId, int words, int sharedWords, List<Related> related, boolean complete) {

    /** The share of its words found elsewhere, 0 to 1. */
    public double share() {
        return words == 0 ? 0 : (double) sharedWords / words;
    }

    /**
     * One document that shares text with it.
     *
     * @param documentId  that document
     * @param sharedWords how many words of the first document are found in this one
     * @param passages    the aligned passages, in the first document's order
     */
    public record Related(String documentId, int sharedWords, List<AlignedPassages> passages) {
    }

    /**
     * A passage here and one there that hold the same text.
     *
     * @param sharedHere  how many words of {@code here} are shared with {@code there}
     * @param wordsHere   how many words {@code here} has
     * @param sharedThere how many words of {@code there} are shared with {@code here}
     * @param wordsThere  how many words {@code there} has
     */
    public record AlignedPassages(PassageRef here, PassageRef there, int sharedHere, int wordsHere,
                                  int sharedThere, int wordsThere) {

        /** A document's aligned passages in its text order; the most shared first at one place. */
        static final Comparator<AlignedPassages> IN_TEXT_ORDER = Comparator.comparingInt((AlignedPassages p) -> p.here().ordinal())
                .thenComparing(Comparator.comparingInt(AlignedPassages::sharedHere).reversed())
                .thenComparingInt(p -> p.there().ordinal());

        static AlignedPassages of(PassageText here, int wordsHere, PassageText there, int wordsThere, Overlap overlap) {
            return new AlignedPassages(PassageRef.of(here), PassageRef.of(there), overlap.sharedHere(), wordsHere,
                    overlap.sharedThere(), wordsThere);
        }

        /** The share of {@code here}'s words found in {@code there}, 0 to 1. */
        public double shareHere() {
            return wordsHere == 0 ? 0 : (double) sharedHere / wordsHere;
        }
    }

    /** Where a passage is: its document, place and how a person cites it. */
    public record PassageRef(String documentId, int ordinal, String locator, String heading) {

        static PassageRef of(PassageText passage) {
            return new PassageRef(passage.documentId(), passage.ordinal(), passage.locator(), passage.heading());
        }
    }
}
