package se.samverkan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import se.samverkan.defaults.testing.TestIdentity;

/** What the gateway refuses on its own: oversized bodies, floods, calls to a service that is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.gateway.max-body-size=64KB",
        "samverkan.gateway.rate-limit.replenish-rate=20",
        "samverkan.gateway.rate-limit.burst-capacity=20",
        "samverkan.gateway.allowed-origins=https://app.vallby.example"})
class GatewayProtectionIT {

    private static final HttpServer producer = echo();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("samverkan.services.producer", () -> "http://127.0.0.1:" + producer.getAddress().getPort());
        registry.add("samverkan.services.reporting", () -> "http://127.0.0.1:" + closedPort());
        TestIdentity.get().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    private static final String TOKEN = TestIdentity.get().token("contract-manager", "board-von");

    @AfterAll
    static void stop() {
        producer.stop(0);
    }

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry breakers;

    /** All tests call from one address; let its bucket fill up again between tests. */
    @BeforeEach
    void refill() throws InterruptedException {
        Thread.sleep(1_200);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBodyAboveTheLimitIsRefusedWith413AndAProblemDetail() throws Exception {
        HttpResponse<String> declared = post(new byte[70 * 1024]);
        HttpResponse<String> chunked = http.send(request("/api/v1/providers")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        new byte[70 * 1024]))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("urn:samverkan:problem:payload-too-large");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(post("{\"name\":\"Liten\"}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    @Test
    void aFloodFromOneCallerGets429WithRetryAfterAndTheGatewayStaysHealthy() throws Exception {
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        // 150 at once: even a machine so busy that sending them takes seconds stays above 20 a second
        for (int i = 0; i < 150; i++) {
            sent.add(http.sendAsync(request("/api/v1/providers?flood=" + i).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = sent.stream().map(java.util.concurrent.CompletableFuture::join).toList();

        HttpResponse<String> limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow(
                () -> new AssertionError("no 429 among " + responses.stream().map(HttpResponse::statusCode).toList()));
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(limited.body()).contains("urn:samverkan:problem:too-many-requests");
        assertThat(responses.stream().filter(r -> r.statusCode() == 200).count()).isGreaterThanOrEqualTo(20);
        assertThat(http.send(request("/actuator/health").GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("the gateway itself is not limited").isEqualTo(200);
    }

    @Test
    void aServiceThatIsDownGetsAQuick503ProblemDetailOnceItsBreakerIsOpen() throws Exception {
        for (int i = 0; i < 12; i++) {
            http.send(request("/api/v1/reports/x?warmup=" + i).header("X-Forwarded-For", "10.0.0." + i).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request("/api/v1/reports/providers-by-legal-form").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(breakers.circuitBreaker("reporting").getState())
                .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("urn:samverkan:problem:service-unavailable").contains("reporting-service");
        System.out.println("[gateway] 503 from an open breaker answered in " + millis + " ms");
    }

    @Test
    void answersCarrySecurityHeadersAndCorsAllowsOnlyTheWebClientsOrigin() throws Exception {
        HttpResponse<String> response = http.send(request("/api/v1/providers?headers").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> allowed = preflight("https://app.vallby.example");
        HttpResponse<String> foreign = preflight("https://evil.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.vallby.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return http.send(request("/api/v1/providers").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        return http.send(request("/api/v1/providers").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + TOKEN);
    }

    private static HttpServer echo() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
