package org.pacta.web.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place an RFC 9457 problem is made. Spring MVC answers with {@link #of} (exception handlers, the
 * error controller, which also renders what filters send with {@code sendError}); Tomcat's own refusals,
 * before any servlet runs, are written with {@link #json} by {@link ProblemErrorReportValve}.
 */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** A problem with a detail a person can act on; a server error never tells its cause. */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error " + status.value() : known.getReasonPhrase());
        if (status.is5xxServerError()) {
            problem.setDetail("The server could not answer this request; it has been logged.");
        } else if (detail != null && !detail.isBlank()) {
            problem.setDetail(detail);
        }
        return problem;
    }

    /** The problem as an exception a controller throws: Spring MVC answers it as it is. */
    public static ErrorResponseException exception(HttpStatus status, String detail) {
        return new ErrorResponseException(status, of(status, detail), null);
    }

    /** The same problem as JSON, for writers outside Spring MVC. */
    static String json(int status, String detail) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(status), detail);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        fields.put("title", problem.getTitle());
        fields.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            fields.put("detail", problem.getDetail());
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
