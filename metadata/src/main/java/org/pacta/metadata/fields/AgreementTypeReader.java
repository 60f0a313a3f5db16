package org.pacta.metadata.fields;

import org.pacta.core.document.Evidence;
import org.pacta.metadata.kinds.InstrumentLexicon;
import org.pacta.metadata.news.SigningReport;
import org.pacta.metadata.status.StatusMention;
import org.pacta.metadata.status.StatusMentions;
import org.pacta.metadata.text.Sentence;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kind of instrument: treaty, agreement, convention, protocol, memorandum, exchange of notes,
 * declaration, arrangement, joint statement.
 * <p>In an agreement text: the instrument its heading names ("Memorandum of Understanding between …"
 * → memorandum, "Free Trade Agreement" → agreement, "Protocol to the 1979 Convention" → protocol); where
 * there is no heading, the instrument the text calls itself most often ("this Protocol", "el presente
 * Tratado", "le présent Traité"); then the file's own title. In news: the instrument of a quoted title,
 * else the instrument nearest to the verb that reports it ("have signed a memorandum", "terminating the
 * 1948 income tax treaty", "signed a rescheduling accord"), the headline's, then the first named.
 * Thread-safe.
 */
public final class AgreementTypeReader {

    private static final Set<String> SELF = Set.of("this", "present", "presente", "este", "esta", "ce", "cette",
            "dieses", "diese", "dieser", "bu", "настоящее", "настоящий", "настоящего", "настоящей", "настоящая");
    private static final int NEAR = 12;

    private final StatusMentions statusMentions = new StatusMentions();

    public Optional<Finding<String>> read(Analysis a, Optional<Finding<String>> title) {
        return a.isNews() ? news(a, title) : agreement(a, title);
    }

    private Optional<Finding<String>> agreement(Analysis a, Optional<Finding<String>> title) {
        InstrumentLexicon lex = InstrumentLexicon.get();
        if (title.isPresent() && title.get().evidence().confidence() >= 0.5) {
            String type = firstType(title.get().value());
            if (type != null) {
                return Optional.of(found(type, title.get(), 0.9));
            }
        }
        // the instrument the text calls itself: "this Agreement", "el presente Tratado"
        List<Token> tokens = a.view().tokens();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!SELF.contains(t.norm())) {
                continue;
            }
            InstrumentLexicon.Hit hit = lex.at(tokens, i + 1);
            if (hit == null || !tokens.get(i + 1).capitalized() && !t.is("this")) {
                continue;
            }
            counts.merge(hit.type(), 1, Integer::sum);
            firstAt.putIfAbsent(hit.type(), i);
        }
        Optional<Map.Entry<String, Integer>> top = counts.entrySet().stream().max(Map.Entry.comparingByValue());
        if (top.isPresent()) {
            String type = top.get().getKey();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            double share = top.get().getValue() / (double) total;
            Token at = tokens.get(firstAt.get(type));
            double confidence = Math.min(0.85, 0.5 + 0.05 * top.get().getValue()) * share;
            return Optional.of(new Finding<>(type, a.view().evidence(type, at.start(), at.end(), Math.max(0.3, confidence))));
        }
        if (title.isPresent()) {
            String type = firstType(title.get().value());
            if (type != null) {
                return Optional.of(found(type, title.get(), 0.5));
            }
        }
        if (a.text().isBlank()) {
            return Optional.empty();
        }
        Sentence first = a.view().sentences().get(0);
        return Optional.of(new Finding<>("agreement", a.view().evidence("agreement", first.start(), first.end(), 0.2)));
    }

    private Optional<Finding<String>> news(Analysis a, Optional<Finding<String>> title) {
        if (title.isPresent() && title.get().evidence().confidence() >= 0.8) {
            String type = firstType(title.get().value());
            if (type != null) {
                return Optional.of(found(type, title.get(), 0.85));
            }
        }
        // verbs that report the agreement's life, in text order (headline first)
        List<int[]> verbs = new ArrayList<>();
        for (Sentence s : a.view().sentences()) {
            for (StatusMention m : statusMentions.in(s)) {
                verbs.add(new int[]{m.start(), m.end()});
            }
        }
        for (SigningReport r : a.signingReports()) {
            verbs.add(new int[]{r.verbStart(), r.verbEnd()});
        }
        verbs.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<Token> tokens = a.view().tokens();
        InstrumentLexicon lex = InstrumentLexicon.get();
        for (int[] v : verbs) {
            Sentence s = a.view().sentenceAt(v[0]);
            int from = a.view().tokenIndexAt(s.start());
            int to = a.view().tokenIndexAt(s.end());
            int verb = a.view().tokenIndexAt(v[0]);
            InstrumentLexicon.Hit best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int k = from; k < to; k++) {
                InstrumentLexicon.Hit hit = lex.at(tokens, k);
                if (hit == null) {
                    continue;
                }
                int d = Math.abs(k - verb);
                if (d <= NEAR && d < bestDistance) {
                    best = hit;
                    bestDistance = d;
                }
            }
            if (best != null) {
                Token t = tokens.get(best.from());
                return Optional.of(new Finding<>(best.type(), a.view().evidence(best.type(),
                        Math.min(v[0], t.start()), Math.max(v[1], tokens.get(best.to() - 1).end()), 0.75)));
            }
        }
        if (title.isPresent()) {
            String type = firstType(title.get().value());
            if (type != null) {
                return Optional.of(found(type, title.get(), 0.6));
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            InstrumentLexicon.Hit hit = lex.at(tokens, k);
            if (hit != null) {
                return Optional.of(new Finding<>(hit.type(), a.view().evidence(hit.type(), tokens.get(k).start(),
                        tokens.get(hit.to() - 1).end(), 0.4)));
            }
        }
        return Optional.empty();
    }

    /** The first instrument a phrase names: "Protocol to the 1979 Convention" → protocol. */
    static String firstType(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        for (int k = 0; k < tokens.size(); k++) {
            InstrumentLexicon.Hit hit = InstrumentLexicon.get().at(tokens, k);
            if (hit != null) {
                return hit.type();
            }
        }
        return null;
    }

    private static Finding<String> found(String type, Finding<String> from, double confidence) {
        Evidence e = from.evidence();
        return new Finding<>(type, new Evidence(type, e.sentence(), e.start(), e.end(),
                Math.min(confidence, Math.max(e.confidence(), confidence - 0.1))));
    }
}
