package org.pacta.metadata.parties;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pacta.core.document.Evidence;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartyExtractorTest {

    private static final PartyExtractor EXTRACTOR = new PartyExtractor();

    private static Parties read(String text) {
        return EXTRACTOR.extract(text, null);
    }

    private static Set<String> parties(String text, String title) {
        return Set.copyOf(EXTRACTOR.extract(text, title).parties());
    }

    @Nested
    class Titles {
        @Test
        void catalogueTitles() {
            assertEquals(Set.of("JPN", "THA"), parties("", "Japan - Thailand"));
            assertEquals(Set.of("KOR", "USA"), parties("", "Korea, Republic of - US"));
            assertEquals(Set.of("CHN", "MAC"), parties("", "China - Macao, China"));
            assertEquals(Set.of("European Union", "ISR"), parties("", "EC - Israel Agreement of 1970"));
            assertEquals(Set.of("GHA", "BFA"), parties("", "Ghana - Upper Volta Trade Agreement"));
        }

        @Test
        void agreementBetweenStopsAtTheSubjectMatter() {
            assertEquals(Set.of("DNK", "NOR"), parties("", "Agreement between the Kingdom of Denmark and the Kingdom of "
                    + "Norway concerning the Delimitation of the Continental Shelf in the Area between Jan Mayen and Greenland"));
        }

        @Test
        void aGroupingGivesWayToTheMembersTheTextLists() {
            String text = "FREE TRADE AGREEMENT BETWEEN THE ARAB REPUBLIC OF EGYPT AND THE EFTA STATES\nPREAMBLE\n"
                    + "The Arab Republic of Egypt, on the one part, and the Republic of Iceland, the Principality of "
                    + "Liechtenstein, the Kingdom of Norway, the Swiss Confederation (hereinafter referred to collectively "
                    + "as the EFTA States), on the other part,\nCONSIDERING the Declaration signed in Zermatt,";
            assertEquals(Set.of("EGY", "ISL", "LIE", "NOR", "CHE"), parties(text, "EFTA - Egypt"));
        }
    }

    @Nested
    class Preambles {
        @Test
        void governmentsBeforeTheRecitals() {
            Parties p = read("AGREEMENT BETWEEN THE GOVERNMENT OF THE HASHEMITE KINGDOM OF JORDAN AND THE GOVERNMENT OF "
                    + "THE REPUBLIC OF SINGAPORE\nPREAMBLE\nThe Government of the Hashemite Kingdom of Jordan and the "
                    + "Government of the Republic of Singapore (hereafter, \"the Parties\"),\nConscious of their ties with "
                    + "Japan and India;\nHAVE AGREED as follows:\nARTICLE 1\nThe Parties shall trade with China.");
            assertEquals(Set.of("JOR", "SGP"), Set.copyOf(p.parties()));
            assertEquals(Set.of("JPN", "IND", "CHN"), Set.copyOf(p.mentioned()));
        }

        @Test
        void aListOfStatesInAMultilateralText() {
            String text = "The Governments of Brunei Darussalam, the Republic of Indonesia, Malaysia, the Republic of the "
                    + "Philippines, the Republic of Singapore and the Kingdom of Thailand, Member States of the Association "
                    + "of South East Asian Nations (ASEAN):\nMINDFUL of the Declaration of ASEAN Concord signed in Bali,";
            assertEquals(Set.of("BRN", "IDN", "MYS", "PHL", "SGP", "THA"), parties(text, null));
        }

        @Test
        void memberStatesAndTheCommunityOfAnEuAgreement() {
            String text = "The Kingdom of Belgium, the Federal Republic of Germany, the French Republic,\n"
                    + "hereinafter referred to as the \"Member States\", and\nThe European Community, hereinafter referred to "
                    + "as \"the Community\",\nof the one part, and\nThe State of Israel,\nof the other part,\n"
                    + "Considering the importance of the links with Egypt,";
            assertEquals(Set.of("BEL", "DEU", "FRA", "European Union", "ISR"), parties(text, null));
        }

        @Test
        void aTerritoryAPartyActsForIsNotAParty() {
            String text = "Treaty between the Government of the Republic of Honduras and the Government of the United "
                    + "Kingdom of Great Britain and Northern Ireland concerning the maritime areas between the Cayman "
                    + "Islands and the Republic of Honduras 4 December 2001 The Government of the Republic of Honduras and "
                    + "the Government of the United Kingdom, in respect of the Cayman Islands, Wishing to delimit";
            Parties p = read(text);
            assertEquals(Set.of("HND", "GBR"), Set.copyOf(p.parties()));
            assertEquals(List.of("CYM"), p.mentioned());
        }
    }

    @Nested
    class SignatureBlocks {
        @Test
        void forTheGovernmentOf() {
            String text = "ARTICLE 1\nThe Parties shall cooperate.\nIN WITNESS WHEREOF the undersigned have signed this "
                    + "Agreement.\nDONE in Tunis, on November 25th, 2004, in two originals, deposited with the Government of "
                    + "Norway.\nFor the Republic of Turkey For the Republic of Tunisia\n";
            assertEquals(Set.of("TUR", "TUN"), parties(text, null));
        }

        @Test
        void twoColumnsRunTogether() {
            String text = "ARTICLE 1\nIN WITNESS WHEREOF, the undersigned have signed this Agreement.\n"
                    + "DONE at Washington, D.C., this 30th day of June, 2007.\n"
                    + "FOR THE GOVERNMENT OF FOR THE GOVERNMENT OF\nTHE REPUBLIC OF KOREA: THE UNITED STATES OF AMERICA:\n";
            assertEquals(Set.of("KOR", "USA"), parties(text, null));
        }

        @Test
        void signedByForTheGovernmentOf() {
            String text = "Have Agreed as Follows:\nARTICLE 1\nIN WITNESS WHEREOF, the Plenipotentiaries have signed.\n"
                    + "Signed by ERROL W. BARROW for the Government of Barbados on 4TH JULY 1973.\n"
                    + "Signed by L.F.S. BURNHAM for the Government of Guyana on 4TH JULY 1973.\n";
            assertEquals(Set.of("BRB", "GUY"), parties(text, null));
        }
    }

    @Nested
    class SpanishAndFrench {
        @Test
        void spanishHeadingPreambleAndSignatures() {
            String text = "ACUERDO DE ALCANCE PARCIAL ENTRE LA REPÚBLICA DE CHILE Y LOS ESTADOS UNIDOS MEXICANOS\n"
                    + "El Gobierno de la República de Chile y el Gobierno de los Estados Unidos Mexicanos, denominados en lo "
                    + "sucesivo \"las Partes\", CONSIDERANDO que son miembros de la ALADI y del Perú;\n"
                    + "EN FE DE LO CUAL firman.\nHecho en Santiago.\nPor el Gobierno de la República de Chile:\n"
                    + "Por el Gobierno de los Estados Unidos Mexicanos:\n";
            Parties p = read(text);
            assertEquals(Set.of("CHL", "MEX"), Set.copyOf(p.parties()));
            assertTrue(p.mentioned().contains("PER"));
        }

        @Test
        void frenchGovernmentsAndSignatures() {
            String text = "Le Gouvernement de la République du Cameroun;\nLe Gouvernement de la République du Tchad;\n"
                    + "Conscients de la nécessité de développer ensemble leurs ressources;\n"
                    + "EN FOI DE QUOI les soussignés ont signé.\nFait à N'Djaména, le 16 Mars 1994\n"
                    + "Pour le Gouvernement de la République française\n";
            assertEquals(Set.of("CMR", "TCD", "FRA"), parties(text, null));
        }
    }

    @Nested
    class NewsPhrasing {
        @Test
        void xAndYSigned() {
            String text = "NIGERIA, BRITAIN TO RESCHEDULE OFFICIAL DEBT\nReuters, 24 March 1987\n"
                    + "LONDON, March 24 - Nigeria and Britain signed an agreement to reschedule Nigeria's official debts. "
                    + "Nigeria will go on to Paris for similar talks with France, and an agreement with Japan is expected.";
            Parties p = read(text);
            assertEquals(Set.of("NGA", "GBR"), Set.copyOf(p.parties()));
            assertEquals(Set.of("FRA", "JPN"), Set.copyOf(p.mentioned()));
        }

        @Test
        void ministriesSignedBetweenAndBy() {
            String text = "BAKU, Azerbaijan, December 16. The parliament discussed the security of the region.\n\n"
                    + "The meeting noted that the \"Memorandum of Understanding between the Ministry of Defense of "
                    + "Azerbaijan and the Ministry of National Defense of Türkiye\" was signed on July 22, 2025, in Istanbul "
                    + "by the Minister of Defense of Azerbaijan and the Minister of National Defense of Türkiye.\n\n"
                    + "Peace negotiations between Azerbaijan and Armenia go on; exercises involving Georgia continue.";
            Parties p = read(text);
            assertEquals(Set.of("AZE", "TUR"), Set.copyOf(p.parties()));
            assertEquals(Set.of("ARM", "GEO"), Set.copyOf(p.mentioned()));
        }

        @Test
        void parliamentRatifiedAMemorandumWith() {
            String text = "BAKU, December 25, 2025 – Azerbaijan's parliament, the Milli Majlis, approved on Thursday a draft "
                    + "law ratifying a Memorandum of Understanding on Military Security with Türkiye. Ties with Armenia "
                    + "remain tense.";
            assertEquals(Set.of("AZE", "TUR"), parties(text, null));
        }

        @Test
        void loansFromAndLendTo() {
            assertEquals(Set.of("YUG", "European Union"), parties("BELGRADE, June 18 - Yugoslavia has signed up for a "
                    + "550 mln ECU loan from the European Community (EC), the agency said.", null));
            assertEquals(Set.of("USA", "SDN"), parties("KHARTOUM, March 13 - The U.S. Is to lend Sudan 57 mln dlrs "
                    + "to buy wheat, according to an agreement signed here.", null));
        }
    }

    @Nested
    class Roles {
        @Test
        void demonymsCountOnlyInRoles() {
            String text = "The memorandum was signed in Istanbul by Azerbaijani Defense Minister Zakir Hasanov and his "
                    + "Turkish counterpart Yaşar Güler. Turkish drones played a role in the war, and a Georgian general "
                    + "watched.";
            Parties p = read(text);
            assertEquals(Set.of("AZE", "TUR"), Set.copyOf(p.parties()));
            assertTrue(!p.parties().contains("GEO"));
        }

        @Test
        void exchangeOfNotesBetweenEnvoys() {
            String text = "EXCHANGE OF NOTES ACCEPTING THE PROTOCOL SIGNED AT KIGOMA\nNo. 1 - The British Ambassador at "
                    + "Brussels to the Belgian Minister for Foreign Affairs\nI have the honour to convey the acceptance of "
                    + "the Protocol by His Britannic Majesty's Government.";
            assertEquals(Set.of("GBR", "BEL"), parties(text, null));
        }
    }

    @Nested
    class MentionsOnly {
        @Test
        void aCountryThatIsOnlyMentionedIsNotAParty() {
            Parties p = read("Peace negotiations between Azerbaijan and Armenia continued on Tuesday in Geneva.");
            assertEquals(List.of(), p.parties());
            assertEquals(List.of("AZE", "ARM"), p.mentioned());
        }
    }

    @Nested
    class Ambiguity {
        @Test
        void nigerAndNigeriaGuineaAndPapuaNewGuineaDominicaAndTheDominicanRepublic() {
            assertEquals(Set.of("NER", "NGA"), parties("Agreement between the Republic of the Niger and the Federal "
                    + "Republic of Nigeria\nThe Republic of the Niger and the Federal Republic of Nigeria,\nDesiring", null));
            assertEquals(Set.of("PNG", "GNQ"), parties("Agreement between Papua New Guinea and Equatorial Guinea\n"
                    + "Papua New Guinea and Equatorial Guinea,\nDesiring", null));
            assertEquals(Set.of("DOM", "DMA"), parties("Agreement between the Dominican Republic and the Commonwealth of "
                    + "Dominica\nThe Dominican Republic and the Commonwealth of Dominica,\nDesiring", null));
        }
    }

    @Nested
    class EuropeanUnionAgreements {
        @Test
        void anEuAgreementBindsTheMemberStatesOfItsYear() {
            String text = "ARTICLE 1\nBy this Agreement, an Association is established between the European Economic "
                    + "Community and Malta.\nARTICLE 2\nIN WITNESS WHEREOF, the Plenipotentiaries have signed.\n"
                    + "Done at Valletta on this fifth day of December in the year one thousand, nine hundred and seventy.\n"
                    + "For the Government of Malta,\nFor the Council of the European Communities,\n";
            assertEquals(Set.of("European Union", "MLT", "BEL", "DEU", "FRA", "ITA", "LUX", "NLD"), parties(text, null));
        }

        @Test
        void newsAboutTheCommunityDoesNotListItsMembers() {
            assertEquals(Set.of("CHN", "European Union"), parties("PEKING, March 31 - China and the European Community (EC) "
                    + "signed an agreement on the establishment of an EC office here.", null));
        }
    }

    @Test
    void evidenceQuotesTheSentenceWithItsOffsets() {
        String text = "PREAMBLE\nThe Republic of Finland and the Republic of Estonia,\nDesirous of creating favourable "
                + "conditions,\nHave agreed as follows:";
        Parties p = read(text);
        assertEquals(List.of("FIN", "EST"), p.parties());
        Evidence e = p.evidence().get(0);
        assertEquals("FIN", e.value());
        assertEquals(e.sentence(), text.substring(e.start(), e.end()).strip());
        assertTrue(e.sentence().contains("Republic of Finland and the Republic of Estonia"));
        assertTrue(e.confidence() > 0.9);
    }

    @Test
    void emptyInputReadsNothing() {
        assertEquals(Parties.NONE, EXTRACTOR.extract("", null));
        assertEquals(Parties.NONE, EXTRACTOR.extract(null, null));
    }
}
