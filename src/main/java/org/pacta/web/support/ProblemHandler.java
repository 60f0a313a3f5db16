package org.pacta.web.support;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
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
