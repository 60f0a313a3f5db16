package org.pacta.metadata.status;

import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.TsvRows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stages of an agreement's life and the words news use for them, in many languages, from the data
 * files beside this class: {@code stages.tsv}, {@code status-phrases.tsv}, {@code unreal-words.tsv},
 * {@code completing-verbs.tsv}, {@code legislature-words.tsv}, {@code other-objects.tsv} and
 * {@code earlier-instrument-words.tsv}. Patterns are written as the language
 * spells them and folded here, so they match the folded sentence. Immutable and thread-safe;
 * {@link #get()} is shared.
 */
public final class StageLexicon {

    /**
     * @param rank          how far along (negotiating 0 … terminated 7)
     * @param byOneParty    one party's institutions take it (a parliament ratifies), so it has an actor
     * @param timelineEvent a news report of it is a timeline event (a signing is not: the signing date is)
     */
    public record Stage(String name, int rank, boolean byOneParty, boolean timelineEvent) {
    }

    /** How a phrase reports its stage (see {@code status-phrases.tsv}). */
    public enum Form { PLAN, DONE, NOUN, VOTE }

    /**
     * @param needsInstrument the words have other meanings, so an instrument noun must stand nearby
     * @param gate            the words one of which every match starts with, or null ({@link LiteralPrefixes})
     */
    public record Phrase(Stage stage, Form form, boolean needsInstrument, Pattern pattern, LiteralPrefixes.Gate gate) {

        /** Whether the folded sentence may hold a match: one of the words every match starts with is there. */
        boolean mayMatch(String folded) {
            return gate == null || gate.mayMatch(folded);
        }
    }

    /** How far before a phrase, and after a stage noun, an unreal word reaches (in words). */
    public record Reach(int before, int after) {
    }

    private static final Pattern UPPER_CASE_ESCAPE = Pattern.compile("\\\\[A-Z]");
    private static final StageLexicon INSTANCE = new StageLexicon();

    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, Reach> unreal = new HashMap<>();
    private final Set<String> otherObjects = new HashSet<>();
    private final Set<String> earlierInstrumentWords = new HashSet<>();
    private final Pattern completingVerbs;
    private final Pattern legislature;

    private StageLexicon() {
        for (String[] cols : TsvRows.read(StageLexicon.class, "stages.tsv")) {
            stages.put(cols[0], new Stage(cols[0], Integer.parseInt(cols[1]), cols[2].equals("party"), cols[3].equals("yes")));
        }
        String legislatureWords = alternation(TsvRows.read(StageLexicon.class, "legislature-words.tsv"), 1);
        legislature = Pattern.compile("\\b" + legislatureWords + "\\b", Pattern.UNICODE_CHARACTER_CLASS);
        for (String[] cols : TsvRows.read(StageLexicon.class, "status-phrases.tsv")) {
            Stage stage = stages.get(cols[0]);
            if (stage == null) {
                throw new IllegalStateException("status-phrases.tsv names an unknown stage: " + cols[0]);
            }
            // "{LEGISLATURE}" is folded with the rest of the pattern
            String regex = pattern(cols[4]).replace("{legislature}", legislatureWords);
            phrases.add(new Phrase(stage, Form.valueOf(cols[2].toUpperCase(Locale.ROOT)),
                    cols[3].equals("instrument"), Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS),
                    LiteralPrefixes.gate(regex)));
        }
        for (String[] cols : TsvRows.read(StageLexicon.class, "unreal-words.tsv")) {
            unreal.put(Fold.fold(cols[1]), new Reach(Integer.parseInt(cols[2]), Integer.parseInt(cols[3])));
        }
        for (String[] cols : TsvRows.read(StageLexicon.class, "other-objects.tsv")) {
            otherObjects.add(Fold.fold(cols[1]));
        }
        for (String[] cols : TsvRows.read(StageLexicon.class, "earlier-instrument-words.tsv")) {
            earlierInstrumentWords.add(Fold.fold(cols[1]));
        }
        completingVerbs = Pattern.compile(alternation(TsvRows.read(StageLexicon.class, "completing-verbs.tsv"), 1),
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    public static StageLexicon get() {
        return INSTANCE;
    }

    /** The stage with this label, or null. */
    public Stage stage(String name) {
        return stages.get(name);
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    /** How far a folded word makes a stage phrase unreal, or null when it does not. */
    public Reach unreal(String foldedWord) {
        return unreal.get(foldedWord);
    }

    /** Whether a folded word names something a stage verb is said of that is no agreement ("talks"). */
    public boolean otherObject(String foldedWord) {
        return otherObjects.contains(foldedWord);
    }

    /** Whether a folded word before an instrument noun makes it an earlier one ("the previous treaty"). */
    public boolean earlierInstrumentWord(String foldedWord) {
        return earlierInstrumentWords.contains(foldedWord);
    }

    /** Verbs that say a stage named by a noun happened, over the folded sentence. */
    public Pattern completingVerbs() {
        return completingVerbs;
    }

    /** A word naming a legislature, over the folded sentence. */
    public Pattern legislature() {
        return legislature;
    }

    /** Folded, with a space standing for any run of whitespace. */
    private static String pattern(String written) {
        if (UPPER_CASE_ESCAPE.matcher(written).find()) {
            throw new IllegalStateException("an upper-case escape would not survive folding: " + written);
        }
        return Fold.fold(written.strip()).replace(" ", "\\s+");
    }

    private static String alternation(List<String[]> rows, int column) {
        List<String> parts = new ArrayList<>();
        for (String[] cols : rows) {
            parts.add("(?:" + pattern(cols[column]) + ")");
        }
        return "(?:" + String.join("|", parts) + ")";
    }
}
