package org.pacta.web.support;

import org.junit.jupiter.api.Test;
import org.pacta.core.search.SearchTimedOutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A search that found nothing in time is the archive being busy: 503, when to come back, and what to try. */
class SearchTimedOutProblemTest {

    @Test
    void serviceUnavailableWithRetryAfterAndADetailThatSaysWhatToDo() {
        ResponseEntity<ProblemDetail> answer = new ProblemHandler().searchTimedOut(
                new SearchTimedOutException(Duration.ofSeconds(5)));
        assertEquals(503, answer.getStatusCode().value());
        assertEquals(Long.toString(ProblemHandler.SEARCH_RETRY_AFTER_SECONDS),
                answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        String detail = answer.getBody().getDetail();
        assertTrue(detail.contains("longer than 5.0 s") && detail.contains("try again"), detail);
        assertEquals("Service Unavailable", answer.getBody().getTitle());
    }
}
