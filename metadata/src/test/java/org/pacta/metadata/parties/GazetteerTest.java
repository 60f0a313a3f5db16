package org.pacta.metadata.parties;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private final Gazetteer gazetteer = new Gazetteer();

    @Test
    void resolvesNamesInManyLanguagesAndCodes() {
        assertEquals(Optional.of("TUR"), gazetteer.resolve("Turquie"));
        assertEquals(Optional.of("TUR"), gazetteer.resolve("Türkei"));
        assertEquals(Optional.of("TUR"), gazetteer.resolve("Turquía"));
        assertEquals(Optional.of("TUR"), gazetteer.resolve("Турция"));
        assertEquals(Optional.of("TUR"), gazetteer.resolve("Türkiye"));
        assertEquals(Optional.of("TUR"), gazetteer.resolve("Turkiye"));
        assertEquals(Optional.of("TUR"), gazetteer.resolve("Turkey"));
        assertEquals(Optional.of("TUR"), gazetteer.resolve("TR"));
        assertEquals(Optional.of("TUR"), gazetteer.resolve("TUR"));
        assertEquals(Optional.of("DEU"), gazetteer.resolve("Allemagne"));
        assertEquals(Optional.of("DEU"), gazetteer.resolve("Federal Republic of Germany"));
        assertEquals(Optional.of("JPN"), gazetteer.resolve("日本"));
    }

    @Test
    void resolvesAliasesFormerNamesDemonymsAndBodies() {
        assertEquals(Optional.of("TUR"), gazetteer.resolve("Turkish"));
        assertEquals(Optional.of("AZE"), gazetteer.resolve("Azerbaijani"));
        assertEquals(Optional.of("NLD"), gazetteer.resolve("the Kingdom of the Netherlands"));
        assertEquals(Optional.of("KOR"), gazetteer.resolve("Republic of Korea"));
        assertEquals(Optional.of("KOR"), gazetteer.resolve("Korea, Republic of"));
        assertEquals(Optional.of("PRK"), gazetteer.resolve("Democratic People's Republic of Korea"));
        assertEquals(Optional.of("LAO"), gazetteer.resolve("Lao People's Democratic Republic"));
        assertEquals(Optional.of("GBR"), gazetteer.resolve("United Kingdom of Great Britain and Northern Ireland"));
        assertEquals(Optional.of("USA"), gazetteer.resolve("the United States of America"));
        assertEquals(Optional.of("SUN"), gazetteer.resolve("USSR"));
        assertEquals(Optional.of("SUN"), gazetteer.resolve("Soviet Union"));
        assertEquals(Optional.of("YUG"), gazetteer.resolve("Yugoslavia"));
        assertEquals(Optional.of("CSK"), gazetteer.resolve("Czechoslovakia"));
        assertEquals(Optional.of("DDR"), gazetteer.resolve("German Democratic Republic"));
        assertEquals(Optional.of("BFA"), gazetteer.resolve("Upper Volta"));
        assertEquals(Optional.of("RKS"), gazetteer.resolve("Kosovo"));
        assertEquals(Optional.of("MEX"), gazetteer.resolve("Estados Unidos Mexicanos"));
        assertEquals(Optional.of("AZE"), gazetteer.resolve("Ministry of Defense of Azerbaijan"));
        assertEquals(Optional.of("CHL"), gazetteer.resolve("Government of the Republic of Chile"));
        assertEquals(Optional.of("AZE"), gazetteer.resolve("Milli Majlis"));
    }

    @Test
    void resolvesOrganisationsToTheirIds() {
        assertEquals(Optional.of("European Union"), gazetteer.resolve("European Communities"));
        assertEquals(Optional.of("European Union"), gazetteer.resolve("EEC"));
        assertEquals(Optional.of("European Union"), gazetteer.resolve("Communauté économique européenne"));
        assertEquals(Optional.of("European Free Trade Association"), gazetteer.resolve("EFTA"));
        assertEquals(Optional.of("Association of Southeast Asian Nations"), gazetteer.resolve("ASEAN"));
        assertEquals(Optional.of("United Nations Development Programme"), gazetteer.resolve("UNDP"));
        assertEquals(Optional.empty(), gazetteer.resolve("Atlantis"));
        assertEquals(Optional.empty(), gazetteer.resolve(" "));
    }

    @Test
    void displaysNamesInALanguage() {
        assertEquals("Türkiye", gazetteer.displayName("TUR", Locale.ENGLISH));
        assertEquals("Turquie", gazetteer.displayName("TUR", Locale.FRENCH));
        assertEquals("Alemania", gazetteer.displayName("DEU", Locale.forLanguageTag("es")));
        assertEquals("Kosovo", gazetteer.displayName("RKS", Locale.ENGLISH));
        assertEquals("Soviet Union", gazetteer.displayName("SUN", Locale.ENGLISH));
        assertEquals("European Union", gazetteer.displayName("European Union", Locale.ENGLISH));
        assertEquals("XYZ", gazetteer.displayName("XYZ", Locale.ENGLISH));
    }

    @Test
    void longestWholeWordMatchWins() {
        assertEquals(List.of("PNG", "GNQ", "GIN", "GNB"),
                codes("Papua New Guinea, Equatorial Guinea, Guinea and Guinea-Bissau"));
        assertEquals(List.of("NGA", "NER"), codes("Nigeria and the Republic of the Niger"));
        assertEquals(List.of("DOM", "DMA"), codes("the Dominican Republic and Dominica"));
        assertEquals(List.of("ROU"), codes("Romania"));
        assertEquals(List.of("SSD", "SDN"), codes("South Sudan and Sudan"));
        assertEquals(List.of("COD", "COG"), codes("the Democratic Republic of the Congo and the Republic of the Congo"));
        assertEquals(List.of("PRK", "KOR"), codes("the Democratic People's Republic of Korea and the Republic of Korea"));
        assertEquals(List.of("MEX", "USA"), codes("los Estados Unidos Mexicanos y los Estados Unidos de América"));
    }

    @Test
    void foldsAccentsButRespectsCase() {
        assertEquals(List.of("TUR", "TUR", "TUR"), codes("Türkiye, Turkiye, TÜRKIYE"));
        assertEquals(List.of(), codes("roast turkey with a china plate"));
        assertEquals(List.of("European Union"), codes("the EC said"));
        assertEquals(List.of(), codes("an ec number"));
        assertEquals(List.of("CHN", "CHN"), codes("China, CHINA"));
    }

    @Test
    void leavesOutPlacesAndCurrencies() {
        assertEquals(List.of(), codes("MEXICO CITY, June 18 - officials in Mexico City said"));
        assertEquals(List.of(), codes("47 mln U.S. Dlrs and 3 U.S. dollars"));
        assertEquals(List.of("USA"), codes("the U.S. Treasury"));
    }

    @Test
    void tellsNamesFromMembersAndDemonyms() {
        List<Mention> mentions = gazetteer.find("the EFTA States and the Member States of ASEAN; the Turkish Government");
        assertEquals(List.of(Mention.Kind.MEMBERS, Mention.Kind.MEMBERS, Mention.Kind.DEMONYM),
                mentions.stream().map(Mention::kind).toList());
        Mention turkish = mentions.get(2);
        assertEquals("TUR", turkish.code());
        assertEquals("Turkish", "the EFTA States and the Member States of ASEAN; the Turkish Government"
                .substring(turkish.start(), turkish.end()));
    }

    @Test
    void knowsOrganisationsAndTheirMembers() {
        assertTrue(gazetteer.isGrouping("European Free Trade Association"));
        assertTrue(gazetteer.isOrganisation("European Union"));
        assertTrue(!gazetteer.isGrouping("European Union"));
    }

    @Test
    void theBundledMembershipTableKnowsWhoBelongedWhen() {
        Memberships table = Memberships.bundled();
        assertEquals(java.util.Set.of("BEL", "DEU", "FRA", "ITA", "LUX", "NLD"), members(table, "European Union", "1970-06-01"));
        assertTrue(members(table, "European Union", "2021-06-01").contains("HRV"));
        assertTrue(members(table, "European Union", "2020-01-31").contains("GBR"), "a member until the end of 31 January 2020");
        assertTrue(!members(table, "European Union", "2020-02-01").contains("GBR"));
        assertTrue(members(table, "European Free Trade Association", "1970-06-01").containsAll(java.util.Set.of("GBR", "ISL")));
        // every organisation of the table is one the gazetteer knows, and every member a known code
        for (String org : table.organisations()) {
            assertTrue(gazetteer.isOrganisation(org), org);
            table.on(org, java.time.LocalDate.of(2000, 1, 1)).forEach(m -> assertTrue(gazetteer.isKnownCode(m.member()), m.toString()));
        }
    }

    private static java.util.Set<String> members(Memberships table, String org, String day) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        table.on(org, java.time.LocalDate.parse(day)).forEach(m -> out.add(m.member()));
        return out;
    }

    private List<String> codes(String text) {
        return gazetteer.find(text).stream().filter(m -> m.kind() != Mention.Kind.DEMONYM).map(Mention::code).toList();
    }
}
