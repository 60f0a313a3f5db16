package org.pacta.core.agreement;

import org.junit.jupiter.api.Test;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.Evidence;
import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grouping and assembly rules, on hand-made facts (the ingest tests run them on the real seeds and corpus). */
class AgreementCatalogTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 22);
    private static final String MOU = "Memorandum of Understanding between the Ministry of Defense of Azerbaijan and "
            + "the Ministry of National Defense of Türkiye on Strengthening Mutual Military Security";

    @Test
    void twoReportsOfOneSigningAreOneAgreementWithOneTimelineWhateverTheOrder() {
        DocumentFacts reading = news("b1", MOU, List.of("AZE", "TUR"), SIGNED, LocalDate.of(2025, 12, 16),
                event("approved in first reading", LocalDate.of(2025, 12, 16), "AZE"));
        DocumentFacts ratification = news("a2", MOU.replace("of Azerbaijan", "of the Republic of Azerbaijan"),
                List.of("TUR", "AZE"), SIGNED, LocalDate.of(2025, 12, 25),
                event("ratified", LocalDate.of(2025, 12, 25), "AZE"));
        List<Agreement> forward = AgreementCatalog.build(List.of(reading, ratification));
        List<Agreement> backward = AgreementCatalog.build(List.of(ratification, reading));
        assertEquals(forward, backward);
        assertEquals(1, forward.size());
        Agreement a = forward.get(0);
        assertEquals(List.of("AZE", "TUR"), a.parties());
        assertEquals(List.of("signed", "approved in first reading", "ratified"),
                a.timeline().stream().map(TimelineEvent::kind).toList());
        assertEquals(2, a.timeline().get(0).sources().size(), "both report the signing");
        assertEquals("ratified", a.status());
        assertEquals(List.of(new PartyStatus("AZE", "ratified", LocalDate.of(2025, 12, 25)),
                new PartyStatus("TUR", "signed", SIGNED)), a.partyStatuses());
        assertEquals(List.of("a2", "b1"), a.sources().stream().map(AgreementSource::documentId).sorted().toList());
    }

    @Test
    void samePartiesOnAnotherDayAreAnotherAgreement() {
        List<Agreement> two = AgreementCatalog.build(List.of(
                text("t1", "Agreement on trade", List.of("NGA", "GBR"), LocalDate.of(1987, 3, 24)),
                text("t2", "Agreement on trade", List.of("NGA", "GBR"), LocalDate.of(1990, 1, 2))));
        assertEquals(2, two.size());
    }

    @Test
    void sameDaySameBilateralPartiesButDifferentTitlesStayApart() {
        List<Agreement> two = AgreementCatalog.build(List.of(
                text("t1", "Agreement on the avoidance of double taxation and fiscal evasion", List.of("IND", "GBR"), SIGNED),
                text("t2", "Memorandum on coal industry grants and steel modernisation", List.of("IND", "GBR"), SIGNED)));
        assertEquals(2, two.size());
        assertTrue(!two.get(0).id().equals(two.get(1).id()), "ids told apart");
    }

    @Test
    void differentPartiesOnTheSameDayStayApart() {
        LocalDate day = LocalDate.of(1987, 3, 26);
        assertEquals(2, AgreementCatalog.build(List.of(
                news("n1", null, List.of("NGA", "GBR"), day, day),
                news("n2", null, List.of("NGA", "FRA"), day, day))).size());
    }

    @Test
    void aNearlyIdenticalTitleJoinsAnUndatedReport() {
        DocumentFacts treaty = text("t1", "International Cocoa Agreement, 1986", List.of(), LocalDate.of(1986, 7, 25));
        DocumentFacts report = news("n1", "1986 International Cocoa Agreement", List.of("JPN"), null, LocalDate.of(1987, 6, 29),
                event("ratified", null, "JPN"));
        // "international cocoa 1986": the same three words
        List<Agreement> one = AgreementCatalog.build(List.of(treaty, report));
        assertEquals(1, one.size(), one.toString());
        assertEquals("International Cocoa Agreement, 1986", one.get(0).title(), "the text's title wins");
    }

    @Test
    void aCuratedIdForcesAndForbidsAMatch() {
        DocumentFacts a = curated(text("t1", "Agreement on fisheries", List.of("NOR", "ISL"), SIGNED), "fish-1");
        DocumentFacts b = curated(text("t2", "Agreement on fisheries", List.of("NOR", "ISL"), SIGNED), "fish-2");
        DocumentFacts c = curated(news("n1", null, List.of("DNK"), LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 2)), "fish-1");
        List<Agreement> agreements = AgreementCatalog.build(List.of(a, b, c));
        assertEquals(List.of("fish-1", "fish-2"), agreements.stream().map(Agreement::id).sorted().toList());
        assertEquals(2, agreements.stream().filter(x -> x.id().equals("fish-1")).findFirst().orElseThrow().sources().size());
        DocumentFacts uncurated = text("t3", "Agreement on fisheries", List.of("NOR", "ISL"), SIGNED);
        assertEquals(3, AgreementCatalog.build(List.of(a, b, c, uncurated)).size(),
                "a document nobody assigned does not join a curated agreement");
    }

    @Test
    void aMereDocumentJoinsButNeverFoundsAnAgreement() {
        DocumentFacts note = document("d1", MOU, List.of("AZE", "TUR"));
        assertTrue(AgreementCatalog.build(List.of(note)).isEmpty());
        List<Agreement> joined = AgreementCatalog.build(List.of(note,
                news("n1", MOU, List.of("AZE", "TUR"), SIGNED, LocalDate.of(2025, 12, 16))));
        assertEquals(1, joined.size());
        assertEquals(Set.of("document", "news"), Set.copyOf(joined.get(0).sources().stream().map(AgreementSource::role).toList()));
        assertEquals(MOU, joined.get(0).title());
    }

    @Test
    void aNamedAgreementLinksWhenTheArchiveKnowsItAndIsMentionedOtherwise() {
        DocumentFacts mou = withMention(news("n1", MOU, List.of("AZE", "TUR"), SIGNED, LocalDate.of(2025, 12, 25)),
                "Shusha Declaration", 2021);
        Agreement alone = AgreementCatalog.build(List.of(mou)).get(0);
        assertEquals(1, alone.related().size());
        assertNull(alone.related().get(0).agreementId());

        DocumentFacts shusha = text("t9", "Shusha Declaration on Allied Relations between Azerbaijan and Turkey",
                List.of("AZE", "TUR"), LocalDate.of(2021, 6, 15));
        List<Agreement> both = AgreementCatalog.build(List.of(mou, shusha));
        Agreement linked = both.stream().filter(x -> x.title().equals(MOU)).findFirst().orElseThrow();
        Agreement declaration = both.stream().filter(x -> x != linked).findFirst().orElseThrow();
        assertEquals(declaration.id(), linked.related().get(0).agreementId());
    }

    @Test
    void theOutcomeDoesNotDependOnInputOrder() {
        List<DocumentFacts> facts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            facts.add(news("n" + i, i % 3 == 0 ? MOU : null, List.of("AZE", "TUR"), i % 2 == 0 ? SIGNED : LocalDate.of(2020, 1, 1 + i % 5),
                    LocalDate.of(2025, 12, 1 + i % 20)));
        }
        List<Agreement> sorted = AgreementCatalog.build(facts);
        Collections.shuffle(facts, new java.util.Random(7));
        assertEquals(sorted, AgreementCatalog.build(facts));
    }

    // ---- facts ----

    private static ReportedEvent event(String kind, LocalDate date, String party) {
        return new ReportedEvent(kind, date, "stated", party, null, new Evidence(kind, kind + " sentence", 0, 10, 0.8));
    }

    private static DocumentFacts news(String id, String title, List<String> parties, LocalDate signed, LocalDate published,
                                      ReportedEvent... events) {
        return new DocumentFacts(id, id + ".txt", metadata(title, parties, signed, published, "news", List.of(events)));
    }

    private static DocumentFacts text(String id, String title, List<String> parties, LocalDate signed) {
        return new DocumentFacts(id, id + ".pdf", metadata(title, parties, signed, null, "text", List.of()));
    }

    private static DocumentFacts document(String id, String title, List<String> parties) {
        return new DocumentFacts(id, id + ".md", metadata(title, parties, null, null, "document", List.of()));
    }

    private static AgreementMetadata metadata(String title, List<String> parties, LocalDate signed, LocalDate published,
                                              String kind, List<ReportedEvent> events) {
        Map<String, Evidence> evidence = new java.util.HashMap<>();
        if (title != null) {
            evidence.put("title", new Evidence(title, title, 0, title.length(), 0.85));
        }
        if (signed != null) {
            evidence.put("signed_date", new Evidence(signed.toString(), "signed on " + signed, 0, 20, 0.9));
        }
        return new AgreementMetadata(title, parties, signed, null, signed == null ? null : "signed",
                title != null && title.startsWith("Memorandum") ? "memorandum" : "agreement", "en", published,
                List.of(), null, Set.of(), evidence, null, events, List.of(), kind);
    }

    private static DocumentFacts curated(DocumentFacts d, String agreementId) {
        AgreementMetadata m = d.metadata();
        return new DocumentFacts(d.documentId(), d.fileName(), new AgreementMetadata(m.title(), m.parties(), m.signedDate(),
                m.signedPlace(), m.status(), m.type(), m.language(), m.publishedDate(), m.tags(), m.sourceUrl(),
                Set.of("agreement_id"), m.evidence(), agreementId, m.events(), m.mentions(), m.kind()));
    }

    private static DocumentFacts withMention(DocumentFacts d, String name, int year) {
        AgreementMetadata m = d.metadata();
        return new DocumentFacts(d.documentId(), d.fileName(), new AgreementMetadata(m.title(), m.parties(), m.signedDate(),
                m.signedPlace(), m.status(), m.type(), m.language(), m.publishedDate(), m.tags(), m.sourceUrl(),
                m.curatedFields(), m.evidence(), m.agreementId(), m.events(),
                List.of(new InstrumentMention(name, year, new Evidence(name, "the " + year + " " + name, 0, 30, 0.7))),
                m.kind()));
    }
}
