package org.pacta.metadata.parties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Both sides of a deal in news written in several languages (sentences written for this test). */
class NewsInLanguagesTest {

    private static final PartyExtractor EXTRACTOR = new PartyExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Ankara, 3 March (Agency) - Japan and Chile signed an agreement on fisheries on Tuesday, officials said. | JPN CHL",
        "en | Ankara, 3 March (Agency) - Japan signed a memorandum with Chile on fisheries on Tuesday. | JPN CHL",
        "fr | Paris, 3 mars (Agence) - Le Maroc et la Tunisie ont signé mardi un accord de libre-échange. | MAR TUN",
        "fr | Paris, 3 mars (Agence) - Un accord a été signé entre le Sénégal et le Mali mardi. | SEN MLI",
        "es | Lima, 3 de marzo (Agencia) - Perú y Ecuador firmaron el martes un acuerdo de pesca. | PER ECU",
        "es | Lima, 3 de marzo (Agencia) - Bolivia firmó un memorándum con Paraguay el martes. | BOL PRY",
        "pt | Lisboa, 3 de março (Agência) - Portugal e Angola assinaram na terça-feira um acordo de pesca. | PRT AGO",
        "de | Berlin, 3. März (Agentur) - Österreich und Ungarn unterzeichneten am Dienstag ein Abkommen. | AUT HUN",
        "ru | Москва, 3 марта (Агентство) - Казахстан и Узбекистан подписали во вторник соглашение о торговле. | KAZ UZB",
        "tr | Ankara, 3 Mart (Ajans) - Türkiye ile Gürcistan salı günü bir ticaret anlaşması imzaladı. | TUR GEO",
    })
    void bothSides(String language, String text, String expected) {
        assertEquals(Set.of(expected.split(" ")), Set.copyOf(EXTRACTOR.extract(text, null).parties()), language + ": " + text);
    }
}
