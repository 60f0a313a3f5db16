package org.pacta.metadata.timeline;

import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;
import org.pacta.metadata.fields.Analysis;
import org.pacta.metadata.news.SigningReport;
import org.pacta.metadata.news.StageReport;
import org.pacta.metadata.parties.Gazetteer;
import org.pacta.metadata.status.NewsInstruments;
import org.pacta.metadata.status.StageLexicon;
import org.pacta.metadata.status.StatusMention;
import org.pacta.metadata.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages after signing that a news article reports as done, one per sentence: "adopted in the first
 * reading", "approved … a draft law ratifying", "entered into force", "a dénoncé le traité" (the stage
 * reports of {@link Analysis#stageReports()}). Each has its date (written, counted from the article's
 * day, or the article's day, marked as such), and, for a stage one party takes, the party and the body
 * that acted ({@link Actors}). Sentences about another named agreement ("the 2021 Shusha Declaration,
 * signed by …") are left out, and so are signings: the signing comes from the signing date. Agreement
 * texts report no stages (their "shall enter into force" is a rule, not news). Thread-safe.
 */
public final class EventReader {

    /** Below this rank a stage ("adopted", "approved in first reading") is an event only where the sentence names an instrument. */
    private static final int SAID_OF_AN_INSTRUMENT = 5;

    private final StageLexicon lexicon = StageLexicon.get();
    private final Actors actors;

    public EventReader(Gazetteer gazetteer) {
        this.actors = new Actors(gazetteer);
    }

    /**
     * @param parties the document's parties: an act is credited only to one of them
     * @param others  the other agreements the document names
     */
    public List<ReportedEvent> read(Analysis a, List<String> parties, List<InstrumentMention> others) {
        if (!a.isNews()) {
            return List.of();
        }
        List<Sentence> sentences = a.view().sentences();
        int bodyStart = a.dateline().map(d -> d.start()).orElse(0);
        List<ReportedEvent> events = new ArrayList<>();
        for (Map.Entry<Integer, StageReport> e : furthestPerSentence(a).entrySet()) {
            Sentence s = sentences.get(e.getKey());
            StatusMention stage = e.getValue().mention();
            if (s.end() <= bodyStart || aboutAnotherAgreement(s, others)
                    || stage.rank() < SAID_OF_AN_INSTRUMENT && !NewsInstruments.namedIn(s.text())) {
                continue;
            }
            var when = e.getValue().when();
            String basis = when.date() == null ? null
                    : when.how() == SigningReport.DateHow.IMPLIED ? "article date" : "stated";
            Actors.Actor actor = lexicon.stage(stage.status()).byOneParty()
                    ? actors.of(sentences, e.getKey(), stage.start(), parties) : Actors.Actor.NONE;
            events.add(new ReportedEvent(stage.status(), when.date(), basis, actor.party(), actor.body(),
                    a.view().evidence(stage.status(), stage.start(), stage.end(), when.score())));
        }
        return events;
    }

    /** The furthest stage each sentence reports that is a timeline event (not a signing, not talks). */
    private Map<Integer, StageReport> furthestPerSentence(Analysis a) {
        Map<Integer, StageReport> furthest = new LinkedHashMap<>();
        for (StageReport r : a.stageReports()) {
            if (lexicon.stage(r.mention().status()).timelineEvent()) {
                furthest.merge(r.sentence(), r, (had, next) -> next.mention().rank() > had.mention().rank() ? next : had);
            }
        }
        return furthest;
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
        return !NewsInstruments.namedIn(rest);
    }
}
