package org.pacta.metadata.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pacta.metadata.text.AnchoredPattern;

/**
 * Parties named by the articles themselves: the first article's "between X and Y" ("Trade between
 * the European Economic Community, on the one hand, and the Principality of Andorra, on the other",
 * "a free-trade area, comprising the Republic of Estonia and ..."), and a founding treaty's
 * membership clause ("Membership of the Community shall be open to (i) Antigua (ii) Bahamas ...").
 */
final class ArticleReader {

    private static final Pattern NEXT_ARTICLE = Pattern.compile(
            "(?m)^\\s*(?:ARTICLE|Article|ART\u00cdCULO|Art\u00edculo|ARTICULO|Articulo)\\s+(?:2|II|TWO|Two)\\b");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:between|among|amongst|comprising|entre)\\s");
    private static final Pattern REFERENCED_INSTRUMENT = Pattern.compile(
            "(?i)(?<!\\b(?:this|the\\s+present)\\s)\\b(?:agreements?|conventions?|treat(?:y|ies)|protocols?|accords?|arrangements?|declarations?|acuerdos?|tratados?)\\s*$"
                    // or a named instrument earlier in the clause: "the Interim Agreement on trade and cooperation between"
                    + "|(?<!\\b(?:[Tt]his|[Tt]he\\s+present)\\s)\\b(?:Agreement|Convention|Treaty|Protocol|Acuerdo|Tratado)\\b[^.;:]{0,60}$");
    private static final AnchoredPattern MEMBERSHIP = new AnchoredPattern(Pattern.compile(
            "(?i)\\bmembership\\s+of\\s+the\\s+[\\p{L} ]{1,60}?\\s+shall\\s+be\\s+open\\s+to\\b"
                    + "|\\b(?:original|founding)\\s+members\\s+(?:of\\s+the\\s+[\\p{L} ]{1,60}?\\s+)?(?:shall\\s+be|are)\\b"),
            120, "membership", "members");
    /** Where the first article's first sentence begins: after its heading line and a paragraph number. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(?:[^\\n]{0,80}\\n)?\\s*(?:1\\s*[.)]\\s*)?");
    /** What a list of parties as the first article's subject goes on to: "The Community and Poland shall establish". */
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "(?i)^[\\s,]*(?:\\([^()]{0,80}\\)[\\s,]*)?(?:shall|will|hereby|have|agree|undertake|establish|conclude|acuerdan|establecen|conviennent|\\u00e9tablissent)\\b");
    private static final int ARTICLE_MAX = 2500;

    /** "Trade between X, on the one hand, and Y" in the first article; for texts without a preamble. */
    List<Candidate> openingArticle(Reading reading) {
        List<Candidate> out = new ArrayList<>();
        String text = reading.text();
        Matcher first = PreambleReader.FIRST_ARTICLE.matcher(text);
        if (first.find()) {
            int start = first.end();
            int max = Math.min(text.length(), start + ARTICLE_MAX);
            Matcher next = NEXT_ARTICLE.matcher(text).region(start, max);
            int end = next.find() ? next.start() : max;
            if (subjectOf(reading, start, end, out)) {
                return out;
            }
            Matcher between = BETWEEN.matcher(text).region(start, end);
            while (between.find()) {
                if (REFERENCED_INSTRUMENT.matcher(text.substring(Math.max(0, between.start() - 90), between.start())).find()) {
                    continue; // "the Cooperation Agreement between X and the EEC" names another treaty's parties
                }
                if (add(listRightAfter(reading, between.end(), end), Rule.OPENING_ARTICLE, reading, between.start(), out)) {
                    break;
                }
            }
        }
        return out;
    }

    /** "ARTICLE 1 / 1. The Community and Poland shall gradually establish a free-trade area": parties as the subject. */
    private static boolean subjectOf(Reading reading, int start, int end, List<Candidate> out) {
        Matcher sentence = FIRST_SENTENCE.matcher(reading.text()).region(start, end);
        if (!sentence.lookingAt()) {
            return false;
        }
        List<Mention> list = listRightAfter(reading, sentence.end(), end);
        if (list.stream().filter(Mention::isName).map(Mention::code).distinct().count() < 2) {
            return false;
        }
        int listEnd = list.get(list.size() - 1).end();
        if (!SUBJECT_VERB.matcher(reading.text()).region(listEnd, Math.min(end, listEnd + 120)).lookingAt()) {
            return false;
        }
        return add(list, Rule.OPENING_ARTICLE, reading, sentence.end(), out);
    }

    /** "Membership of the Community shall be open to (i) Antigua (ii) Bahamas ...". */
    List<Candidate> membershipClause(Reading reading) {
        List<Candidate> out = new ArrayList<>();
        String text = reading.text();
        List<java.util.regex.MatchResult> found = MEMBERSHIP.findAll(text);
        if (!found.isEmpty()) {
            java.util.regex.MatchResult membership = found.get(0);
            int limit = Math.min(text.length(), membership.end() + 1500);
            add(listRightAfter(reading, membership.end(), limit), Rule.MEMBERSHIP_CLAUSE, reading, membership.start(), out);
        }
        return out;
    }

    /** The list that starts right after {@code from} (only filler before its first name). */
    private static List<Mention> listRightAfter(Reading reading, int from, int limit) {
        int i = reading.lists().firstAtOrAfter(from);
        if (i >= reading.mentions().size()) {
            return List.of();
        }
        Mention head = reading.mentions().get(i);
        if (head.end() > limit || !NameLists.isFiller(reading.text().substring(from, head.start()))) {
            return List.of();
        }
        return reading.lists().listFrom(i, limit);
    }

    private static boolean add(List<Mention> list, Rule rule, Reading reading, int triggerStart, List<Candidate> out) {
        boolean any = false;
        for (Mention m : list) {
            Optional<Candidate> c = reading.candidate(m, rule, triggerStart, m.end());
            c.ifPresent(out::add);
            any |= c.isPresent();
        }
        return any;
    }
}
