package org.pacta.esanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.esanalysis.AnalysisTestSupport.analyze;
import static org.pacta.esanalysis.AnalysisTestSupport.normalize;
import static org.pacta.esanalysis.AnalysisTestSupport.settings;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.junit.jupiter.api.Test;

class PactaAnalysisPluginTest {

    private static TokenFilterFactory filter(String type, Settings settings) throws Exception {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new PactaAnalysisPlugin().getTokenFilters();
        return filters.get(type).get(null, null, "test_" + type, settings);
    }

    @Test
    void registersOnlyTheFiltersTheMinimalDistributionLacks() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new PactaAnalysisPlugin().getTokenFilters();
        // stop, shingle, hunspell (and the pre-configured lowercase) are in the server core.
        assertEquals(Set.of("asciifolding", "lowercase", "stemmer", "elision"), filters.keySet());
        assertTrue(filters.get("elision").requiresAnalysisSettings());
        assertFalse(filters.get("asciifolding").requiresAnalysisSettings());
        assertFalse(filters.get("stemmer").requiresAnalysisSettings());
    }

    @Test
    void englishChainFoldsAndStems() throws Exception {
        // Porter ("english") also strips the final e of "turkiye": index and query side agree, so it still matches.
        List<String> porter = analyze("Türkiye's negotiators signed agreements",
            filter("lowercase", Settings.EMPTY),
            filter("asciifolding", Settings.EMPTY),
            filter("stemmer", settings("language", "possessive_english")),
            filter("stemmer", settings("language", "english")));
        assertEquals(List.of("turkiy", "negoti", "sign", "agreement"), porter);

        // KStem ("light_english") maps to dictionary words.
        List<String> kstem = analyze("Türkiye's negotiators signed agreements",
            filter("lowercase", Settings.EMPTY),
            filter("asciifolding", Settings.EMPTY),
            filter("stemmer", settings("language", "possessive_english")),
            filter("stemmer", settings("language", "light_english")));
        assertEquals(List.of("turkiye", "negotiate", "sign", "agreement"), kstem);
    }

    @Test
    void normalizerFoldsKeywordValue() throws Exception {
        TokenFilterFactory lowercase = filter("lowercase", Settings.EMPTY);
        TokenFilterFactory folding = filter("asciifolding", Settings.EMPTY);
        assertInstanceOf(NormalizingTokenFilterFactory.class, lowercase);
        assertInstanceOf(NormalizingTokenFilterFactory.class, folding);
        assertEquals(List.of("geneve"), normalize("Genève", lowercase, folding));
        assertEquals(List.of("cote d'ivoire"), normalize("Côte d'Ivoire", lowercase, folding));
    }
}
