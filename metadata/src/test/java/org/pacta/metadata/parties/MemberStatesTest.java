package org.pacta.metadata.parties;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations that stand for their member states, read on texts written for these tests and a
 * membership table of their own (so that the rules, not the bundled data, are what is tested).
 */
class MemberStatesTest {

    private static final String EU = "European Union";
    private static final String SADC = "Southern African Development Community";
    private static final String GCC = "Gulf Cooperation Council";
    private static final String LAIA = "Latin American Integration Association";

    private static final Memberships TABLE = new Memberships(List.of(
            row(EU, "BEL", "1958-01-01", null), row(EU, "FRA", "1958-01-01", null), row(EU, "DEU", "1958-01-01", null),
            row(EU, "GBR", "1973-01-01", "2020-02-01"), row(EU, "AUT", "1995-01-01", null),
            row(EU, "POL", "2004-05-01", null),
            row(SADC, "AGO", "1980-04-01", null), row(SADC, "NAM", "1990-03-21", null), row(SADC, "ZAF", "1994-08-29", null),
            row(GCC, "OMN", "1981-05-25", null), row(GCC, "QAT", "1981-05-25", null), row(GCC, "SAU", "1981-05-25", null),
            row(LAIA, "ARG", "1961-06-02", null), row(LAIA, "URY", "1961-06-02", null), row(LAIA, "BOL", "1967-02-08", null)));

    private static final PartyExtractor EXTRACTOR = new PartyExtractor(new Gazetteer(), TABLE);

    private static Memberships.Membership row(String org, String code, String joined, String left) {
        return new Memberships.Membership(org, code, LocalDate.parse(joined), left == null ? null : LocalDate.parse(left),
                "test table");
    }

    private static final String MIXED_AGREEMENT = "PARTNERSHIP AGREEMENT\n"
            + "The European Community and its Member States, of the one part, and the Republic of Moldova, of the other part,\n"
            + "Considering the links between them,\nHave agreed as follows:\nArticle 1\nThe Parties shall cooperate.";

    @Test
    void theCommunityAndItsMemberStatesAreTheOrganisationPlusItsMembersOnTheSigningDay() {
        Parties p = EXTRACTOR.extract(MIXED_AGREEMENT, null, LocalDate.of(2005, 3, 1));
        assertEquals(Set.of(EU, "MDA", "BEL", "FRA", "DEU", "GBR", "AUT", "POL"), Set.copyOf(p.parties()));
        assertTrue(p.basis().get("AUT").startsWith("member of the European Union on 2005-03-01, from the membership table"),
                p.basis().get("AUT"));
        assertEquals("named in the preamble", p.basis().get("MDA"));
    }

    @Test
    void membershipFollowsTheDate() {
        Set<String> in1990 = Set.copyOf(EXTRACTOR.extract(MIXED_AGREEMENT, null, LocalDate.of(1990, 6, 1)).parties());
        assertEquals(Set.of(EU, "MDA", "BEL", "FRA", "DEU", "GBR"), in1990);
        Set<String> in2021 = Set.copyOf(EXTRACTOR.extract(MIXED_AGREEMENT, null, LocalDate.of(2021, 6, 1)).parties());
        assertFalse(in2021.contains("GBR"), "the United Kingdom left on 31 January 2020");
        assertTrue(in2021.containsAll(Set.of("AUT", "POL")));
    }

    @Test
    void withoutASigningDateTheClosingClauseYearDecides() {
        String text = MIXED_AGREEMENT + "\nDone at Brussels on the first day of June in the year 1996.";
        Parties p = EXTRACTOR.extract(text, null, null);
        assertTrue(p.parties().contains("AUT"));
        assertFalse(p.parties().contains("POL"));
        assertTrue(p.basis().get("AUT").contains("in 1996"), p.basis().get("AUT"));
    }

    @Test
    void theMemberStatesOfAnOrganisationAreItsMembersNotTheOrganisation() {
        String text = "PROTOCOL ON TRADE\nThe Member States of the Southern African Development Community, "
                + "hereinafter referred to as the Parties,\nRecognizing the need for trade,\nHave agreed as follows:\n"
                + "Article 1\nTrade shall be free.";
        Parties p = EXTRACTOR.extract(text, null, LocalDate.of(1996, 8, 24));
        assertEquals(Set.of("AGO", "NAM", "ZAF"), Set.copyOf(p.parties()));
        assertTrue(p.basis().get("ZAF").contains("Southern African Development Community on 1996-08-24"));
    }

    @Test
    void aGroupingWhoseStatesTheTextDoesNotNameBecomesItsMembers() {
        String text = "ECONOMIC AGREEMENT\nThe Governments of the Gulf Cooperation Council;\nDesiring closer ties,\n"
                + "Have agreed as follows:\nArticle 1\nGoods shall move freely.\nDone at Riyadh on 11 November 1981.";
        Parties p = EXTRACTOR.extract(text, null, LocalDate.of(1981, 11, 11));
        assertEquals(Set.of("OMN", "QAT", "SAU"), Set.copyOf(p.parties()));
    }

    @Test
    void aGroupingWhoseStatesTheTextNamesGivesWayToThem() {
        String text = "AGREEMENT\nThe Sultanate of Oman and the State of Qatar, members of the Gulf Cooperation Council,\n"
                + "Desiring closer ties,\nHave agreed as follows:\nArticle 1\nGoods shall move freely.";
        Parties p = EXTRACTOR.extract(text, null, LocalDate.of(1990, 1, 1));
        assertEquals(Set.of("OMN", "QAT"), Set.copyOf(p.parties()));
    }

    @Test
    void theCommunityIsTheOneCommunityTheTextNames() {
        String text = "Article 1\nAn association is hereby established between the Community and its Member States, "
                + "of the one part, and Georgia, of the other part.\nArticle 2\nThe Treaty establishing the European "
                + "Community shall apply.";
        Parties p = EXTRACTOR.extract(text, null, LocalDate.of(2014, 6, 27));
        assertTrue(new HashSet<>(p.parties()).containsAll(Set.of(EU, "GEO", "AUT", "POL", "FRA")), p.parties().toString());
    }

    @Test
    void aCommunityThatTheTextDoesNotPinDownStaysUnread() {
        String text = "Article 1\nAn association is hereby established between the Community and Georgia.\n"
                + "Article 2\nThe Andean Community and the European Community are observers.";
        Parties p = EXTRACTOR.extract(text, null, LocalDate.of(2014, 6, 27));
        assertFalse(p.parties().contains(EU), p.parties().toString());
    }

    private static final String FOUNDING_TREATY = "Latin American Free Trade Association (LAFTA)\n\n"
            + "The Governments represented at the Conference for a free trade area,\nDetermined to trade freely,\n"
            + "Have agreed as follows:\nArticle 1\nTrade shall be free.";

    @Test
    void aTreatySignedBeforeItsOrganisationExistedIsSignedByTheFoundingMembers() {
        Parties p = EXTRACTOR.extract(FOUNDING_TREATY, null, LocalDate.of(1960, 2, 18));
        assertEquals(Set.of("ARG", "URY"), Set.copyOf(p.parties()), "Bolivia joined seven years later");
        assertTrue(p.basis().get("ARG").startsWith("founding member of the " + LAIA), p.basis().get("ARG"));
    }

    @Test
    void foundersAreOnlyInferredShortlyBeforeTheOrganisationBegan() {
        Parties p = EXTRACTOR.extract(FOUNDING_TREATY, null, LocalDate.of(1940, 1, 1));
        assertEquals(List.of(LAIA), p.parties(), "twenty years before its first members, a text is no founding treaty");
    }

    @Test
    void noDateNoDataMeansTheOrganisationAsNamed() {
        String text = "AGREEMENT\nThe Governments of the Gulf Cooperation Council;\nDesiring closer ties,\n"
                + "Have agreed as follows:\nArticle 1\nGoods shall move freely.";
        Parties p = new PartyExtractor(new Gazetteer(), new Memberships(List.of())).extract(text, null, null);
        assertEquals(List.of(GCC), p.parties());
    }
}
