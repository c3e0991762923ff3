package se.samverkan.defaults.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most {@code maxConcurrent} state-changing API requests (POST, PUT, PATCH, DELETE under
 * {@code /api/}) are in work at once; one more waits at most {@code maxWait} for a place and is
 * otherwise answered {@code 503} with {@code Retry-After} at once, before its token is checked or
 * anything is read or written. Without it, under more submissions than the database keeps up
 * with, every worker thread waited on the database, requests queued behind them until their
 * callers gave up, and the service went on storing what nobody waited for any more (the benchmark
 * suite's freshness load). Reads and the administrators' APIs are never held back, so the portal
 * and the operators' tools keep answering while writes are refused. Refusals are counted
 * ({@code samverkan.web.writes.refused}), not written to the audit trail: nothing was done.
 */
public final class WriteBulkheadFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Bulkhead bulkhead;
    private final Counter refused;
    private final long retryAfterSeconds;

    public WriteBulkheadFilter(int maxConcurrent, Duration maxWait, Duration retryAfter, MeterRegistry meters) {
        this.bulkhead = Bulkhead.of("writes", BulkheadConfig.custom().maxConcurrentCalls(maxConcurrent)
                .maxWaitDuration(maxWait).build());
        this.refused = Counter.builder("samverkan.web.writes.refused")
                .description("State-changing requests answered 503 because as many were already in work")
                .register(meters);
        Gauge.builder("samverkan.web.writes.available", bulkhead,
                        b -> b.getMetrics().getAvailableConcurrentCalls())
                .description("Places left for state-changing requests in work at once").register(meters);
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !WRITES.contains(request.getMethod()) || !path.startsWith("/api/") || path.startsWith("/api/v1/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bulkhead.tryAcquirePermission()) {
            refused.increment();
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            bulkhead.onComplete();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = Problems.unavailable("Tjänsten tar emot fler ändringar än den hinner med just nu. "
                + "Inget sparades; skicka begäran igen om " + retryAfterSeconds + " sekund"
                + (retryAfterSeconds == 1 ? "" : "er") + ".");
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        Problems.write(request, response, problem);
    }
}
