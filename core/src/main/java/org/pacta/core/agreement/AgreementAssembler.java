package org.pacta.core.agreement;

import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.Evidence;
import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds one agreement from its documents. Where they differ, the agreement's own text outranks news
 * and other documents, and the more frequent value wins; ties go to the document with the smaller id, so the result does
 * not depend on ingest order. Every field a person curated outranks both.
 */
final class AgreementAssembler {

    private static final String STATED = "stated";

    private AgreementAssembler() {
    }

    /** The agreement, with a provisional id (the catalog gives the final one) and unlinked related agreements. */
    static Agreement assemble(List<DocumentFacts> documents) {
        List<DocumentFacts> docs = documents.stream().sorted(Comparator.comparing(DocumentFacts::documentId)).toList();
        LocalDate signedDate = vote(docs, m -> m.signedDate(), "signed_date");
        String signedPlace = vote(docs.stream().filter(d -> Objects.equals(d.metadata().signedDate(), signedDate)
                || d.metadata().signedDate() == null).toList(), AgreementMetadata::signedPlace, "signed_place");
        String type = specificType(docs);
        List<String> parties = parties(docs);
        List<TimelineEvent> timeline = timeline(docs, signedDate, signedPlace);
        List<PartyStatus> partyStatuses = partyStatuses(parties, timeline);
        String status = timeline.stream().map(TimelineEvent::kind).max(Comparator.comparingInt(Stages::rank)).orElse(null);
        return new Agreement(docs.get(0).documentId(), title(docs), type, parties, signedDate, signedPlace, status,
                partyStatuses, timeline, sources(docs), mentions(docs), partyBasis(docs, parties));
    }

    /** Why each party is one: the reason of the most trusted document that names it (texts first). */
    private static Map<String, String> partyBasis(List<DocumentFacts> docs, List<String> parties) {
        Map<String, String> out = new LinkedHashMap<>();
        docs.stream().sorted(Comparator.comparing((DocumentFacts d) -> !d.isAgreementText()))
                .forEach(d -> d.metadata().partyBasis().forEach((party, basis) -> {
                    if (parties.contains(party)) {
                        out.putIfAbsent(party, basis);
                    }
                }));
        return out;
    }

    /** The most trusted title: curated, then the agreement text's heading, then news, then other documents. */
    private static String title(List<DocumentFacts> docs) {
        return docs.stream().filter(d -> d.metadata().title() != null)
                .max(Comparator.comparingDouble(AgreementAssembler::titleTrust)
                        .thenComparing(DocumentFacts::documentId, Comparator.reverseOrder()))
                .map(d -> d.metadata().title()).orElse(null);
    }

    private static double titleTrust(DocumentFacts d) {
        if (d.metadata().curatedFields().contains("title")) {
            return 10;
        }
        Evidence e = d.metadata().evidence().get("title");
        return (e == null ? 0.3 : e.confidence()) + (d.isAgreementText() ? 1 : d.isNews() ? 0.1 : 0);
    }

    /**
     * The value the documents give most often, a curated one first, an agreement text counting
     * twice a news report; ties to the smaller document id.
     */
    private static <T> T vote(List<DocumentFacts> docs, Function<AgreementMetadata, T> field, String name) {
        Map<T, Double> votes = new LinkedHashMap<>();
        for (DocumentFacts d : docs) {
            T value = field.apply(d.metadata());
            if (value != null) {
                double weight = d.metadata().curatedFields().contains(name) ? 100 : d.isAgreementText() ? 2 : 1;
                votes.merge(value, weight, Double::sum);
            }
        }
        T best = null;
        double most = 0;
        for (Map.Entry<T, Double> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** A specific kind ("memorandum") over the generic "agreement" a reporter may use. */
    private static String specificType(List<DocumentFacts> docs) {
        String specific = vote(docs.stream().filter(d -> !"agreement".equals(d.metadata().type())).toList(),
                AgreementMetadata::type, "type");
        return specific != null ? specific : vote(docs, AgreementMetadata::type, "type");
    }

    /** An agreement text's parties when there is one (the text names them all), else every party the news names. */
    private static List<String> parties(List<DocumentFacts> docs) {
        List<DocumentFacts> texts = docs.stream().filter(d -> d.isAgreementText() && !d.metadata().parties().isEmpty()).toList();
        TreeSet<String> parties = new TreeSet<>();
        (texts.isEmpty() ? docs : texts).forEach(d -> parties.addAll(d.metadata().parties()));
        return List.copyOf(parties);
    }

    private static List<TimelineEvent> timeline(List<DocumentFacts> docs, LocalDate signedDate, String signedPlace) {
        Map<List<Object>, List<TimelineEvent>> byKey = new LinkedHashMap<>();
        for (DocumentFacts d : docs) {
            for (TimelineEvent e : eventsOf(d, signedDate, signedPlace)) {
                byKey.computeIfAbsent(java.util.Arrays.asList(e.kind(), e.party(), e.date()), k -> new ArrayList<>()).add(e);
            }
        }
        List<TimelineEvent> merged = new ArrayList<>();
        for (List<TimelineEvent> same : byKey.values()) {
            TimelineEvent first = same.get(0);
            boolean datedTwin = first.date() == null && byKey.keySet().stream()
                    .anyMatch(k -> k.get(0).equals(first.kind()) && Objects.equals(k.get(1), first.party()) && k.get(2) != null);
            if (datedTwin) {
                continue; // "ratified" without a date, when another report dates it
            }
            List<TimelineEvent.EventSource> sources = same.stream().flatMap(e -> e.sources().stream()).toList();
            String basis = same.stream().anyMatch(e -> STATED.equals(e.dateBasis())) ? STATED : first.dateBasis();
            String body = same.stream().map(TimelineEvent::body).filter(Objects::nonNull).findFirst().orElse(null);
            merged.add(new TimelineEvent(first.kind(), first.date(), basis, first.party(), body, first.place(), sources));
        }
        merged.sort(Comparator.comparing(TimelineEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(e -> Stages.rank(e.kind()))
                .thenComparing(TimelineEvent::party, Comparator.nullsFirst(Comparator.naturalOrder())));
        return merged;
    }

    /** The signing (or adoption) a document states, the stages it reports, and its status when no stage carries it. */
    private static List<TimelineEvent> eventsOf(DocumentFacts d, LocalDate signedDate, String signedPlace) {
        AgreementMetadata m = d.metadata();
        List<TimelineEvent> events = new ArrayList<>();
        String signing = Stages.ADOPTED.equals(m.status()) ? Stages.ADOPTED : Stages.SIGNED;
        if (m.signedDate() != null && m.signedDate().equals(signedDate)) {
            events.add(new TimelineEvent(signing, signedDate, STATED, null, null, signedPlace,
                    List.of(source(d, m.evidence().get("signed_date")))));
        }
        for (ReportedEvent e : m.events()) {
            events.add(new TimelineEvent(e.kind(), e.date(), e.dateBasis(), e.party(), e.body(), null,
                    List.of(source(d, e.evidence()))));
        }
        String status = m.status();
        boolean carried = status == null || Stages.rank(status) <= 0 || events.stream().anyMatch(e -> e.kind().equals(status))
                || status.equals(signing) && signedDate != null;
        if (!carried) {
            events.add(new TimelineEvent(status, null, null, null, null, null, List.of(source(d, m.evidence().get("status")))));
        }
        return events;
    }

    private static TimelineEvent.EventSource source(DocumentFacts d, Evidence e) {
        return e == null ? new TimelineEvent.EventSource(d.documentId(), "", 0, 0)
                : new TimelineEvent.EventSource(d.documentId(), e.sentence(), e.start(), e.end());
    }

    /** Each party's furthest stage: a stage without a party (a signing) counts for all. */
    private static List<PartyStatus> partyStatuses(List<String> parties, List<TimelineEvent> timeline) {
        List<PartyStatus> out = new ArrayList<>();
        for (String party : parties) {
            timeline.stream().filter(e -> e.party() == null || e.party().equals(party))
                    .max(Comparator.comparingInt((TimelineEvent e) -> Stages.rank(e.kind()))
                            .thenComparing(TimelineEvent::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .ifPresent(e -> out.add(new PartyStatus(party, e.kind(), e.date())));
        }
        return out;
    }

    private static List<AgreementSource> sources(List<DocumentFacts> docs) {
        return docs.stream()
                .sorted(Comparator.comparing((DocumentFacts d) -> !d.isAgreementText()).thenComparing(DocumentFacts::isNews)
                        .thenComparing(d -> d.metadata().publishedDate(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(DocumentFacts::documentId))
                .map(d -> new AgreementSource(d.documentId(), d.fileName(), d.metadata().title(),
                        d.role(), d.metadata().publishedDate()))
                .toList();
    }

    /** Named agreements, once each (by name, and by year when given), the first document naming them kept. */
    private static List<RelatedAgreement> mentions(List<DocumentFacts> docs) {
        Map<String, RelatedAgreement> byName = new LinkedHashMap<>();
        List<InstrumentMention> undated = new ArrayList<>();
        Map<InstrumentMention, String> documentOf = new HashMap<>();
        for (DocumentFacts d : docs) {
            for (InstrumentMention m : d.metadata().mentions()) {
                documentOf.putIfAbsent(m, d.documentId());
                if (m.year() == null) {
                    undated.add(m);
                } else {
                    byName.putIfAbsent(TitleWords.of(m.name()) + "|" + m.year(), related(m, d.documentId()));
                }
            }
        }
        for (InstrumentMention m : undated) {
            String words = TitleWords.of(m.name()) + "|";
            if (byName.keySet().stream().noneMatch(k -> k.startsWith(words))) {
                byName.put(words, related(m, documentOf.get(m)));
            }
        }
        return List.copyOf(byName.values());
    }

    private static RelatedAgreement related(InstrumentMention m, String documentId) {
        return new RelatedAgreement(m.name(), m.year(), null, documentId,
                Optional.ofNullable(m.evidence()).map(Evidence::sentence).orElse(""));
    }
}
