package org.pacta.web.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes per client address: a token bucket of {@code burst} writes refilled at {@code perMinute}.
 * It runs before the key check, so guessing keys is slowed down as much as writing. Over the limit:
 * 429 with {@code Retry-After}. Reads are never limited.
 */
public class WriteRateLimitFilter extends OncePerRequestFilter {

    private final int perMinute;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public WriteRateLimitFilter(int perMinute, int burst) {
        this.perMinute = perMinute;
        this.burst = burst;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiKeyFilter.isApi(request) || !ApiKeyFilter.isWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.computeIfAbsent(request.getRemoteAddr(), address -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Too many writes: at most " + perMinute
                    + " a minute (PACTA_WRITE_RATE) after a burst of " + burst + "; retry in " + seconds + " s.");
            return;
        }
        chain.doFilter(request, response);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
