package org.pacta.esanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.esanalysis.AnalysisTestSupport.analyze;
import static org.pacta.esanalysis.AnalysisTestSupport.normalize;
import static org.pacta.esanalysis.AnalysisTestSupport.settings;

import java.util.List;

import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class AsciiFoldingTokenFilterFactoryTest {

    @Test
    void foldsByDefault() throws Exception {
        AsciiFoldingTokenFilterFactory folding = new AsciiFoldingTokenFilterFactory(null, null, "asciifolding", Settings.EMPTY);
        assertFalse(folding.preserveOriginal());
        assertEquals(List.of("Geneve", "Sao", "Paulo", "Malmo", "Lodz"), analyze("Genève São Paulo Malmö Łódź", folding));
        assertSame(folding, folding.getSynonymFilter());
    }

    @Test
    void preserveOriginalKeepsBothInAnalyzersButOneInNormalizers() throws Exception {
        AsciiFoldingTokenFilterFactory folding =
            new AsciiFoldingTokenFilterFactory(null, null, "folding", settings("preserve_original", "true"));
        assertTrue(folding.preserveOriginal());
        assertEquals(List.of("Geneve", "Genève", "Bern"), analyze("Genève Bern", folding));
        assertEquals(List.of("Geneve"), normalize("Genève", folding));
        assertEquals(List.of("Geneve"), analyze("Genève", folding.getSynonymFilter()));
    }
}
