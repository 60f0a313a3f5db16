package org.pacta.metadata.status;

import org.junit.jupiter.api.Test;
import org.pacta.core.agreement.Stages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageLexiconTest {

    private final StageLexicon lexicon = StageLexicon.get();

    @Test
    void stagesRankAsTheAgreementTimelineOrdersThem() {
        for (String stage : List.of("negotiating", "initialled", "adopted", "signed", "approved in first reading",
                "ratified", "in force", "terminated", "withdrawn")) {
            assertEquals(Stages.rank(stage), lexicon.stage(stage).rank(), stage);
        }
    }

    @Test
    void everyStageAfterSigningHasPhrasesInEachNewsLanguage() {
        for (String stage : List.of("signed", "ratified", "in force", "terminated", "withdrawn", "suspended")) {
            long forms = lexicon.phrases().stream().filter(p -> p.stage().name().equals(stage)).count();
            assertTrue(forms >= 6, stage + " has " + forms + " phrases");
        }
        assertNotNull(lexicon.unreal("not"));
        assertNotNull(lexicon.unreal("не"));
        assertTrue(lexicon.legislature().matcher("госдума").find());
    }

    @Test
    void mostPatternsTellTheWordsTheirMatchesStartWith() {
        assertEquals(List.of("ratif"), LiteralPrefixes.of("\\bratif(y|ied|ies|ying)\\b"));
        assertEquals(List.of("is", "are"), LiteralPrefixes.of("\\b(is|are)\\s+in\\s+force"));
        assertEquals(List.of("cancel"), LiteralPrefixes.of("\\bcancell?ed\\b"));
        assertEquals(null, LiteralPrefixes.of("\\b(\\w+\\s+){0,2}signed"));
        assertTrue(LiteralPrefixes.gate("\\b(is|are)\\s+in\\s+force").mayMatch("it is in force"));
        assertTrue(!LiteralPrefixes.gate("\\b(is|are)\\s+in\\s+force").mayMatch("this force"));
        long told = lexicon.phrases().stream().filter(p -> p.gate() != null).count();
        assertTrue(told > lexicon.phrases().size() * 9 / 10, told + " of " + lexicon.phrases().size());
    }
}
