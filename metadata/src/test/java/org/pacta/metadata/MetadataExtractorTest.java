package org.pacta.metadata;

import org.junit.jupiter.api.Test;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.Evidence;
import org.pacta.metadata.document.DocumentText;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataExtractorTest {

    private static final String NEWS = """
             date 2025-12-16 BAKU, Azerbaijan, December 16. Azerbaijan and Türkiye will step up their mutual \
            military security, Trend reports.

            The meeting noted that the "Memorandum of Understanding between the Ministry of Defense of Azerbaijan and \
            the Ministry of National Defense of Türkiye on Strengthening Mutual Military Security" was signed on \
            July 22, 2025, in Istanbul by the Minister of Defense of Azerbaijan and the Minister of National Defense \
            of Türkiye.

            The draft law on the approval of the memorandum was put to a vote and adopted in the first reading.
            """;

    private static final String TREATY = """
            AGREEMENT
            BETWEEN THE GOVERNMENT OF REPUBLIC OF ARMENIA AND
            THE GOVERNMENT OF TURKMENISTAN ON FREE TRADE

            The Government of Republic of Armenia and the Government of Turkmenistan, hereafter referred to as the \
            Contracting Parties,

            Article 1
            This Agreement applies to trade, as defined in the General Agreement on Tariffs and Trade, done at \
            Geneva on 30 October 1947.

            Done in the City of Ashgabat, on October 3, 1995 in two originals, each in Armenian, Turkmen, and \
            Russian, all texts being equally authentic.
            """;

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void readsANewsArticle() {
        AgreementMetadata m = extractor.extract(new DocumentText(NEWS, null, "000.txt", "en"));
        assertEquals(LocalDate.of(2025, 7, 22), m.signedDate());
        assertEquals("Istanbul", m.signedPlace());
        assertEquals("approved in first reading", m.status());
        assertEquals("memorandum", m.type());
        assertEquals(LocalDate.of(2025, 12, 16), m.publishedDate());
        assertEquals("en", m.language());
        assertTrue(m.title().startsWith("Memorandum of Understanding between the Ministry of Defense of Azerbaijan"));
        assertTrue(m.tags().isEmpty());
        assertTrue(m.curatedFields().isEmpty());
        for (String field : List.of("title", "signed_date", "signed_place", "status", "type", "published_date")) {
            assertTrue(m.evidence().containsKey(field), field);
        }
        assertEvidenceIsInTheText(m, NEWS);
    }

    @Test
    void readsATreatyText() {
        AgreementMetadata m = extractor.extract(new DocumentText(TREATY, null, "tota.pdf", "en"));
        assertEquals(LocalDate.of(1995, 10, 3), m.signedDate());
        assertEquals("Ashgabat", m.signedPlace());
        assertEquals("signed", m.status());
        assertEquals("agreement", m.type());
        assertEquals(null, m.publishedDate());
        assertEquals("AGREEMENT BETWEEN THE GOVERNMENT OF REPUBLIC OF ARMENIA AND THE GOVERNMENT OF TURKMENISTAN ON "
                + "FREE TRADE", m.title());
        assertEvidenceIsInTheText(m, TREATY);
    }

    @Test
    void anEmptyDocumentHasNoMetadata() {
        AgreementMetadata m = extractor.extract(new DocumentText("", null, "empty.txt", null));
        assertEquals(null, m.signedDate());
        assertEquals(null, m.type());
        assertTrue(m.evidence().isEmpty());
    }

    @Test
    void isThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AgreementMetadata>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = i % 2 == 0 ? NEWS : TREATY;
                futures.add(pool.submit(() -> extractor.extract(new DocumentText(text, null, "x.txt", "en"))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(i % 2 == 0 ? "Istanbul" : "Ashgabat", futures.get(i).get().signedPlace());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEvidenceIsInTheText(AgreementMetadata m, String text) {
        for (var e : m.evidence().entrySet()) {
            Evidence ev = e.getValue();
            assertEquals(ev.sentence(), text.substring(ev.start(), ev.end()), e.getKey());
            assertTrue(ev.confidence() > 0 && ev.confidence() <= 1, e.getKey());
        }
    }

    @Test
    void partiesThatSignedOnDifferentDaysGiveTheLastDateAndKeepTheOthersAsSteps() {
        String text = """
                AGREEMENT BETWEEN THE SWISS CONFEDERATION AND THE REPUBLIC OF CHILE ON SCIENTIFIC COOPERATION
                The Swiss Confederation and the Republic of Chile,
                Desiring to cooperate,
                Have agreed as follows:
                Article 1
                The Parties shall exchange researchers.
                IN WITNESS WHEREOF the undersigned have signed this Agreement.
                For the Swiss Confederation
                Signed at Bern on 3 May 2003
                For the Republic of Chile
                Signed at Santiago on 19 May 2003
                """;
        AgreementMetadata m = new MetadataExtractor().extract(new DocumentText(text, null, "a.txt", "en"));
        assertEquals(LocalDate.of(2003, 5, 19), m.signedDate());
        assertEquals(List.of("signed 2003-05-03"), m.events().stream().map(e -> e.kind() + " " + e.date()).toList());
        assertTrue(text.substring(m.events().get(0).evidence().start(), m.events().get(0).evidence().end()).contains("Bern"));
        assertEquals("named in the preamble", m.partyBasis().get("CHE"));
    }
}
