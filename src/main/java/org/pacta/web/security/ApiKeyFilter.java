package org.pacta.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.Principal;
import java.util.Set;

/**
 * The API's key check. Every write needs {@code Authorization: ApiKey <key>} with a write key: 401
 * without a key, 403 with a wrong one (or when no write keys are configured, which disables writes).
 * Reads are open unless read keys are configured; then a read key or a write key is needed, with the
 * same 401/403; {@code /actuator/prometheus} is a read like the API's. Pages, scripts and
 * {@code /actuator/health} are never refused; health shows its details (data dir, disk, cluster) only
 * to a caller presenting a write key, anonymous callers see the status alone.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SCHEME = "ApiKey ";
    private static final String HEALTH = "/actuator/health";
    private static final String PROMETHEUS = "/actuator/prometheus";
    /** The role actuator's {@code show-details: when-authorized} asks of a caller (application.yml). */
    static final String WRITER_ROLE = "WRITER";

    private final ApiKeys writeKeys;
    private final ApiKeys readKeys;
    private final OwnerKey owner;

    /** @param owner the data dir owner's key ({@link LocalServer}): a writer's key that works even when writes are off */
    public ApiKeyFilter(ApiKeys writeKeys, ApiKeys readKeys, OwnerKey owner) {
        this.writeKeys = writeKeys;
        this.readKeys = readKeys;
        this.owner = owner;
    }

    static boolean isWrite(HttpServletRequest request) {
        return !READ_METHODS.contains(request.getMethod());
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/api/") || uri.equals(PROMETHEUS);
    }

    private static boolean isHealth(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.equals(HEALTH) || uri.startsWith(HEALTH + "/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (isHealth(request)) {
            return false;
        }
        boolean openRead = !isWrite(request) && (readKeys.isEmpty() || "OPTIONS".equals(request.getMethod()));
        return !isApi(request) || openRead;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isHealth(request)) {
            chain.doFilter(writeKeyHolder(request) ? new KeyHolder(request) : request, response);
            return;
        }
        boolean write = isWrite(request);
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            response.setHeader("WWW-Authenticate", "ApiKey");
            response.sendError(HttpStatus.UNAUTHORIZED.value(),
                    (write ? "Writing" : "Reading") + " needs an API key: send 'Authorization: ApiKey <key>'.");
            return;
        }
        String key = authorization.substring(SCHEME.length()).strip();
        if (owner.accepts(key)) {
            request.setAttribute(OwnerKey.ATTRIBUTE, Boolean.TRUE);
            chain.doFilter(request, response);
            return;
        }
        if (write && writeKeys.isEmpty()) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "Writes are disabled: no API keys are configured (PACTA_API_KEYS).");
            return;
        }
        // Both sets are always compared (no short-circuit), so the time taken does not tell which kind of key was close.
        boolean allowed = write ? writeKeys.accepts(key) : writeKeys.accepts(key) | readKeys.accepts(key);
        if (!allowed) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "This API key is not allowed to " + (write ? "write." : "read."));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean writeKeyHolder(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && !writeKeys.isEmpty() && writeKeys.accepts(authorization.substring(SCHEME.length()).strip());
    }

    /** A request made with a write key, as actuator asks: a principal in the writer role. */
    private static final class KeyHolder extends HttpServletRequestWrapper {

        private static final Principal PRINCIPAL = () -> "api-key";

        KeyHolder(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return PRINCIPAL;
        }

        @Override
        public boolean isUserInRole(String role) {
            return WRITER_ROLE.equals(role);
        }
    }
}
