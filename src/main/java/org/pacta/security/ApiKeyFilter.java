package org.pacta.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * The API's key check. Every write needs {@code Authorization: ApiKey <key>} with a write key: 401
 * without a key, 403 with a wrong one (or when no write keys are configured, which disables writes).
 * Reads are open unless read keys are configured; then a read key or a write key is needed, with the
 * same 401/403. Pages, scripts and {@code /actuator/health} are never checked.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SCHEME = "ApiKey ";

    private final ApiKeys writeKeys;
    private final ApiKeys readKeys;

    public ApiKeyFilter(ApiKeys writeKeys, ApiKeys readKeys) {
        this.writeKeys = writeKeys;
        this.readKeys = readKeys;
    }

    static boolean isWrite(HttpServletRequest request) {
        return !READ_METHODS.contains(request.getMethod());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean openRead = !isWrite(request) && (readKeys.isEmpty() || "OPTIONS".equals(request.getMethod()));
        return !isApi(request) || openRead;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean write = isWrite(request);
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            response.setHeader("WWW-Authenticate", "ApiKey");
            Problems.send(response, HttpStatus.UNAUTHORIZED,
                    (write ? "Writing" : "Reading") + " needs an API key: send 'Authorization: ApiKey <key>'.");
            return;
        }
        String key = authorization.substring(SCHEME.length()).strip();
        if (write && writeKeys.isEmpty()) {
            Problems.send(response, HttpStatus.FORBIDDEN, "Writes are disabled: no API keys are configured (PACTA_API_KEYS).");
            return;
        }
        // Both sets are always compared (no short-circuit), so the time taken does not tell which kind of key was close.
        boolean allowed = write ? writeKeys.accepts(key) : writeKeys.accepts(key) | readKeys.accepts(key);
        if (!allowed) {
            Problems.send(response, HttpStatus.FORBIDDEN, "This API key is not allowed to " + (write ? "write." : "read."));
            return;
        }
        chain.doFilter(request, response);
    }
}
