package se.samverkan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

/** Routes go to the right service, and every routed request carries a correlation id. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final HttpServer producer = echo("producer");
    private static final HttpServer transparency = echo("transparency");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("samverkan.services.producer", () -> "http://127.0.0.1:" + producer.getAddress().getPort());
        registry.add("samverkan.services.transparency",
                () -> "http://127.0.0.1:" + transparency.getAddress().getPort());
        registry.add("samverkan.services.reporting", () -> "http://127.0.0.1:" + closedPort());
    }

    @AfterAll
    static void stop() {
        producer.stop(0);
        transparency.stop(0);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void routesByPathAndGivesTheServiceACorrelationId() throws Exception {
        HttpResponse<String> response = get("/api/v1/providers?page=0", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("producer /api/v1/providers?page=0 correlation=");
        String forwarded = response.body().substring(response.body().indexOf("correlation=") + 12);
        assertThat(forwarded).isNotBlank().isNotEqualTo("null");
        assertThat(response.headers().firstValue("X-Correlation-Id")).contains(forwarded);
        assertThat(get("/api/v1/public/providers", null).body()).startsWith("transparency /api/v1/public/providers");
    }

    @Test
    void keepsASafeCallerCorrelationIdAndReplacesAnUnsafeOne() throws Exception {
        assertThat(get("/api/v1/providers", "abc-123").body()).endsWith("correlation=abc-123");
        assertThat(get("/api/v1/providers", "bad id\u0001").body()).doesNotContain("bad id");
    }

    @Test
    void anUnknownPathIsAProblemDetail() throws Exception {
        HttpResponse<String> response = get("/api/v1/secrets", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"urn:samverkan:problem:not-found\"");
    }

    @Test
    void aServiceThatDoesNotAnswerIsA503ProblemDetailAndTheGatewayStaysUp() throws Exception {
        HttpResponse<String> response = get("/api/v1/reports/providers-by-legal-form", null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("urn:samverkan:problem:service-unavailable").contains("correlationId");
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String correlationId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (correlationId != null) {
            try {
                request.header("X-Correlation-Id", correlationId);
            } catch (IllegalArgumentException notAllowedByTheClient) {
                request.header("X-Correlation-Id", "bad id");
            }
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer echo(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = (name + " " + exchange.getRequestURI() + " correlation="
                        + exchange.getRequestHeaders().getFirst("X-Correlation-Id")).getBytes(StandardCharsets.UTF_8);
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
}
