package se.samverkan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.defaults.testing.TestIdentity;

/** With several gateway replicas the limits live in Redis (a real one at 127.0.0.1:6379). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.gateway.rate-limit.backend=redis",
        "samverkan.gateway.rate-limit.replenish-rate=5",
        "samverkan.gateway.rate-limit.burst-capacity=5",
        "samverkan.services.producer=http://127.0.0.1:9"})
class RedisRateLimitIT {

    @BeforeAll
    static void redisAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
        } catch (IOException e) {
            String reason = "no Redis answers at 127.0.0.1:6379";
            System.out.println("[gateway] SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
    }

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        TestIdentity.get().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;
    @Autowired
    RateLimiter<?> limiter;

    @Test
    void theSharedLimiterInRedisRefusesAFloodWith429() throws Exception {
        assertThat(limiter).isInstanceOf(RedisRateLimiter.class);
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/providers"))
                    .header("Authorization", "Bearer " + TestIdentity.get().token("finance", "ks-klk"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        assertThat(statuses).contains(429);
    }
}
