package org.pacta.elasticsearch.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuerySyntaxTest {

    @Test
    void orAndAndBetweenWordsBecomeOperators() {
        assertEquals("Shusha | Lomé", QuerySyntax.normalize("Shusha OR Lomé"));
        assertEquals("(fisheries | fishing) + quota", QuerySyntax.normalize("(fisheries OR fishing) AND quota"));
    }

    @Test
    void quotedWordsLowerCaseAndPartsOfWordsStayAsTheyAre() {
        assertEquals("\"war OR peace\" | truce", QuerySyntax.normalize("\"war OR peace\" OR truce"));
        assertEquals("ORANGE or ANDORRA", QuerySyntax.normalize("ORANGE or ANDORRA"));
    }
}
