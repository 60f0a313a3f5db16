package org.pacta.metadata.places;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NEW DELHI | New Delhi",
            "DHAKA | Dhaka",
            "N'DJAMÉNA | N'Djaména",
            "Peking | Beijing",
            "PEKING | Beijing",
            "the City of Ashgabat | Ashgabat",
            "la ciudad de Montevideo | Montevideo",
            "Washington, D.C. | Washington",
            "Genève | Geneva",
            "Bruxelles | Brussels",
            "Sofia | Sofia",
            "  Kuala Lumpur, | Kuala Lumpur",
    })
    void normalises(String written, String expected) {
        assertEquals(expected, PlaceNames.get().normalize(written));
    }
}
