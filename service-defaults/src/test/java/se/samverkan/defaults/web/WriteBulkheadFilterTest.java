package se.samverkan.defaults.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;

/** Two writes at most at once here; a third is refused at once while reads and admin calls go through. */
class WriteBulkheadFilterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final WriteBulkheadFilter filter = new WriteBulkheadFilter(2, Duration.ZERO, Duration.ofSeconds(2), meters);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch inWork = new CountDownLatch(2);
    private final AtomicInteger reachedTheService = new AtomicInteger();
    private Thread first;
    private Thread second;

    @AfterEach
    void letGo() throws InterruptedException {
        release.countDown();
        if (first != null) {
            first.join(5_000);
            second.join(5_000);
        }
    }

    @Test
    void aWriteBeyondTheLimitIsRefusedWith503AndRetryAfterWithoutReachingTheService() throws Exception {
        holdTwoWrites();

        MockHttpServletResponse refused = call("POST", "/api/v1/providers/p-1/statistics");

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("urn:samverkan:problem:service-unavailable")
                .contains("Inget sparades").contains("/api/v1/providers/p-1/statistics");
        assertThat(reachedTheService).hasValue(2);
        assertThat(meters.get("samverkan.web.writes.refused").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("samverkan.web.writes.available").gauge().value()).isEqualTo(0.0);
    }

    @Test
    void readsAndTheAdministratorsApisAreNeverHeldBack() throws Exception {
        holdTwoWrites();

        assertThat(call("GET", "/api/v1/providers").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/admin/parked-messages/m-1/replay").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/actuator/refresh").getStatus()).isEqualTo(200);
        assertThat(reachedTheService).hasValue(5);
    }

    @Test
    void aPlaceIsFreeAgainOnceAWriteIsAnswered() throws Exception {
        holdTwoWrites();
        release.countDown();
        first.join(5_000);

        assertThat(call("PUT", "/api/v1/agreements/a-1").getStatus()).isEqualTo(200);
        assertThat(meters.get("samverkan.web.writes.refused").counter().count()).isZero();
    }

    @Test
    void aPlaceIsFreeAgainWhenTheServiceFailed() throws Exception {
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("database down");
        };
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/findings");
            try {
                filter.doFilter(request, new MockHttpServletResponse(), failing);
            } catch (IllegalStateException expected) {
                // the service's own error handling answers it
            }
        }

        assertThat(meters.get("samverkan.web.writes.available").gauge().value()).isEqualTo(2.0);
    }

    private void holdTwoWrites() throws InterruptedException {
        first = new Thread(() -> call("POST", "/api/v1/providers/p-1/statistics"));
        second = new Thread(() -> call("DELETE", "/api/v1/findings/f-1"));
        first.start();
        second.start();
        assertThat(inWork.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private MockHttpServletResponse call(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request, response, (req, res) -> {
                reachedTheService.incrementAndGet();
                if (WRITE_METHODS.contains(method) && path.startsWith("/api/v1/") && !path.startsWith("/api/v1/admin/")) {
                    inWork.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200);
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static final java.util.Set<String> WRITE_METHODS = java.util.Set.of("POST", "PUT", "DELETE");
}
