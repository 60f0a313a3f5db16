package org.pacta.metadata.parties;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Consolidated texts and protocols that recite an instrument's conclusion; written for these tests. */
class ConclusionRecitalTest {

    private static final PartyExtractor EXTRACTOR = new PartyExtractor();

    private static final String CONSOLIDATED = """
            AGREEMENT ON THE NORDIC FISHERIES COUNCIL
            Consolidated version, as last amended in 2015
            The Republic of Finland, the Republic of Estonia and the Kingdom of Sweden (hereinafter the "Members"),
            Having regard to the conclusion on 12 March 1981, between the Kingdom of Denmark, the Republic of Finland,
            the Kingdom of Norway and the Kingdom of Sweden, of the Agreement on the Nordic Fisheries Council;
            Having regard to the accession of the Republic of Estonia on 1 May 2004 and to the withdrawals of
            Denmark and Norway;
            Have agreed as follows:
            Article 1
            The Council shall meet once a year.
            Done at Oslo on 12 March 1981, in a single copy.
            """;

    @Test
    void aConsolidatedTextsSignatoriesAreThoseOfItsConclusionRecital() {
        Parties p = EXTRACTOR.extract(CONSOLIDATED, null, LocalDate.of(1981, 3, 12));
        assertEquals(Set.of("DNK", "FIN", "NOR", "SWE"), Set.copyOf(p.parties()), p.basis().toString());
        assertEquals("concluded it on the day the text was signed (the opening recitals)", p.basis().get("DNK"));
        assertEquals(true, p.mentioned().contains("EST"), "today's member is mentioned, not a signatory");
    }

    @Test
    void aRecitalOfAnotherDayLeavesThePreamblesParties() {
        String protocol = CONSOLIDATED.replace("Done at Oslo on 12 March 1981", "Done at Tallinn on 3 June 2015");
        Parties p = EXTRACTOR.extract(protocol, null, LocalDate.of(2015, 6, 3));
        assertEquals(Set.of("FIN", "EST", "SWE"), Set.copyOf(p.parties()), p.basis().toString());
    }
}
