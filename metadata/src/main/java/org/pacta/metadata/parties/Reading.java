package org.pacta.metadata.parties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One text being read: its mentions, their lists, and helpers the rules share. */
final class Reading {

    /** Words after which a list of parties follows: "Agreement between", "signed by", "entre". */
    private static final Pattern TRIGGER_AT_END = Pattern.compile(
            "(?i)\\b(?:between|among|amongst|entre|comprising|by|par|por|with|con|avec|to|lends?|grants?|gives?)\\b([^.;:]*)$");
    /** What a heading says after its parties: the subject matter ("on", "concerning", "relating to"). */
    private static final Pattern TOPIC_AFTER = Pattern.compile(
            "(?i)[\\s,]*(?:on(?!\\s+(?:the\\s+)?(?:one|other)\\b)|concerning|regarding|relating|relative|respecting|for|to|sobre|relativo|relatif|concernant|acerca|en\\s+materia)\\b");
    /** A capitalised article after a lower-case word or a number: a run-on heading's next sentence
     *  ("... Arab Mediterranean countries The government of ...", "... 4 December 2001 The Government"). */
    static final String ARTICLE_AFTER_LOWER_CASE =
            "(?<=\\s[\\p{Ll}\\d][\\p{L}\\d]{0,25}[.,;:)]?\\s)(?=(?:The|THE|Los|LOS|Las|LAS|El|EL|Le|LE|Les|LES|La|LA)\\s)";
    /** Where the subject matter ends: a new sentence ("... 4 December 2001 The Government of"). */
    private static final Pattern NEW_SENTENCE = Pattern.compile(
            "[.;:]\\s|\\n\\s*\\n|" + ARTICLE_AFTER_LOWER_CASE);
    private static final Pattern IN_RESPECT_OF = Pattern.compile("(?i)\\b(?:in|with)\\s+respect\\s+(?:of|to)\\s+(?:the\\s+)?$");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "[\\n;:]|\\s[\\u2013\\u2014\\u23af-]\\s|^|" + ARTICLE_AFTER_LOWER_CASE);
    /** "the Community and its Member States", "l'Union et ses États membres", "la Comunidad y sus Estados miembros". */
    private static final Pattern AND_ITS_MEMBERS = Pattern.compile(
            "(?iu)^[\\s,]*(?:\\([^()]{0,80}\\)[\\s,]*)?(?:and|et|y|und|e)\\s+(?:its|their|ses|leurs|sus|seine|ihre|os\\s+seus)\\s+"
                    + "(?:member[\\s-]+states|États\\s+membres|etats\\s+membres|Estados\\s+miembros|Mitgliedstaaten|Estados[\\s-]+Membros)\\b");
    private static final int MAX_EVIDENCE = 600;

    private final String text;
    private final String title;
    private final Gazetteer gazetteer;
    private final NameLists lists;

    Reading(String text, String title, Gazetteer gazetteer) {
        this.text = text == null ? "" : text;
        this.title = title == null || title.isBlank() ? null : title.strip();
        this.gazetteer = gazetteer;
        this.lists = new NameLists(this.text, ShortNames.add(this.text, gazetteer.find(this.text), gazetteer));
    }

    String text() {
        return text;
    }

    String title() {
        return title;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    NameLists lists() {
        return lists;
    }

    List<Mention> mentions() {
        return lists.mentions();
    }

    /**
     * The lists inside [from, to) that name parties: a list whose first name opens a clause (at most
     * three ordinary words since the clause began: "The Government of", "PREAMBLE The") or follows
     * "between", "among", "by the delegations of"... Not the subject matter that a heading goes on to
     * ("... and the Kingdom of Norway concerning the Delimitation ... between Jan Mayen and Greenland"),
     * nor a territory a party acts for ("the United Kingdom, in respect of the Cayman Islands").
     */
    List<List<Mention>> partyLists(int from, int to) {
        return partyLists(from, to, 3);
    }

    /** As {@link #partyLists(int, int)}, allowing {@code ordinaryWords} non-formal words before a list. */
    List<List<Mention>> partyLists(int from, int to, int ordinaryWords) {
        List<List<Mention>> out = new ArrayList<>();
        int i = lists.firstAtOrAfter(from);
        int clauseStart = from;
        int topicUntil = -1;
        while (i < mentions().size() && mentions().get(i).end() <= to) {
            Mention head = mentions().get(i);
            List<Mention> list = lists.listFrom(i, to);
            int start = Math.max(clauseStart, lastBoundary(clauseStart, head.start()));
            String prefix = text.substring(start, head.start());
            boolean accepted = !list.isEmpty() && head.start() >= topicUntil && opensClause(prefix, ordinaryWords)
                    && !IN_RESPECT_OF.matcher(prefix).find();
            if (!accepted) {
                clauseStart = head.end();
                i++;
                continue;
            }
            out.add(list);
            int listEnd = list.get(list.size() - 1).end();
            if (TOPIC_AFTER.matcher(text).region(listEnd, Math.min(to, listEnd + 40)).lookingAt()) {
                Matcher next = NEW_SENTENCE.matcher(text).region(listEnd, to);
                topicUntil = next.find() ? next.start() : to;
            }
            clauseStart = listEnd;
            i += list.size();
        }
        return out;
    }

    static boolean opensClause(String prefix, int ordinaryWords) {
        if (NameLists.nonFillerWords(prefix) <= ordinaryWords) {
            return true;
        }
        Matcher m = TRIGGER_AT_END.matcher(prefix);
        return m.find() && NameLists.nonFillerWords(m.group(1)) == 0;
    }

    private int lastBoundary(int from, int to) {
        int best = from;
        Matcher m = CLAUSE_BOUNDARY.matcher(text).region(from, to);
        m.useTransparentBounds(false).useAnchoringBounds(false);
        while (m.find()) {
            best = m.end();
        }
        return best;
    }

    /**
     * A party read from a mention by {@code rule}: the state or organisation it names, or, for "the
     * Member States of X" and "X and its Member States", X standing for its members. Demonyms are
     * no parties.
     */
    Optional<Candidate> candidate(Mention m, Rule rule, int start, int end) {
        return switch (m.kind()) {
            case DEMONYM -> Optional.empty();
            case MEMBERS -> Optional.of(Candidate.of(m.code(), rule, this, start, end, Candidate.Scope.MEMBERS));
            case NAME, BODY -> Optional.of(Candidate.of(m.code(), rule, this, start, end,
                    gazetteer.isOrganisation(m.code()) && followedByItsMembers(m)
                            ? Candidate.Scope.SELF_AND_MEMBERS : Candidate.Scope.SELF));
        };
    }

    private boolean followedByItsMembers(Mention m) {
        return AND_ITS_MEMBERS.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 140)).lookingAt();
    }

    /** The sentence or line around [start, end), at most a few hundred characters. */
    int[] sentenceAround(int start, int end) {
        int s = start;
        while (s > 0 && start - s < MAX_EVIDENCE / 2) {
            char c = text.charAt(s - 1);
            if (c == '\n' || c == ';' || (c == '.' && s < text.length() && Character.isWhitespace(text.charAt(s)))) {
                break;
            }
            s--;
        }
        int e = end;
        while (e < text.length() && e - end < MAX_EVIDENCE / 2) {
            char c = text.charAt(e);
            if (c == '\n' || c == ';') {
                break;
            }
            e++;
            if (c == '.' && (e >= text.length() || Character.isWhitespace(text.charAt(e)))) {
                break;
            }
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return new int[] {s, Math.max(s, e)};
    }
}
