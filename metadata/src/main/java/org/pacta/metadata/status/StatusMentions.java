package org.pacta.metadata.status;

import org.pacta.metadata.status.StageLexicon.Form;
import org.pacta.metadata.status.StageLexicon.Phrase;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a sentence that report a stage of an agreement's life ({@link StageLexicon}) and
 * tells whether each reports something done: a verb form counts unless an unreal word stands before it
 * in its clause; a stage noun ("ratification") only with a completing verb ("approved the
 * ratification"); a legislature's vote is its ratification; but a sentence that names a first reading
 * reports that reading ("adopted in the first reading a draft law ratifying …"), not a ratification;
 * ratified, in force, terminated, withdrawn and suspended must be said of an instrument ("the
 * termination of their mission" is not an agreement's). Immutable and thread-safe.
 */
public final class StatusMentions {

    private static final String FIRST_READING = "approved in first reading";
    private static final String RATIFIED = "ratified";
    /** From this rank on, a stage is said of an instrument the sentence names. */
    private static final int SAID_OF_AN_INSTRUMENT = 5;
    private static final Pattern EFFECTIVE = Pattern.compile("\\b(with effect from|effective( from| as of)?)\\b");

    private final StageLexicon lexicon = StageLexicon.get();

    /** The stage phrases of one sentence, in order. Offsets are the document's. */
    public List<StatusMention> in(Sentence s) {
        return in(s, null);
    }

    /**
     * @param previous the sentence before, or null: a verb there may be said of the instrument it names
     *                 ("The treaty was signed in 2019. It entered into force on Monday.")
     */
    public List<StatusMention> in(Sentence s, Sentence previous) {
        String folded = Fold.foldKeepingLength(s.text());
        List<Match> matches = new ArrayList<>();
        boolean firstReading = false;
        for (Phrase p : lexicon.phrases()) {
            if (!p.mayMatch(folded)) {
                continue;
            }
            Matcher m = p.pattern().matcher(folded);
            while (m.find()) {
                matches.add(new Match(p, m.start(), m.end()));
                firstReading |= p.stage().name().equals(FIRST_READING);
            }
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        SentenceWords words = new SentenceWords(s.text());
        Judge judge = new Judge(folded, words, firstReading, previous);
        List<StatusMention> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            out.add(judge.mention(m, s.start()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private record Match(Phrase phrase, int start, int end) {
    }

    /** Whether each phrase of one sentence reports its stage as done. */
    private final class Judge {

        private final String folded;
        private final SentenceWords words;
        private final boolean firstReading;
        private final Sentence previous;
        private Boolean completed;
        private Boolean previousNamesInstrument;

        Judge(String folded, SentenceWords words, boolean firstReading, Sentence previous) {
            this.folded = folded;
            this.words = words;
            this.firstReading = firstReading;
            this.previous = previous;
        }

        StatusMention mention(Match m, int offset) {
            Phrase p = m.phrase();
            boolean counted;
            boolean announced = false;
            if (p.form() == Form.PLAN) {
                counted = true; // its phrases are themselves about the future
            } else {
                String unreal = words.unrealBefore(m.start());
                counted = unreal == null;
                if ("will".equals(unreal) && p.stage().name().equals(RATIFIED) && EFFECTIVE.matcher(folded).find()) {
                    counted = true; // "will ratify …, with effect from July 1": a decision taken
                    announced = true;
                }
                counted = counted && formHolds(m) && saidOfAnInstrument(m);
            }
            return new StatusMention(p.stage().name(), p.stage().rank(), offset + m.start(), offset + m.end(), counted,
                    announced);
        }

        private boolean formHolds(Match m) {
            if (firstReading && m.phrase().stage().name().equals(RATIFIED)) {
                return false; // "adopted in the first reading a draft law ratifying …": the law's subject, not yet done
            }
            return switch (m.phrase().form()) {
                case NOUN -> !words.unrealAfter(m.end()) && completed();
                default -> true;
            };
        }

        private boolean saidOfAnInstrument(Match m) {
            Phrase p = m.phrase();
            if (p.needsInstrument() && !words.instrumentNear(m.start(), m.end())) {
                return false;
            }
            if (p.stage().rank() < SAID_OF_AN_INSTRUMENT || words.namesInstrument()) {
                return true;
            }
            return p.form() == Form.DONE && !words.namesEarlierInstrument() && previousNamesInstrument();
        }

        /** Some completing verb of the sentence is real ("approved", not "to be approved"). */
        private boolean completed() {
            if (completed == null) {
                completed = false;
                Matcher v = lexicon.completingVerbs().matcher(folded);
                while (v.find() && !completed) {
                    completed = words.unrealBefore(v.start()) == null;
                }
            }
            return completed;
        }

        private boolean previousNamesInstrument() {
            if (previousNamesInstrument == null) {
                previousNamesInstrument = previous != null && new SentenceWords(previous.text()).namesInstrument();
            }
            return previousNamesInstrument;
        }
    }
}
