package org.pacta.core.search;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryLimitsTest {

    @Test
    void ordinaryQueriesPass() {
        for (String query : List.of("Istanbul", "\"military security\" -Armenia", "Shusha OR Lomé", "agree* (peace | truce)",
                "co-operation", "a\\*b", "")) {
            assertDoesNotThrow(() -> QueryLimits.check(query), query);
        }
        assertDoesNotThrow(() -> QueryLimits.check(null));
    }

    @Test
    void termsAreWordsBetweenOperatorsWithPhrasesWordsCountedAndAndOrLeftOut() {
        assertEquals(List.of("military", "security", "Armenia"), QueryLimits.terms("\"military security\" -Armenia"));
        assertEquals(List.of("a", "b*", "c"), QueryLimits.terms("a+b* | (c) AND OR"));
        assertEquals(List.of("co-operation", "\\\"OR\\\""), QueryLimits.terms("co-operation \\\"OR\\\""));
        assertEquals(List.of("word~2"), QueryLimits.terms("word~2 ~ * -"));
    }

    @Test
    void tooManyTermsNamesTheLimitAndTheCount() {
        String words = String.join(" ", Collections.nCopies(QueryLimits.MAX_TERMS + 1, "word"));
        assertDoesNotThrow(() -> QueryLimits.check(words.substring("word ".length())));
        String detail = refused(words);
        assertTrue(detail.contains("(limit: terms)") && detail.contains(QueryLimits.MAX_TERMS + 1 + " terms"), detail);
        assertTrue(refused(String.join(" ", Collections.nCopies(100, "word~2"))).contains("(limit: terms)"));
    }

    @Test
    void tooManyPrefixTerms() {
        String prefixes = String.join(" | ", Collections.nCopies(QueryLimits.MAX_PREFIX_TERMS + 1, "agr*"));
        String detail = refused(prefixes);
        assertTrue(detail.contains("(limit: prefix terms)") && detail.contains(QueryLimits.MAX_PREFIX_TERMS + 1 + " prefix"),
                detail);
    }

    @Test
    void shortPrefixesAndLeadingWildcardsAreRefused() {
        for (String query : List.of("a*", "ab*", "treaty *a*b*c*", "\"a*\"", "-ab*")) {
            String detail = refused(query);
            assertTrue(detail.contains("(limit: prefix length)"), detail);
        }
        assertDoesNotThrow(() -> QueryLimits.check("abc*"));
    }

    @Test
    void tooLongBeforeAnythingElse() {
        String detail = refused(String.join("+", Collections.nCopies(1_500, "a*")));
        assertTrue(detail.contains("(limit: query length)") && detail.contains("4499 characters"), detail);
    }

    @Test
    void aSearchRequestIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("a*", null, true, null, null, null, null, null,
                null, null, 0, 20, null));
    }

    private static String refused(String query) {
        return assertThrows(IllegalArgumentException.class, () -> QueryLimits.check(query)).getMessage();
    }
}
