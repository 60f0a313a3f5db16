package org.pacta.metadata.related;

import org.pacta.core.document.InstrumentMention;
import org.pacta.metadata.document.ParsedDocument;
import org.pacta.metadata.kinds.InstrumentLexicon;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Other agreements a document names: a capitalised instrument noun with a proper name before or after
 * it ("the 2021 Shusha Declaration", "the WTO Agreement", "Agreement on Safeguards", "Treaty of
 * Rome"), with the year written before it. Common nouns ("a defense cooperation agreement"), bare ones
 * ("this Agreement"), headings (capitalised or on a line of their own) and the document's own title are
 * left out. Stateless.
 */
public final class NamedInstruments {

    private static final int MAX_PER_DOCUMENT = 30;
    private static final int MAX_NAME_WORDS = 8;
    /** Capitalised words that do not make a name ("The Agreement", "This Convention", "Each Party"). */
    private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "these", "those", "such", "each",
            "any", "said", "our", "their", "its", "his", "her", "a", "an", "new", "present", "previous",
            "existing", "relevant", "other", "bilateral", "multilateral", "international", "draft", "interim",
            "el", "la", "le", "les", "los", "las", "presente", "dicho", "ce", "cet", "cette", "der", "die", "das");
    private static final Set<String> JOINERS_AFTER = Set.of("of", "on", "for", "establishing", "concerning", "relating");
    private static final Set<String> INNER_JOINERS = Set.of("of", "the", "and", "on", "for", "to", "in", "de", "la",
            "del", "des", "du");

    public List<InstrumentMention> find(ParsedDocument a, String ownTitle) {
        List<Token> tokens = a.view().tokens();
        Set<String> own = words(ownTitle == null ? "" : ownTitle);
        int bodyStart = a.dateline().map(d -> d.start()).orElse(0);
        Map<String, InstrumentMention> found = new LinkedHashMap<>();
        InstrumentLexicon lexicon = InstrumentLexicon.get();
        for (int k = 0; k < tokens.size() && found.size() < MAX_PER_DOCUMENT; k++) {
            Token noun = tokens.get(k);
            if (noun.start() < bodyStart || !noun.capitalized() || noun.allCaps() && noun.text().length() > 3) {
                continue;
            }
            InstrumentLexicon.Hit hit = lexicon.at(tokens, k);
            if (hit == null) {
                continue;
            }
            int from = nameStart(tokens, hit.from());
            int to = nameEnd(tokens, hit.to());
            k = hit.to() - 1;
            if (from == hit.from() && to == hit.to() || aWholeLine(tokens, from, to)) {
                continue; // a bare noun, or a heading ("Institutional Arrangements")
            }
            String name = a.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
            Set<String> nameWords = words(name);
            if (nameWords.isEmpty() || own.containsAll(nameWords)) {
                continue;
            }
            Integer year = yearBefore(tokens, from);
            int start = year != null ? tokens.get(from - 1).start() : tokens.get(from).start();
            String key = nameWords + "|" + year;
            found.putIfAbsent(key, new InstrumentMention(name, year,
                    a.view().evidence(name, start, tokens.get(to - 1).end(), 0.7)));
        }
        return withoutUndatedTwins(found);
    }

    /** Whether the name is a line of its own: an article heading, not a reference. */
    private static boolean aWholeLine(List<Token> tokens, int from, int to) {
        boolean startsLine = from == 0 || tokens.get(from).breakBefore() > 0;
        boolean endsLine = to >= tokens.size() || tokens.get(to).breakBefore() > 0;
        return startsLine && endsLine;
    }

    /** Capitalised words right before the noun: "Shusha" in "the 2021 Shusha Declaration". */
    private static int nameStart(List<Token> tokens, int noun) {
        int from = noun;
        while (from > 0 && noun - from < MAX_NAME_WORDS) {
            Token t = tokens.get(from - 1);
            if (!t.isWord() || !t.capitalized() || NOT_NAMES.contains(t.norm()) || tokens.get(from).breakBefore() > 1) {
                break;
            }
            from--;
        }
        return from;
    }

    /** "of Rome", "on Safeguards", "of the United Nations": a joiner and capitalised words after the noun. */
    private static int nameEnd(List<Token> tokens, int afterNoun) {
        if (afterNoun >= tokens.size() || !JOINERS_AFTER.contains(tokens.get(afterNoun).norm())) {
            return afterNoun;
        }
        int end = afterNoun;
        int k = afterNoun + 1;
        while (k < tokens.size() && k - afterNoun < MAX_NAME_WORDS) {
            Token t = tokens.get(k);
            if (t.isWord() && t.capitalized() && !NOT_NAMES.contains(t.norm())) {
                end = k + 1;
            } else if (!(t.isWord() && INNER_JOINERS.contains(t.norm()))) {
                break;
            }
            k++;
        }
        return end;
    }

    private static Integer yearBefore(List<Token> tokens, int from) {
        if (from == 0) {
            return null;
        }
        Token t = tokens.get(from - 1);
        if (t.isNumber() && t.digitCount() == 4 && t.numberSuffix().isEmpty()) {
            int y = t.digitValue();
            return y >= 1800 && y <= 2200 ? y : null;
        }
        return null;
    }

    /** "the Shusha Declaration" said again after "the 2021 Shusha Declaration" is the same one. */
    private static List<InstrumentMention> withoutUndatedTwins(Map<String, InstrumentMention> found) {
        List<InstrumentMention> out = new ArrayList<>();
        for (Map.Entry<String, InstrumentMention> e : found.entrySet()) {
            String words = e.getKey().substring(0, e.getKey().indexOf('|') + 1);
            boolean dated = e.getValue().year() != null;
            if (dated || found.keySet().stream().noneMatch(k -> k.startsWith(words) && !k.endsWith("|null"))) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** The words that tell instruments apart, folded, without the instrument nouns and small words. */
    static Set<String> words(String title) {
        Set<String> out = new java.util.TreeSet<>();
        for (String w : Fold.fold(title).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && InstrumentLexicon.get().typeOf(w) == null && !INNER_JOINERS.contains(w)
                    && !NOT_NAMES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
