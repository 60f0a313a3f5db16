package org.pacta.metadata.timeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;
import org.pacta.metadata.MetadataExtractor;
import org.pacta.metadata.document.DocumentText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stages and named agreements the two seed articles report, read from their real text. */
class SeedTimelineTest {

    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
    private static MetadataExtractor extractor;

    @BeforeAll
    static void extractor() {
        extractor = new MetadataExtractor();
    }

    private static AgreementMetadata read(String file) throws IOException {
        String text = Files.readString(SEEDS.resolve(file));
        return extractor.extract(new DocumentText(text, null, file, "en"));
    }

    @Test
    void firstArticleReportsTheFirstReadingInAzerbaijansParliamentOnTheArticlesDay() throws IOException {
        AgreementMetadata m = read("000_519bf24fa49fa326.txt");
        System.out.println(m.events() + "\n" + m.mentions());
        assertEquals(1, m.events().size(), m.events().toString());
        ReportedEvent reading = m.events().get(0);
        assertEquals("approved in first reading", reading.kind());
        assertEquals(LocalDate.of(2025, 12, 16), reading.date());
        assertEquals("article date", reading.dateBasis());
        assertEquals("AZE", reading.party());
        assertEquals("Milli Majlis", reading.body());
        assertTrue(reading.evidence().sentence().contains("adopted in the first reading"));
    }

    @Test
    void secondArticleReportsTheRatificationByTheMilliMajlisAndNamesTheShushaDeclaration() throws IOException {
        AgreementMetadata m = read("001_fa9b40200313cc7b.txt");
        System.out.println(m.events() + "\n" + m.mentions());
        assertEquals(List.of("ratified"), m.events().stream().map(ReportedEvent::kind).toList(), m.events().toString());
        ReportedEvent ratified = m.events().get(0);
        assertEquals(LocalDate.of(2025, 12, 25), ratified.date());
        assertEquals("AZE", ratified.party());
        assertEquals("Milli Majlis", ratified.body());
        InstrumentMention shusha = m.mentions().stream().filter(i -> i.name().equals("Shusha Declaration")).findFirst()
                .orElseThrow(() -> new AssertionError("no Shusha Declaration in " + m.mentions()));
        assertEquals(2021, shusha.year());
        assertTrue(m.mentions().stream().noneMatch(i -> i.name().contains("Memorandum")), m.mentions().toString());
    }

    @Test
    void aRatificationWithEffectFromALaterDayIsDatedThatDayAndCreditedToTheOnlyPartyNamed() {
        String text = "JAPAN TO RATIFY 1986 INTERNATIONAL COCOA AGREEMENT\nReuters, 29 June 1987\n\n"
                + "TOKYO, June 29 - Japan will ratify the 1986 International Cocoa Agreement (ICCA), with effect from "
                + "July 1, the Foreign Ministry said.\nReuter";
        AgreementMetadata m = extractor.extract(new DocumentText(text, null, "cocoa.txt", "en"));
        assertEquals(1, m.events().size(), m.events().toString());
        assertEquals(LocalDate.of(1987, 7, 1), m.events().get(0).date());
        assertEquals("JPN", m.events().get(0).party());
    }

    @Test
    void aSentenceAboutAnotherNamedAgreementReportsNothingAboutThisOne() {
        String text = "Accord news\nReuters, 2 March 2020\n\nBAKU, March 2 - The memorandum on transport was signed "
                + "on March 1, 2020 by Azerbaijan and Georgia. The 2010 Tbilisi Convention was ratified by Georgia's "
                + "parliament in 2011.\n\nInstitutional Arrangements\n\nA joint commission will meet yearly.\nReuter";
        AgreementMetadata m = extractor.extract(new DocumentText(text, null, "other.txt", "en"));
        assertTrue(m.events().isEmpty(), m.events().toString());
        assertEquals(List.of("Tbilisi Convention 2010"),
                m.mentions().stream().map(i -> i.name() + " " + i.year()).toList(), "a heading is not a reference");
    }
}
