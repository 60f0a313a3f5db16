package org.pacta.esanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.esanalysis.AnalysisTestSupport.analyze;
import static org.pacta.esanalysis.AnalysisTestSupport.normalize;
import static org.pacta.esanalysis.AnalysisTestSupport.settings;

import java.util.List;

import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;

class LowerCaseTokenFilterFactoryTest {

    @Test
    void lowercasesByDefault() throws Exception {
        LowerCaseTokenFilterFactory lowercase = new LowerCaseTokenFilterFactory(null, null, "lowercase", Settings.EMPTY);
        assertEquals(List.of("united", "nations", "istanbul"), analyze("UNITED Nations ISTANBUL", lowercase));
        assertEquals(List.of("united nations"), normalize("United Nations", lowercase));
    }

    @Test
    void turkishLanguageHandlesDottedCapitalI() throws Exception {
        LowerCaseTokenFilterFactory turkish = new LowerCaseTokenFilterFactory(null, null, "tr", settings("language", "turkish"));
        assertEquals(List.of("türkiye", "ısparta"), analyze("TÜRKİYE ISPARTA", turkish));
    }

    @Test
    void unknownLanguageIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new LowerCaseTokenFilterFactory(null, null, "lc", settings("language", "klingon")));
        assertTrue(e.getMessage().contains("unsupported language [klingon]"), e.getMessage());
    }
}
