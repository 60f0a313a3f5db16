package org.pacta.metadata.parties;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts that name their parties outside a preamble, written for these tests. */
class PlurilateralTextsTest {

    private static final String ACP = "African, Caribbean and Pacific Group of States";
    private static final Memberships TABLE = new Memberships(List.of(
            row(ACP, "JAM"), row(ACP, "SEN"), row(ACP, "FJI"),
            row("European Union", "FRA"), row("European Union", "DEU")));
    private static final PartyExtractor EXTRACTOR = new PartyExtractor(new Gazetteer(), TABLE);

    private static Memberships.Membership row(String org, String code) {
        return new Memberships.Membership(org, code, LocalDate.of(1970, 1, 1), null, "test table");
    }

    private static Set<String> parties(String text) {
        return Set.copyOf(EXTRACTOR.extract(text, null, LocalDate.of(1990, 1, 1)).parties());
    }

    @Test
    void provisionsMadeForEachPartyNameTheParties() {
        String text = "Article 1\nDefinitions\nFor the purposes of this Chapter:\n"
                + "investment authority means: (a) for Australia, the Treasurer; (b) for Canada, the Minister of Industry; "
                + "(c) for Japan, the Minister of Finance;\n"
                + "Article 2\nCentral level of government means: (a) for Australia, the Commonwealth; (b) for Canada, the "
                + "Government of Canada; (c) for Japan, the Government of Japan; (d) for Chile, see Annex B.\n"
                + "Article 3\nThe Parties shall cooperate with Mexico and Peru.";
        Parties p = EXTRACTOR.extract(text, null, null);
        assertEquals(Set.of("AUS", "CAN", "JPN"), Set.copyOf(p.parties()), "Chile has a single aside, not provisions " + p.basis());
        assertEquals("provisions made for each party", p.basis().get("AUS"));
    }

    @Test
    void aFewProvisionsAreNoListOfParties() {
        String text = "Article 1\nEach Party shall notify: (a) for Australia, the Treasurer; (b) for Australia, the Minister.\n"
                + "Article 2\nThis Agreement is open to Canada and Japan and Chile and Peru.";
        assertFalse(EXTRACTOR.extract(text, null, null).basis().containsValue("provisions made for each party"));
    }

    @Test
    void aTextThatSpeaksThroughoutOfTheAcpStatesAndTheCommunity() {
        StringBuilder text = new StringBuilder("ARTICLE 1\nThe object of this Convention is to promote trade between the "
                + "European Economic Community (hereinafter called the \"Community\") and the ACP States.\n");
        for (int i = 2; i < 14; i++) {
            text.append("ARTICLE ").append(i).append("\nProducts of the ACP States shall enter the Community free of duties; "
                    + "the Member States shall apply the same treatment.\n");
        }
        Set<String> found = parties(text.toString());
        assertTrue(found.containsAll(Set.of("JAM", "SEN", "FJI", "FRA", "DEU")), found.toString());
        assertFalse(found.contains(ACP), "the group stands for its members");
    }

    @Test
    void aFewMentionsOfAGroupAreNoSubject() {
        String text = "ARTICLE 1\nThe association of the territories with the Community aims at development.\n"
                + "ARTICLE 2\nTrade with the ACP States shall be taken into account.\nARTICLE 3\nThe Commission shall report.";
        assertFalse(parties(text).contains("JAM"));
    }

    @Test
    void theFirstArticlesSubjectListNamesTheParties() {
        String text = "ARTICLE 1\n\n1. The Kingdom of Spain and the Republic of Poland shall gradually establish a free-trade "
                + "area in a transitional period.\n\nARTICLE 2\nTrade with Japan and Korea shall not be affected.";
        assertEquals(Set.of("ESP", "POL"), Set.copyOf(EXTRACTOR.extract(text, null, null).parties()));
    }

    @Test
    void anotherAgreementNamedInTheFirstArticleIsNotThisOne() {
        String text = "PREAMBLE\nThe Republic of Turkey and Georgia,\nDesiring to trade,\nHave agreed as follows:\n"
                + "ARTICLE 1\nTaking account of the Interim Agreement on trade and cooperation between the European "
                + "Community and Morocco, the Parties shall establish a free trade area.";
        assertEquals(Set.of("TUR", "GEO"), Set.copyOf(EXTRACTOR.extract(text, null, null).parties()));
    }

    @Test
    void noBreakSpacesAreSpaces() {
        String text = "ARTICLE\u00a01\n\n1.\u00a0An\u00a0association\u00a0is\u00a0hereby\u00a0established\u00a0between\u00a0"
                + "the\u00a0Kingdom\u00a0of\u00a0Spain\u00a0and\u00a0the\u00a0Republic\u00a0of\u00a0Chile,\u00a0of the other part.";
        org.pacta.metadata.document.DocumentText document = new org.pacta.metadata.document.DocumentText(text, null, "a.txt", "en");
        assertEquals(text.length(), document.text().length());
        assertEquals(Set.of("ESP", "CHL"), Set.copyOf(EXTRACTOR.extract(document.text(), null, null).parties()));
    }

    @Test
    void whereasOpensARecital() {
        String text = "The European Community, of the one part, and the Republic of Estonia, of the other part,\n"
                + "Whereas the Parties are committed to the principles of the Conference on Security and Co-operation "
                + "in Europe;\nHave agreed as follows:\nArticle 1\nTrade shall be free.";
        Set<String> found = parties(text);
        assertTrue(found.contains("EST"));
        assertFalse(found.contains("Organization for Security and Co-operation in Europe"), found.toString());
    }
}
