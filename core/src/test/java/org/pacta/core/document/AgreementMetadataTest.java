package org.pacta.core.document;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class AgreementMetadataTest {

    private final Evidence placeEvidence = new Evidence("Istanbul", "signed in Istanbul", 10, 27, 0.9);
    private final Evidence partiesEvidence = new Evidence("AZE,TUR", "Azerbaijan and Türkiye signed", 0, 29, 0.9);
    private final AgreementMetadata read = new AgreementMetadata("Read title", List.of("AZE", "TUR"),
            LocalDate.of(2025, 7, 22), "Istanbul", "signed", "memorandum", "en", null, List.of(), null, Set.of(),
            Map.of("signed_place", placeEvidence, "parties", partiesEvidence), null, List.of(), List.of(), null);

    @Test
    void curatedFieldsWinFieldByFieldAndDropTheirEvidence() {
        AgreementMetadata curated = new AgreementMetadata(null, List.of("AZE"), null, null, null, null, null, null,
                List.of("defence"), null, Set.of("parties", "tags"), Map.of(), null, null, null, null);
        AgreementMetadata merged = read.overriddenBy(curated);
        assertEquals(List.of("AZE"), merged.parties());
        assertEquals(List.of("defence"), merged.tags());
        assertEquals("Istanbul", merged.signedPlace());
        assertEquals("Read title", merged.title());
        assertEquals(Map.of("signed_place", placeEvidence), merged.evidence());
        assertEquals(Set.of("parties", "tags"), merged.curatedFields());
    }

    @Test
    void aCuratedEmptyValueStillWins() {
        AgreementMetadata curated = new AgreementMetadata(null, List.of(), null, null, null, null, null, null,
                List.of(), null, Set.of("signed_place"), Map.of(), null, null, null, null);
        assertEquals(null, read.overriddenBy(curated).signedPlace());
    }

    @Test
    void nothingCuratedKeepsWhatWasRead() {
        assertSame(read, read.overriddenBy(AgreementMetadata.EMPTY));
    }
}
