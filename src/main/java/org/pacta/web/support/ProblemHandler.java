package org.pacta.web.support;

import org.pacta.core.search.SearchTimedOutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.NoSuchElementException;

/**
 * Errors as RFC 9457 problem details with a message a person can act on. Spring MVC's own exceptions
 * (missing or mistyped parameters, unreadable bodies, unsupported media types, uploads over the limit)
 * are answered by {@link ResponseEntityExceptionHandler}; what the container itself refuses is answered
 * by {@link ProblemErrorController} and {@link ProblemErrorReportValve}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    /** When a timed-out search is worth trying again: long enough for the searches that crowded it out to end. */
    static final long SEARCH_RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A search that found nothing in time: the archive is busy, not broken, so the detail says what to do. */
    @ExceptionHandler(SearchTimedOutException.class)
    ResponseEntity<ProblemDetail> searchTimedOut(SearchTimedOutException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, null);
        problem.setDetail(e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(SEARCH_RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A multipart body that cannot be read (no boundary, truncated, malformed); over the size limit is 413 above. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST,
                "The upload is not a readable multipart/form-data body with its files in the field 'files'.");
    }
}
