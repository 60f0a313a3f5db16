package org.pacta.web.sharedtext;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.swagger.v3.oas.annotations.media.Schema;
import org.pacta.core.sharedtext.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Two passages side by side, word by word: the runs both hold and the words that differ. Words are
 * compared as shared text compares them (case and punctuation aside) and shown as each text writes them.
 */
final class WordDiff {

    /**
     * A stretch of the two texts.
     *
     * @param op    {@code equal}: the same words on both sides; {@code change}: different words; {@code delete}:
     *              words only here; {@code insert}: words only there
     * @param here  this side's text of the stretch, as written (null for {@code insert})
     * @param there the other side's text (null for {@code delete})
     */
    @Schema(name = "DiffSegment")
    record Segment(String op, String here, String there) {
    }

    private WordDiff() {
    }

    static List<Segment> of(String hereText, String thereText) {
        List<Words.Word> here = Words.of(hereText);
        List<Words.Word> there = Words.of(thereText);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(keys(here), keys(there)).getDeltas();
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : deltas) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            if (sourceAt > i) {
                segments.add(new Segment("equal", text(hereText, here, i, sourceAt), text(thereText, there, j, targetAt)));
            }
            i = sourceAt + delta.getSource().size();
            j = targetAt + delta.getTarget().size();
            String op = delta.getType() == DeltaType.DELETE ? "delete"
                    : delta.getType() == DeltaType.INSERT ? "insert" : "change";
            segments.add(new Segment(op, op.equals("insert") ? null : text(hereText, here, sourceAt, i),
                    op.equals("delete") ? null : text(thereText, there, targetAt, j)));
        }
        if (i < here.size() || j < there.size()) {
            segments.add(new Segment("equal", text(hereText, here, i, here.size()), text(thereText, there, j, there.size())));
        }
        return segments;
    }

    private static List<String> keys(List<Words.Word> words) {
        return words.stream().map(Words.Word::key).toList();
    }

    /** The words from {@code from} (inclusive) to {@code to} (exclusive) with what lies between them. */
    private static String text(String text, List<Words.Word> words, int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(words.get(from).start(), words.get(to - 1).end());
    }
}
