package org.pacta.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Every write to the API needs {@code Authorization: ApiKey <key>}: 401 without a key, 403 with a
 * wrong one (or when no keys are configured, which disables writes). Reads stay open.
 */
public class WriteAccessFilter extends OncePerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SCHEME = "ApiKey ";

    private final ApiKeys keys;

    public WriteAccessFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READ_METHODS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            response.setHeader("WWW-Authenticate", "ApiKey");
            problem(response, HttpStatus.UNAUTHORIZED, "Writing needs an API key: send 'Authorization: ApiKey <key>'.");
            return;
        }
        if (keys.isEmpty()) {
            problem(response, HttpStatus.FORBIDDEN, "Writes are disabled: no API keys are configured (PACTA_API_KEYS).");
            return;
        }
        if (!keys.accepts(authorization.substring(SCHEME.length()).strip())) {
            problem(response, HttpStatus.FORBIDDEN, "This API key is not allowed to write.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
