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

import se.samverkan.defaults.testing.TestIdentity;

import com.sun.net.httpserver.HttpServer;

/** Routes go to the right service, and every routed request carries a correlation id. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final HttpServer orderer = echo("orderer");
    private static final HttpServer producer = echo("producer");
    private static final HttpServer transparency = echo("transparency");
    private static final HttpServer web = echo("web");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("samverkan.services.orderer", () -> "http://127.0.0.1:" + orderer.getAddress().getPort());
        registry.add("samverkan.services.producer", () -> "http://127.0.0.1:" + producer.getAddress().getPort());
        registry.add("samverkan.services.transparency",
                () -> "http://127.0.0.1:" + transparency.getAddress().getPort());
        registry.add("samverkan.services.reporting", () -> "http://127.0.0.1:" + closedPort());
        registry.add("samverkan.services.web", () -> "http://127.0.0.1:" + web.getAddress().getPort());
        TestIdentity.get().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    private static final String CONTRACT_MANAGER = TestIdentity.get().token("contract-manager", "board-von");

    @AfterAll
    static void stop() {
        orderer.stop(0);
        producer.stop(0);
        transparency.stop(0);
        web.stop(0);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void routesByPathAndGivesTheServiceACorrelationId() throws Exception {
        HttpResponse<String> response = get("/api/v1/providers?page=0", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("producer /api/v1/providers?page=0 authorization=Bearer ");
        String forwarded = response.body().substring(response.body().indexOf("correlation=") + 12);
        assertThat(forwarded).isNotBlank().isNotEqualTo("null");
        assertThat(response.headers().firstValue("X-Correlation-Id")).contains(forwarded);
        assertThat(get("/api/v1/public/providers", null).body()).startsWith("transparency /api/v1/public/providers");
    }

    @Test
    void routesVisitsComplaintsAndProviderMeetingsToOrdererService() throws Exception {
        assertThat(get("/api/v1/visits?kind=ANNOUNCED", null).body()).startsWith("orderer /api/v1/visits?kind=ANNOUNCED ");
        assertThat(get("/api/v1/visits/8d4e2f10-6b3a-4c9d-a7e5-1f0b2c3d4e5f", null).body())
                .startsWith("orderer /api/v1/visits/8d4e2f10-6b3a-4c9d-a7e5-1f0b2c3d4e5f ");
        assertThat(get("/api/v1/serious-complaints", null).body()).startsWith("orderer /api/v1/serious-complaints ");
        assertThat(get("/api/v1/provider-meetings/8d4e2f10-6b3a-4c9d-a7e5-1f0b2c3d4e5f", null).body())
                .startsWith("orderer /api/v1/provider-meetings/8d4e2f10-6b3a-4c9d-a7e5-1f0b2c3d4e5f ");
    }

    @Test
    void routesTheBoardsAndTheirStatisticsSpecificationsToOrdererService() throws Exception {
        assertThat(get("/api/v1/boards", null).body()).startsWith("orderer /api/v1/boards ");
        assertThat(get("/api/v1/statistics-specifications?serviceArea=HOME_CARE", null).body())
                .startsWith("orderer /api/v1/statistics-specifications?serviceArea=HOME_CARE ");
        assertThat(get("/api/v1/statistics-specifications/8d4e2f10-6b3a-4c9d-a7e5-1f0b2c3d4e5f/versions/1", null)
                .body()).startsWith("orderer /api/v1/statistics-specifications/8d4e2f10-6b3a-4c9d-a7e5-1f0b2c3d4e5f/");
    }

    @Test
    void routesTheInHouseProductionsResultUnitsAndDialogueMeetingsToProducerService() throws Exception {
        assertThat(get("/api/v1/result-units", null).body()).startsWith("producer /api/v1/result-units ");
        assertThat(get("/api/v1/result-units/monthly-reports/2026-03", null).body())
                .startsWith("producer /api/v1/result-units/monthly-reports/2026-03 ");
        assertThat(get("/api/v1/dialogue-meetings?year=2026", null).body())
                .startsWith("producer /api/v1/dialogue-meetings?year=2026 ");
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

    @Test
    void theTokenIsRequiredForTheApisAndRelayedToTheServiceButThePortalIsOpen() throws Exception {
        HttpResponse<String> anonymous = send("/api/v1/providers", null);
        HttpResponse<String> forged = send("/api/v1/providers",
                TestIdentity.get().forgedToken("contract-manager", "board-von"));
        HttpResponse<String> relayed = send("/api/v1/providers", CONTRACT_MANAGER);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(anonymous.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(anonymous.body()).contains("urn:samverkan:problem:unauthenticated");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(relayed.body()).as("the service gets the same token to validate again")
                .contains("authorization=Bearer " + CONTRACT_MANAGER);
        assertThat(send("/api/v1/public/providers", null).statusCode()).isEqualTo(200);
    }

    @Test
    void thePublicPortalsPagesAreRoutedToTransparencyServiceWithoutALogin() throws Exception {
        HttpResponse<String> start = send("/", null);
        HttpResponse<String> homeCare = send("/jamfor/hemtjanst?driftform=KOOPERATIV", null);

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).startsWith("transparency / authorization=null");
        assertThat(homeCare.statusCode()).isEqualTo(200);
        assertThat(homeCare.body()).startsWith("transparency /jamfor/hemtjanst?driftform=KOOPERATIV ");
        assertThat(send("/jamfor", null).body()).startsWith("transparency /jamfor ");
        assertThat(send("/jamfor/enheter?enhet=a&enhet=b", null).body())
                .startsWith("transparency /jamfor/enheter?enhet=a&enhet=b ");
        assertThat(send("/jamfor/resurser/portal.css", null).body()).startsWith("transparency /jamfor/resurser/portal.css ");
        assertThat(start.headers().firstValue("Content-Security-Policy").orElse(""))
                .as("the pages may use their own style sheet, but no scripts").contains("style-src 'self'")
                .doesNotContain("script-src");
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/jamfor/hemtjanst"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as("the portal is read-only").isNotEqualTo(200);
        assertThat(send("/jamforelse", null).statusCode()).as("only the portal's own paths are open").isNotEqualTo(200);
        assertThat(send("/api/v1/providers", null).statusCode()).as("the API rules are unchanged").isEqualTo(401);
    }

    @Test
    void theOpenDataOcdsAndCatalogueAreRoutedToTransparencyServiceWithoutAToken() throws Exception {
        for (String path : new String[] {"/api/v1/public/open-data/ocds/releases.json",
                "/api/v1/public/open-data/catalog.jsonld", "/api/v1/public/open-data/values.csv"}) {
            HttpResponse<String> response = send(path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).startsWith("transparency " + path + " authorization=null");
        }
    }

    @Test
    void theWebClientsPagesAndFormsAreRoutedToItWithoutABearerTokenAndWithTheBrowsersHost() throws Exception {
        HttpResponse<String> start = send("/app/", null);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/app/avvikelser/1/atgardsplan")).POST(HttpRequest.BodyPublishers.ofString("analysis=x"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(start.statusCode()).as("the web client signs its users in itself").isEqualTo(200);
        assertThat(start.body()).startsWith("web /app/ authorization=null");
        assertThat(start.body()).as("the redirect URI it builds is the browser's address")
                .contains("host=127.0.0.1:" + port);
        assertThat(posted.statusCode()).as("its forms are posted to it").isEqualTo(200);
        assertThat(posted.body()).startsWith("web /app/avvikelser/1/atgardsplan ");
        assertThat(send("/application", null).statusCode()).as("only its own paths").isNotEqualTo(200);
    }

    @Test
    void eachServicesOpenApiDescriptionIsReadableWithoutAToken() throws Exception {
        HttpResponse<String> orderers = send("/api/v1/openapi/orderer", null);
        HttpResponse<String> producers = send("/api/v1/openapi/producer", null);

        assertThat(orderers.statusCode()).isEqualTo(200);
        assertThat(orderers.body()).startsWith("orderer /v3/api-docs ");
        assertThat(producers.body()).startsWith("producer /v3/api-docs ");
        assertThat(send("/api/v1/openapi/orderer/../admin", null).statusCode())
                .as("only the description itself is open").isNotEqualTo(200);
    }

    @Test
    void theServicesAdminApisAreReachableOnlyForAdministrators() throws Exception {
        HttpResponse<String> asAdministrator = send("/api/v1/admin/producer/parked-messages?page=0",
                TestIdentity.get().token("administrator", "ks-klk"));
        HttpResponse<String> asContractManager = send("/api/v1/admin/producer/parked-messages", CONTRACT_MANAGER);

        assertThat(asAdministrator.statusCode()).isEqualTo(200);
        assertThat(asAdministrator.body()).startsWith("producer /api/v1/admin/parked-messages?page=0");
        assertThat(asContractManager.statusCode()).isEqualTo(403);
        assertThat(asContractManager.body()).contains("urn:samverkan:problem:forbidden");
        assertThat(send("/actuator/gateway/routes", CONTRACT_MANAGER).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> send(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String correlationId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + CONTRACT_MANAGER);
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
                byte[] body = (name + " " + exchange.getRequestURI() + " authorization="
                        + exchange.getRequestHeaders().getFirst("Authorization") + " correlation="
                        + exchange.getRequestHeaders().getFirst("X-Correlation-Id")
                        + ("web".equals(name) ? " host=" + exchange.getRequestHeaders().getFirst("Host") : ""))
                        .getBytes(StandardCharsets.UTF_8);
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
