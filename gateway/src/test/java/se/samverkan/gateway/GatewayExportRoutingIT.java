package se.samverkan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import se.samverkan.defaults.testing.TestIdentity;

/**
 * Finance's exports reach reporting-service through the gateway as files: the bytes of a
 * workbook unchanged, its content type and its file name kept, and the file name readable by
 * the web client across origins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samverkan.gateway.allowed-origins=https://app.vallby.example")
class GatewayExportRoutingIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] WORKBOOK = workbookLikeBytes();
    private static final String FINANCE = TestIdentity.get().token("finance", "ks-klk");
    private static final AtomicReference<String> received = new AtomicReference<>();
    private static final HttpServer reporting = reporting();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("samverkan.services.reporting", () -> "http://127.0.0.1:" + reporting.getAddress().getPort());
        TestIdentity.get().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stop() {
        reporting.stop(0);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anExportIsRoutedToReportingServiceAndItsFileComesBackByteForByteWithTypeAndName() throws Exception {
        HttpResponse<byte[]> file = http.send(request("/api/v1/reports/exports/goal-attainment.xlsx?mandatePeriod="
                        + "2023-2026&year=2026").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(received.get()).isEqualTo("/api/v1/reports/exports/goal-attainment.xlsx?mandatePeriod=2023-2026"
                + "&year=2026 finance");
        assertThat(file.body()).isEqualTo(WORKBOOK);
        assertThat(file.headers().firstValue("Content-Type")).contains(XLSX);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"maluppfyllelse-2026.xlsx\"");
    }

    @Test
    void theWebClientMayReadTheFileNameAcrossOrigins() throws Exception {
        HttpResponse<byte[]> file = http.send(request("/api/v1/reports/exports/in-house-results.csv?year=2026")
                .header("Origin", "https://app.vallby.example").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(file.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.vallby.example");
        assertThat(file.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).containsIgnoringCase("Content-Disposition"));
    }

    @Test
    void anExportNeedsAToken() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/reports/exports/in-house-results.csv?year=2026")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + FINANCE);
    }

    /** Every byte value, as a zip container has them, starting as an XLSX file does. */
    private static byte[] workbookLikeBytes() {
        byte[] bytes = new byte[70_000];
        bytes[0] = 'P';
        bytes[1] = 'K';
        for (int i = 2; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private static HttpServer reporting() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/reports/exports/", exchange -> {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                received.set(exchange.getRequestURI() + (authorization != null
                        && authorization.equals("Bearer " + FINANCE)
                        ? " finance" : " " + authorization));
                String path = exchange.getRequestURI().getPath();
                String name = path.endsWith(".xlsx") ? "maluppfyllelse-2026.xlsx" : "resultatenheter-2026.csv";
                exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xlsx") ? XLSX : "text/csv;charset=UTF-8");
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name + "\"");
                exchange.sendResponseHeaders(200, WORKBOOK.length);
                exchange.getResponseBody().write(WORKBOOK);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
