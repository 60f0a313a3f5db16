package org.pacta.web.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error page ({@code /error}) answers: a problem detail, never Spring's
 * default JSON or an HTML page. It renders errors sent outside Spring MVC's handlers — a filter's
 * {@code sendError} (API keys, write rate), a query string Tomcat cannot decode, an exception in a filter.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer value && value >= 400 && value <= 599 ? value : 500;
        if (exception != null && status >= 500) {
            LOG.error("{} {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status, exception);
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = message == null || message.toString().isBlank() ? null : message.toString();
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), detail);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri)); // the request's path, not /error
            } catch (IllegalArgumentException e) {
                // a path that is no URI is left out
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
