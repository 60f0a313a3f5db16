package org.pacta.esanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.esanalysis.AnalysisTestSupport.analyze;

import java.util.List;

import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class ElisionTokenFilterFactoryTest {

    @Test
    void removesConfiguredArticles() throws Exception {
        Settings settings = Settings.builder().putList("articles", "l", "d", "qu").build();
        ElisionTokenFilterFactory elision = new ElisionTokenFilterFactory(null, null, "elision", settings);
        assertEquals(List.of("accord", "Europe", "L'Union"), analyze("l'accord d'Europe L'Union", elision));
    }

    @Test
    void articlesCaseMakesMatchingCaseInsensitive() throws Exception {
        Settings settings = Settings.builder().putList("articles", "l").put("articles_case", true).build();
        ElisionTokenFilterFactory elision = new ElisionTokenFilterFactory(null, null, "elision", settings);
        assertEquals(List.of("Union", "accord"), analyze("L'Union l'accord", elision));
    }

    @Test
    void requiresArticles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new ElisionTokenFilterFactory(null, null, "elision", Settings.EMPTY));
        assertTrue(e.getMessage().contains("requires [articles]"), e.getMessage());
    }
}
