package org.pacta.metadata.fields;

import org.pacta.core.document.Evidence;
import org.pacta.metadata.dates.DateLexicon;
import org.pacta.metadata.kinds.InstrumentLexicon;
import org.pacta.metadata.text.Fold;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.Tokenizer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agreement's own title. In an agreement text: its heading, the first lines of the title block that
 * name an instrument ("FREE TRADE AGREEMENT | BETWEEN | THE EFTA STATES | AND | …"), joined, and cut where
 * the preamble, a date or the body starts. In news: a quoted title ("The MoU, titled "Memorandum of
 * Understanding between …"") or a named instrument ("the 1986 International Cocoa Agreement"). Else
 * the file's own title (HTML {@code <title>}, Word properties) with low confidence. Stateless and
 * thread-safe.
 */
public final class TitleReader {

    /** Where the heading ends: the preamble's first words. */
    private static final Set<String> PREAMBLE_WORDS = Set.of("preamble", "preambulo", "preambule", "article",
            "articulo", "chapter", "capitulo", "chapitre", "artikel", "whereas", "considerando", "considerant");
    private static final Set<String> PREAMBLE_SUBJECTS = Set.of("government", "governments", "parties", "party",
            "states", "state", "signatories", "contracting", "republic", "kingdom", "high", "member", "gobierno",
            "gobiernos", "estados", "partes", "republica", "gouvernement", "gouvernements", "etats",
            "republique", "undersigned", "delegations", "sides", "ministry");
    private static final Set<String> PREAMBLE_ARTICLES = Set.of("the", "los", "las", "el", "la", "le", "les");
    private static final Set<String> JOINERS = Set.of("between", "and", "among", "amongst", "of", "on", "the",
            "for", "concerning", "relating", "to", "entre", "y", "et", "de", "del", "la", "le", "les", "des", "du",
            "sur", "sobre", "con", "with", "in", "regarding", "establishing");
    /** Lower-case words a title may have before its instrument noun ("Convention of the …", "1986 International …"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "on", "for", "to", "a", "an", "de",
            "del", "la", "le", "les", "des", "du", "y", "et", "el", "los", "las", "between", "entre");
    private static final Pattern QUOTED = Pattern.compile("[\"“«]([^\"”»\\n]{12,400})[\"”»]");
    private static final int HEAD_CHARS = 1500;
    private static final int MAX_TITLE = 400;

    public Optional<Finding<String>> read(Analysis a) {
        Optional<Finding<String>> own = a.isNews() ? newsTitle(a) : heading(a);
        if (own.isPresent()) {
            return own;
        }
        String fileTitle = a.document().title();
        if (fileTitle != null && !fileTitle.isBlank()) {
            String t = fileTitle.replaceAll("\\s+", " ").trim();
            int at = a.text().indexOf(t);
            // the file's own metadata: shown where the text repeats it, else with no sentence
            Evidence e = at >= 0 ? a.view().evidence(t, at, at + t.length(), 0.3) : new Evidence(t, "", 0, 0, 0.3);
            return Optional.of(new Finding<>(t, e));
        }
        return Optional.empty();
    }

    /** The heading of an agreement text: the title block's lines that name an instrument. */
    public Optional<Finding<String>> heading(Analysis a) {
        List<Token> tokens = a.view().tokens();
        InstrumentLexicon lex = InstrumentLexicon.get();
        String fileTitle = a.document().title() == null ? null : Fold.fold(a.document().title().replaceAll("\\s+", " ").trim());
        int lines = 0;
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < HEAD_CHARS && lines < 6) {
            int lineEnd = i + 1;
            while (lineEnd < tokens.size() && tokens.get(lineEnd).breakBefore() == 0) {
                lineEnd++;
            }
            lines++;
            if (preambleStarts(tokens, i)) {
                return Optional.empty();
            }
            String line = a.text().substring(tokens.get(i).start(), tokens.get(lineEnd - 1).end());
            boolean isFileTitle = fileTitle != null && Fold.fold(line.replaceAll("\\s+", " ").trim()).equals(fileTitle);
            int hit = -1;
            for (int k = i; k < Math.min(lineEnd, i + 10) && !isFileTitle; k++) {
                if (lex.at(tokens, k) != null) {
                    hit = k;
                    break;
                }
                Token w = tokens.get(k);
                if (w.isWord() && !w.capitalized() && !FUNCTION_WORDS.contains(w.norm())) {
                    break; // "Additionally see the Protocol …" is a note, not a title
                }
            }
            if (hit >= 0) {
                int end = titleEnd(tokens, i, lineEnd);
                String title = a.text().substring(tokens.get(i).start(), tokens.get(end - 1).end())
                        .replaceAll("\\s+", " ").trim();
                if (title.length() > MAX_TITLE) {
                    title = title.substring(0, title.lastIndexOf(' ', MAX_TITLE)).trim();
                }
                return Optional.of(new Finding<>(title, a.view().evidence(title, tokens.get(i).start(),
                        tokens.get(end - 1).end(), 0.85)));
            }
            i = lineEnd;
        }
        return Optional.empty();
    }

    /** Where the title that starts at {@code from} ends: over continuation lines, up to the preamble. */
    private static int titleEnd(List<Token> tokens, int from, int lineEnd) {
        boolean caps = tokens.get(from).allCaps();
        int k = from;
        while (k < tokens.size() && tokens.get(k).start() - tokens.get(from).start() < MAX_TITLE + 100) {
            Token t = tokens.get(k);
            if (k > from) {
                Token prev = tokens.get(k - 1);
                if (t.breakBefore() > 0) {
                    // a single line break continues the title unless the previous line ended a sentence;
                    // over a blank line only a joining word carries it on ("Trade Agreement | between | …")
                    boolean joined = t.breakBefore() == 1
                            ? !(prev.is(".") || prev.is(";") || prev.is(":"))
                            : JOINERS.contains(prev.norm()) || JOINERS.contains(t.norm())
                              && (Character.isLowerCase(t.text().charAt(0)) || caps && t.text().equals(t.text().toUpperCase()));
                    if (!joined || preambleStarts(tokens, k)) {
                        break;
                    }
                } else if (preambleStarts(tokens, k)) {
                    break;
                }
                if (t.is("_") || t.norm().matches("_+") || t.is("(") && k + 1 < tokens.size() && tokens.get(k + 1).isNumber()) {
                    break;
                }
                if (t.isNumber() && t.digitValue() >= 1 && t.digitValue() <= 31 && k + 1 < tokens.size()
                        && DateLexicon.get().month(tokens.get(k + 1).norm()) != 0) {
                    break; // a date set with the title
                }
                if (prev.is(".") && t.capitalized() && (k < 2 || tokens.get(k - 2).text().length() > 2)) {
                    break; // a full stop ends it
                }
                if (caps && t.isWord() && !t.allCaps() && t.text().length() > 1 && !JOINERS.contains(t.norm())) {
                    break; // a heading in capitals ends where ordinary text starts
                }
            }
            k++;
        }
        while (k > from + 1 && (tokens.get(k - 1).is(",") || tokens.get(k - 1).is(":") || tokens.get(k - 1).is("-")
                || JOINERS.contains(tokens.get(k - 1).norm()))) {
            k--;
        }
        return Math.max(k, from + 1);
    }

    /** "PREAMBLE", "ARTICLE 1", or "The Government(s) of …" not after "between"/"and". */
    private static boolean preambleStarts(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (PREAMBLE_WORDS.contains(t.norm()) && t.capitalized()) {
            return true;
        }
        if (PREAMBLE_ARTICLES.contains(t.norm()) && t.capitalized() && k + 1 < tokens.size()
                && PREAMBLE_SUBJECTS.contains(tokens.get(k + 1).norm())) {
            return k == 0 || !JOINERS.contains(tokens.get(k - 1).norm());
        }
        return false;
    }

    /** A quoted title in news, or a named instrument ("the International Natural Rubber Agreement"). */
    private Optional<Finding<String>> newsTitle(Analysis a) {
        InstrumentLexicon lex = InstrumentLexicon.get();
        Matcher m = QUOTED.matcher(a.text());
        while (m.find()) {
            String q = m.group(1).trim().replaceAll("[,.;]+$", "");
            List<Token> qt = Tokenizer.tokenize(q);
            if (!qt.isEmpty() && lex.at(qt, 0) != null && qt.get(0).capitalized()) {
                return Optional.of(new Finding<>(q, a.view().evidence(q, m.start(1), m.end(1), 0.85)));
            }
        }
        List<Token> tokens = a.view().tokens();
        int bodyStart = a.dateline().map(d -> d.start()).orElse(0);
        for (int k = a.view().tokenIndexAt(bodyStart); k < tokens.size(); k++) {
            InstrumentLexicon.Hit hit = lex.at(tokens, k);
            if (hit == null || !tokens.get(k).capitalized() || tokens.get(k).allCaps()) {
                continue;
            }
            int s = k;
            while (s > 0 && tokens.get(s - 1).isWord() && tokens.get(s - 1).capitalized() && !tokens.get(s - 1).allCaps()
                    && tokens.get(s).breakBefore() < 2 && k - s < 6 && !Set.of("The", "A", "An").contains(tokens.get(s - 1).text())) {
                s--;
            }
            if (k - s >= 2) {
                String title = a.text().substring(tokens.get(s).start(), tokens.get(hit.to() - 1).end())
                        .replaceAll("\\s+", " ");
                return Optional.of(new Finding<>(title, a.view().evidence(title, tokens.get(s).start(),
                        tokens.get(hit.to() - 1).end(), 0.6)));
            }
        }
        return Optional.empty();
    }
}
