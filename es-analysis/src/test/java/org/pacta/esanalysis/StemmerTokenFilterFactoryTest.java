package org.pacta.esanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.esanalysis.AnalysisTestSupport.analyze;
import static org.pacta.esanalysis.AnalysisTestSupport.settings;

import java.util.List;

import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class StemmerTokenFilterFactoryTest {

    private static List<String> stem(String language, String text) throws Exception {
        return analyze(text, new StemmerTokenFilterFactory(null, null, "stemmer", settings("language", language)));
    }

    @Test
    void defaultsToPorter() throws Exception {
        StemmerTokenFilterFactory stemmer = new StemmerTokenFilterFactory(null, null, "stemmer", Settings.EMPTY);
        assertEquals("porter", stemmer.language());
        assertEquals(List.of("sign", "agreement"), analyze("signed agreements", stemmer));
    }

    @Test
    void englishVariants() throws Exception {
        assertEquals(List.of("sign", "agreement", "ratifi", "treati"), stem("english", "signed agreements ratified treaties"));
        assertEquals(List.of("sign", "agreement", "ratify", "treaty"), stem("light_english", "signed agreements ratified treaties"));
        assertEquals(List.of("signed", "agreement", "ratified", "treaty"), stem("minimal_english", "signed agreements ratified treaties"));
        assertEquals(List.of("nation", "charter"), stem("possessive_english", "nation's charter"));
        assertEquals(List.of("sign", "agreement", "ratifi", "treati"), stem("porter2", "signed agreements ratified treaties"));
    }

    @Test
    void otherLanguages() throws Exception {
        // FrenchLightStemFilter also collapses double consonants.
        assertEquals(List.of("acord", "national"), stem("light_french", "accords nationaux"));
        assertEquals(List.of("accord", "signatair"), stem("french", "accords signataires"));
        assertEquals(List.of("tratad", "internacional"), stem("light_spanish", "tratados internacionales"));
        assertEquals(List.of("trat", "internacional"), stem("spanish", "tratados internacionales"));
        assertEquals(List.of("vertrag", "staat"), stem("light_german", "verträge staaten"));
        assertEquals(List.of("vertrag", "staat"), stem("german", "verträge staaten"));
    }

    @Test
    void acceptsCamelCaseAndNameAlias() throws Exception {
        assertEquals("light_english", new StemmerTokenFilterFactory(null, null, "s", settings("language", "lightEnglish")).language());
        assertEquals("possessive_english", new StemmerTokenFilterFactory(null, null, "s", settings("name", "possessive_english")).language());
    }

    @Test
    void unknownLanguageIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new StemmerTokenFilterFactory(null, null, "my_stemmer", settings("language", "klingon")));
        assertTrue(e.getMessage().contains("stemmer filter [my_stemmer]: unknown language [klingon]"), e.getMessage());
        assertTrue(e.getMessage().contains("light_english"), e.getMessage());
    }
}
