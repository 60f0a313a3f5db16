package org.pacta.metadata.timeline;

import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;
import org.pacta.metadata.Analysis;
import org.pacta.metadata.kinds.InstrumentLexicon;
import org.pacta.metadata.news.ReportDates;
import org.pacta.metadata.news.SigningReport;
import org.pacta.metadata.parties.Gazetteer;
import org.pacta.metadata.parties.Mention;
import org.pacta.metadata.status.StatusMention;
import org.pacta.metadata.status.StatusMentions;
import org.pacta.metadata.text.Sentence;
import org.pacta.metadata.text.Token;
import org.pacta.metadata.text.TsvRows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stages after signing that a news article reports as done, one per sentence: "adopted in the first
 * reading", "approved … a draft law ratifying", "entered into force", "terminated". Each gets its
 * date ({@link ReportDates}: written, counted from the article's day, or the article's day), and, for a
 * parliament's act, the party whose parliament acted and that body's name. Sentences about another
 * named agreement ("the 2021 Shusha Declaration, signed by …") are left out, and so are signings:
 * the signing comes from the signing date. Agreement texts report no stages (their "shall enter into
 * force" is a rule, not news). Thread-safe.
 */
public final class EventReader {

    /** Stages a party's own institutions take. */
    private static final Set<String> BY_ONE_PARTY = Set.of("approved in first reading", "ratified", "withdrawn");
    private static final Set<String> NOT_EVENTS = Set.of("negotiating", "signed");
    private static final Pattern LEGISLATURE = Pattern.compile(
            "\\b(parliament|parliamentary|legislature|lawmakers|legislators|deputies|MPs|senate|congress|national assembly|duma|diet)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^(['’]s)?\\s+$");
    private static final Pattern OF_GAP = Pattern.compile("^\\s+of\\s+(the\\s+)?$");

    private final StatusMentions statuses = new StatusMentions();
    private final Gazetteer gazetteer;
    private final Map<String, String> legislatures = new HashMap<>();

    public EventReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String[] cols : TsvRows.read(EventReader.class, "legislatures.tsv")) {
            legislatures.put(cols[0], cols[1]);
        }
    }

    /**
     * @param parties the document's parties: an act is credited only to one of them
     * @param others  the other agreements the document names
     */
    public List<ReportedEvent> read(Analysis a, List<String> parties, List<InstrumentMention> others) {
        if (!a.isNews()) {
            return List.of();
        }
        List<ReportedEvent> events = new ArrayList<>();
        List<Sentence> sentences = a.view().sentences();
        int bodyStart = a.dateline().map(d -> d.start()).orElse(0);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.end() <= bodyStart || aboutAnotherAgreement(s, others)) {
                continue;
            }
            StatusMention stage = furthestDone(s);
            if (stage == null) {
                continue;
            }
            int from = a.view().tokenIndexAt(s.start());
            int to = a.view().tokenIndexAt(s.end());
            int verb = a.view().tokenIndexAt(stage.start());
            ReportDates.Found when = ReportDates.near(a, from, Math.max(to, from + 1), verb);
            String basis = when.date() == null ? null
                    : when.how() == SigningReport.DateHow.IMPLIED ? "article date" : "stated";
            Actor actor = BY_ONE_PARTY.contains(stage.status()) ? actor(sentences, i, parties) : Actor.NONE;
            events.add(new ReportedEvent(stage.status(), when.date(), basis, actor.party(), actor.body(),
                    a.view().evidence(stage.status(), stage.start(), stage.end(), when.score())));
        }
        return events;
    }

    /** The furthest stage a sentence reports as done about an instrument, or null. */
    private StatusMention furthestDone(Sentence s) {
        StatusMention best = null;
        for (StatusMention m : statuses.in(s)) {
            if (m.counted() && !NOT_EVENTS.contains(m.status()) && (best == null || m.rank() > best.rank())) {
                best = m;
            }
        }
        return best != null && namesInstrument(s.text()) ? best : null;
    }

    private static boolean namesInstrument(String sentence) {
        List<Token> tokens = org.pacta.metadata.text.Tokenizer.tokenize(sentence);
        for (int k = 0; k < tokens.size(); k++) {
            if (InstrumentLexicon.get().at(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The sentence names another agreement and no instrument noun of its own. */
    private static boolean aboutAnotherAgreement(Sentence s, List<InstrumentMention> others) {
        // a mention's evidence is the sentence it stands in
        List<InstrumentMention> here = others.stream()
                .filter(m -> m.evidence() != null && m.evidence().start() >= s.start() && m.evidence().start() < s.end())
                .toList();
        if (here.isEmpty()) {
            return false;
        }
        String rest = s.text();
        for (InstrumentMention m : here) {
            rest = rest.replace(m.name(), " ");
        }
        return !namesInstrument(rest);
    }

    /**
     * Who acted: a body named in the sentence, a party's parliament, the only party the sentence names
     * ("Japan will ratify …"), or the nearest body or parliament before it.
     */
    private Actor actor(List<Sentence> sentences, int at, List<String> parties) {
        Actor here = actorIn(sentences.get(at).text(), parties);
        if (here != Actor.NONE) {
            return here;
        }
        List<String> named = gazetteer.find(sentences.get(at).text()).stream().map(Mention::code)
                .filter(parties::contains).distinct().toList();
        if (named.size() == 1) {
            return new Actor(named.get(0), null);
        }
        for (int i = at - 1; i >= 0; i--) {
            Actor found = actorIn(sentences.get(i).text(), parties);
            if (found != Actor.NONE) {
                return found;
            }
        }
        return Actor.NONE;
    }

    private Actor actorIn(String sentence, List<String> parties) {
        List<Mention> mentions = gazetteer.find(sentence).stream().filter(m -> parties.contains(m.code())).toList();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.BODY) {
                return new Actor(m.code(), m.text());
            }
        }
        Matcher lw = LEGISLATURE.matcher(sentence);
        while (lw.find()) {
            for (Mention m : mentions) {
                boolean before = m.end() <= lw.start() && POSSESSIVE_GAP.matcher(sentence.substring(m.end(), lw.start())).matches();
                boolean after = m.start() >= lw.end() && OF_GAP.matcher(sentence.substring(lw.end(), m.start())).matches();
                if (before || after) {
                    return new Actor(m.code(), legislatures.getOrDefault(m.code(), "Parliament"));
                }
            }
        }
        return Actor.NONE;
    }

    private record Actor(String party, String body) {
        static final Actor NONE = new Actor(null, null);
    }
}
