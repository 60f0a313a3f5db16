package org.pacta.metadata.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pacta.metadata.text.AnchoredPattern;

/**
 * The parties in a treaty's signature blocks: after "In witness whereof" (or a closing "Done at"),
 * each "For the Government of X", "FOR THE REPUBLIC OF X", "Por el Gobierno de ...", "Pour le
 * Gouvernement de ...", "Signed by ... for the Government of X", and lines that hold nothing but
 * the signatories' names ("Republic of Angola Republic of Botswana"). Two-column blocks that text
 * extraction ran together ("For the Government of For the Government of the Republic of A the
 * Republic of B") still read as one list. A text that ends in a run of "For X" with no witness
 * clause before it ("For the Kingdom of A For the State of B ...") is a signature block too.
 */
final class SignatureReader {

    private static final AnchoredPattern WITNESS = new AnchoredPattern(Pattern.compile(
            "(?i)\\bin\\s+(?:witness|faith|testimony)\\s+where\\s*of|\\ben\\s+fe\\s+de\\s+lo\\s+cual|\\ben\\s+testimonio\\s+de\\s+lo\\s+cual"
                    + "|\\ben\\s+foi\\s+de\\s+quoi"), 40, "witness", "faith", "testimony", "cual", "quoi");
    /** "Done at Tokyo", "DONE in duplicate at", "Hecho en", "Fait à": a capitalised clause naming a place. */
    static final Pattern CLOSING = Pattern.compile(
            "\\b(?:Done|DONE|Hecho|HECHO|Fait|FAIT|Firmado|FIRMADO|Signed|SIGNED|Suscrito|SUSCRITO)\\b[^\\n.]{0,40}?"
                    + "\\b(?:at|in|en|\u00e0|a|AT|IN|EN|\u00c0|A)\\s+(?:the\\s+)?\\p{Lu}");
    /** The words that open a signature: "For", "Por", "Pour", "On behalf of", "Au nom de", "En nombre de". */
    private static final String FOR_WORDS = "for|por|pour|on\\s+behalf\\s+of|au\\s+nom\\s+d[eu]|en\\s+nombre\\s+de";
    private static final Pattern FOR = Pattern.compile("(?i)(?<![\\p{L}])(?:" + FOR_WORDS + ")\\s+");
    /** A line that opens a signature: "For the President of ...", "Pour le Gouvernement de ...". */
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "(?m)^[\\h\\p{Punct}]*(?=\\p{Lu})(?i:" + FOR_WORDS + ")\\s");
    private static final int ZONE = 3500;
    /** How far apart two signature lines may stand and still be one block (titles, seals, OCR debris). */
    private static final int SIGNATURE_GAP = 600;
    private static final int CLOSING_TAIL = 6000;
    /** How many names a line of bare names, or a closing run of "For X" without a witness clause, must give. */
    private static final int MIN_NAMES = 2;

    List<Candidate> read(Reading reading) {
        List<int[]> zones = zones(reading.text());
        List<Candidate> out = new ArrayList<>();
        for (int[] zone : zones) {
            out.addAll(forLists(reading, zone, false));
            out.addAll(bareNameLists(reading, zone));
        }
        if (zones.isEmpty()) {
            int[] tail = {Math.max(0, reading.text().length() - ZONE), reading.text().length()};
            List<Candidate> closingRun = forLists(reading, tail, true);
            if (closingRun.stream().map(Candidate::code).distinct().count() >= MIN_NAMES) {
                out.addAll(closingRun);
            }
        }
        return out;
    }

    /**
     * "For the Government of X", "Por el Gobierno de Y" ... inside {@code zone}; {@code standalone}
     * (no witness clause to go by) takes only clauses written as a signature is, with a capital "For",
     * not a "for X" inside a sentence.
     */
    private static List<Candidate> forLists(Reading reading, int[] zone, boolean standalone) {
        List<Candidate> out = new ArrayList<>();
        Matcher trigger = FOR.matcher(reading.text()).region(zone[0], zone[1]);
        int lastEnd = -1;
        while (trigger.find()) {
            if (trigger.start() < lastEnd) {
                continue; // inside the list the previous clause read ("For A For B" is one list)
            }
            if (standalone && !Character.isUpperCase(reading.text().charAt(trigger.start()))) {
                continue; // "(a) for Australia, the Treasurer": a provision, not a signature
            }
            int i = reading.lists().firstAtOrAfter(trigger.end());
            if (i >= reading.mentions().size()) {
                break;
            }
            Mention head = reading.mentions().get(i);
            if (head.start() > zone[1] || !NameLists.isFiller(reading.text().substring(trigger.end(), head.start()))) {
                continue;
            }
            for (Mention m : reading.lists().listFrom(i, zone[1])) {
                reading.candidate(m, Rule.SIGNATURE, trigger.start(), m.end()).ifPresent(out::add);
                lastEnd = m.end();
            }
        }
        return out;
    }

    /** Lines of names alone under a witness clause: "Republic of Angola Republic of Botswana". */
    private static List<Candidate> bareNameLists(Reading reading, int[] zone) {
        List<Candidate> out = new ArrayList<>();
        for (List<Mention> list : reading.partyLists(zone[0], zone[1], 0)) {
            List<Mention> names = list.stream().filter(Mention::isName).toList();
            if (names.size() < MIN_NAMES || !startsLine(reading.text(), list.get(0).start())) {
                continue;
            }
            for (Mention m : names) {
                reading.candidate(m, Rule.SIGNATURE, list.get(0).start(), list.get(list.size() - 1).end())
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** Whether only formal filler stands between the line's start and {@code offset}. */
    private static boolean startsLine(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return NameLists.isFiller(text.substring(lineStart, offset));
    }

    /**
     * {@code end}, moved on for as long as signature lines keep following each other: the block of an
     * agreement with fifty signatories and their heads of state's titles is longer than a zone.
     */
    private static int overSignatures(String text, int end) {
        Matcher line = SIGNATURE_LINE.matcher(text);
        int from = end;
        while (from < text.length() && line.find(from) && line.start() - end <= SIGNATURE_GAP) {
            end = Math.max(end, lineEnd(text, line.end()));
            from = end;
        }
        return end;
    }

    private static int lineEnd(String text, int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline;
    }

    /** The stretches after each witness clause, or else after a "Done at" near the end. */
    static List<int[]> zones(String text) {
        List<int[]> zones = new ArrayList<>();
        for (MatchResult witness : WITNESS.findAll(text)) {
            zones.add(new int[] {witness.start(), overSignatures(text, Math.min(text.length(), witness.end() + ZONE))});
        }
        if (zones.isEmpty()) {
            Matcher closing = CLOSING.matcher(text).region(Math.max(0, text.length() - CLOSING_TAIL), text.length());
            if (closing.find()) {
                zones.add(new int[] {closing.start(), overSignatures(text, Math.min(text.length(), closing.end() + ZONE))});
            }
        }
        return zones;
    }
}
