package se.samverkan.apphost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end: the whole platform started by the app host, used only through the gateway, as a
 * new user would. The first run uses the real RabbitMQ; the second, on the same data, forces
 * the embedded broker and checks that nothing was lost or duplicated by the restart.
 */
class PlatformIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The bearer token the calls below send; null for an anonymous caller. */
    private static volatile String token;

    @TempDir
    Path dataDir;

    @Test
    void theSliceWorksThroughTheGatewayAndSurvivesARestartOnTheEmbeddedBroker() throws Exception {
        if (!Platform.answers("127.0.0.1", 5672)) {
            String reason = "no RabbitMQ answers at 127.0.0.1:5672 (start it with 'rabbitmq-server -detached')";
            System.out.println("[e2e] SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        PlatformConfig.SERVICES.forEach(service -> ports.put(service, freePort()));
        Map<String, Integer> withWebClient = new LinkedHashMap<>(ports);
        withWebClient.put(PlatformConfig.WEB_CLIENT, freePort());
        PlatformConfig config = PlatformConfig.defaults(AppHost.home())
                .withDataDir(dataDir)
                .withGatewayPort(freePort())
                .withServicePorts(withWebClient)
                .withMongoPort(freePort())
                .withIssuerPort(freePort())
                .withNamespace("e2e-" + UUID.randomUUID().toString().substring(0, 8))
                .withExtraServiceArgs(List.of("--samverkan.messaging.delete-topology-on-shutdown=true"));

        String registeredId;
        try (Platform platform = Platform.start(config, line -> System.out.println("[e2e] " + line))) {
            URI gateway = platform.gatewayUri();
            assertThat(platform.broker()).contains("RabbitMQ");
            token = login(platform, "admin");

            for (int port : ports.values()) {
                JsonNode health = json(get(URI.create("http://127.0.0.1:" + port + "/"), "actuator/health"));
                assertThat(health.get("status").asString()).isEqualTo("UP");
                assertThat(health.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
                assertThat(health.get("components").get("rabbit").get("status").asString()).isEqualTo("UP");
                assertThat(get(URI.create("http://127.0.0.1:" + port + "/"), "actuator/prometheus").statusCode())
                        .isEqualTo(200);
            }

            assertThat(total(gateway, "api/v1/boards")).isEqualTo(DemoData.BOARDS.size());
            assertThat(total(gateway, "api/v1/providers")).isEqualTo(DemoData.PROVIDERS.size());
            assertThat(total(gateway, "api/v1/agreements")).isEqualTo(DemoData.AGREEMENTS.size());
            assertThat(total(gateway, "api/v1/agreements?route=DIRECT_ORDER&status=SIGNED")).isEqualTo(1);
            assertThat(total(gateway, "api/v1/follow-up-plans?year=2027")).isEqualTo(2);
            JsonNode councilGoals = json(get(gateway, "api/v1/council-goals/" + DemoData.MANDATE_PERIOD));
            assertThat(councilGoals.get("goals").size()).isEqualTo(DemoData.COUNCIL_GOALS.size());
            JsonNode boardGoals = json(get(gateway, "api/v1/board-goals?mandatePeriod=" + DemoData.MANDATE_PERIOD));
            assertThat(boardGoals.get("content").findValuesAsString("boardShortName"))
                    .containsExactly(DemoData.GOALS_BOARD);
            assertThat(boardGoals.get("content").get(0).get("goals").size()).isEqualTo(DemoData.BOARD_GOALS.size());
            assertThat(total(gateway, "api/v1/findings")).isEqualTo(DemoData.FINDINGS.size());
            for (String status : List.of("AWAITING_ACTION_PLAN", "PLAN_SUBMITTED", "PLAN_REJECTED", "PLAN_ACCEPTED",
                    "CLOSED")) {
                assertThat(total(gateway, "api/v1/findings?status=" + status)).as("a demo finding " + status)
                        .isEqualTo(1);
            }
            assertThat(total(gateway, "api/v1/statistics-specifications"))
                    .isEqualTo(DemoData.STATISTICS_SPECIFICATIONS.size());
            awaitPublicTotal(gateway, DemoData.PROVIDERS.size());
            // VON handed in its February report, BUN none: the calendar shows both (the boards come by event)
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                JsonNode february = null;
                for (JsonNode item : json(get(gateway, "api/v1/reports/calendar/2026")).get("items")) {
                    if (item.get("key").asString().equals("2026:MONTH_02")) {
                        february = item;
                    }
                }
                List<String> statuses = new ArrayList<>();
                february.get("boards").forEach(board -> statuses.add(board.get("boardOrganisationId").asString()
                        + ":" + board.get("status").asString()));
                assertThat(statuses).containsExactly("board-bun:MISSING", "board-von:LATE");
            });
            long homeCareProviders = DemoData.PROVIDERS.stream()
                    .filter(p -> p.units().stream().anyMatch(u -> u.serviceArea().equals("HOME_CARE"))).count();
            await().atMost(Duration.ofSeconds(15)).until(() -> total(gateway,
                    "api/v1/public/providers?serviceArea=HOME_CARE") == homeCareProviders);

            HttpResponse<String> created = post(gateway, "api/v1/providers",
                    "{\"name\":\"Ängsbackens Omsorg AB\",\"legalForm\":\"AKTIEBOLAG\",\"organisationNumber\":\"5564567898\"}");
            long registeredAt = System.nanoTime();
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            registeredId = json(created).get("id").asString();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(
                    () -> get(gateway, "api/v1/public/providers/" + registeredId).statusCode() == 200);
            System.out.printf("[e2e] provider registered at producer-service was public after %d ms%n",
                    Duration.ofNanos(System.nanoTime() - registeredAt).toMillis());
            await().atMost(Duration.ofSeconds(10)).until(() -> json(get(gateway,
                    "api/v1/reports/providers-by-legal-form")).get("total").asLong() == DemoData.PROVIDERS.size() + 1);

            JsonNode badNumber = json(expect(400, post(gateway, "api/v1/providers",
                    "{\"name\":\"Fel AB\",\"legalForm\":\"AKTIEBOLAG\",\"organisationNumber\":\"556677-8898\"}")));
            assertThat(badNumber.get("errors").get(0).get("field").asString()).isEqualTo("organisationNumber");
            assertThat(badNumber.get("errors").get(0).get("rule").asString()).isEqualTo("luhn");
            JsonNode missing = json(expect(400, post(gateway, "api/v1/providers",
                    "{\"legalForm\":\"STIFTELSE\",\"organisationNumber\":\"802002-4280\"}")));
            assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("name");
            assertThat(missing.get("errors").get(0).get("rule").asString()).isEqualTo("required");
            JsonNode malformed = json(expect(400, post(gateway, "api/v1/providers", "{\"name\":")));
            assertThat(malformed.get("type").asString()).isEqualTo("urn:samverkan:problem:malformed-request");
            assertThat(total(gateway, "api/v1/providers")).as("nothing stored by the bad requests")
                    .isEqualTo(DemoData.PROVIDERS.size() + 1);

            URI transparency = URI.create("http://127.0.0.1:" + ports.get("transparency-service") + "/");
            HttpResponse<String> rebuild = post(transparency, "api/v1/admin/read-models/public-providers/rebuild", "");
            assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
            awaitPublicTotal(gateway, DemoData.PROVIDERS.size() + 1);
            await().atMost(Duration.ofSeconds(15)).until(() -> total(gateway,
                    "api/v1/public/providers?serviceArea=HOME_CARE") == homeCareProviders);
            System.out.println("[e2e] the public read model was rebuilt from producer-service's snapshots");

            theDemoUsersLogInAndSeeWhatTheirOrganisationMaySee(platform, gateway);
        }

        try (Platform platform = Platform.start(config.withAmqpPort(freePort()),
                line -> System.out.println("[e2e] " + line))) {
            URI gateway = platform.gatewayUri();
            assertThat(platform.broker()).contains("Qpid Broker-J");
            token = login(platform, "von.avtal");

            assertThat(get(gateway, "api/v1/providers/" + registeredId).statusCode()).isEqualTo(200);
            assertThat(get(gateway, "api/v1/public/providers/" + registeredId).statusCode()).isEqualTo(200);
            assertThat(total(gateway, "api/v1/providers")).as("demo data not loaded twice")
                    .isEqualTo(DemoData.PROVIDERS.size() + 1);
            assertThat(total(gateway, "api/v1/boards")).isEqualTo(DemoData.BOARDS.size());
            assertThat(total(gateway, "api/v1/agreements")).as("a VON contract manager sees VON's demo agreements, once")
                    .isEqualTo(DemoData.AGREEMENTS.stream().filter(a -> a.board().equals("VON")).count());
            assertThat(total(gateway, "api/v1/council-goals")).as("demo goals not adopted twice").isEqualTo(1);
            JsonNode vonGoals = json(get(gateway, "api/v1/board-goals"));
            assertThat(vonGoals.get("totalElements").asLong()).as("VON's official sees VON's goals, adopted once")
                    .isEqualTo(1);
            assertThat(vonGoals.get("content").get(0).get("version").asLong()).isZero();
            assertThat(total(gateway, "api/v1/findings")).as("a VON contract manager sees VON's demo findings, once")
                    .isEqualTo(DemoData.FINDINGS.stream().filter(finding -> DemoData.AGREEMENTS.stream().anyMatch(
                            a -> a.title().equals(finding.agreement()) && a.board().equals("VON"))).count());
            JsonNode specifications = json(get(gateway, "api/v1/statistics-specifications"));
            assertThat(specifications.get("totalElements").asLong()).isEqualTo(DemoData.STATISTICS_SPECIFICATIONS.size());
            assertThat(specifications.get("content").findValuesAsString("serviceArea"))
                    .containsExactlyInAnyOrder("HOME_CARE", "RESIDENTIAL_CARE");
            assertThat(specifications.get("content").findValues("latestVersion")).as("demo specifications not "
                    + "published twice").allSatisfy(version -> assertThat(version.asInt()).isEqualTo(1));
            JsonNode inHouse = json(get(gateway, "api/v1/providers?organisationNumber=212000-0142")).get("content").get(0);
            assertThat(inHouse.get("units").size()).as("demo units not added twice")
                    .isEqualTo(DemoData.PROVIDERS.get(0).units().size());

            HttpResponse<String> created = post(gateway, "api/v1/providers",
                    "{\"name\":\"Kooperativet Humlan\",\"legalForm\":\"KOOPERATIV\",\"organisationNumber\":\"802345-6125\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = json(created).get("id").asString();
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> get(gateway, "api/v1/public/providers/" + id).statusCode() == 200);
        }
    }

    /** Logged in as demo users through the development issuer, as the README says. */
    private static void theDemoUsersLogInAndSeeWhatTheirOrganisationMaySee(Platform platform, URI gateway)
            throws Exception {
        String administrator = token;
        HttpResponse<String> wrongPassword = HTTP.send(HttpRequest.newBuilder(platform.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=samverkan-cli"
                        + "&username=norr.utforare&password=fel")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("invalid_grant");

        token = null;
        assertThat(expect(401, get(gateway, "api/v1/providers")).body()).contains("urn:samverkan:problem:unauthenticated");
        assertThat(get(gateway, "api/v1/public/providers").statusCode()).as("the portal needs no login").isEqualTo(200);
        for (String service : List.of("orderer", "producer", "transparency", "reporting")) {
            assertThat(json(get(gateway, "api/v1/openapi/" + service)).path("paths").size())
                    .as("%s describes its API in OpenAPI, readable without login", service).isPositive();
        }

        token = login(platform, "norr.utforare");
        JsonNode own = json(get(gateway, "api/v1/providers"));
        assertThat(own.get("content").size()).as("a provider's user sees only their provider").isEqualTo(1);
        assertThat(own.get("content").get(0).get("name").asString()).isEqualTo("Omsorgsgruppen Norr AB");
        String ownId = own.get("content").get(0).get("id").asString();
        HttpResponse<String> unit = post(gateway, "api/v1/providers/" + ownId + "/units",
                "{\"name\":\"Hemtjänst Norr natt\",\"serviceArea\":\"HOME_CARE\",\"openedOn\":\"2026-12-01\"}");
        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(201);
        expect(404, get(gateway, "api/v1/providers/" + registeredInHouseId(gateway, administrator)));
        assertThat(total(gateway, "api/v1/findings")).as("the provider's user sees its own provider's finding")
                .isEqualTo(1);
        expect(403, get(gateway, "api/v1/reports/providers-by-legal-form"));
        expect(403, get(gateway, "api/v1/admin/producer/audit-log"));
        JsonNode homeCare = json(get(gateway, "api/v1/statistics-specifications?serviceArea=HOME_CARE"))
                .get("content").get(0);
        assertThat(homeCare.get("boardShortName").asString()).isEqualTo("VON");
        assertThat(homeCare.get("currentVersion").asInt()).as("the provider knows what to report now").isEqualTo(1);
        JsonNode toReport = json(get(gateway, "api/v1/statistics-specifications/" + homeCare.get("id").asString()
                + "/versions/1"));
        assertThat(toReport.get("measures").findValuesAsString("code"))
                .contains("HOME_CARE_HOURS_PERFORMED", "HOME_CARE_SATISFIED_USERS", "HOME_CARE_DEVIATIONS");

        token = administrator;
        JsonNode audit = json(get(gateway, "api/v1/admin/producer/audit-log?size=100"));
        assertThat(audit.get("content").findValuesAsString("actor")).contains("admin", "norr.utforare");
        assertThat(audit.get("content").findValuesAsString("organisation"))
                .contains("ks-klk", "provider-omsorgsgruppen-norr");
        System.out.println("[e2e] demo users logged in; a provider's user saw only its own provider");
    }

    private static String registeredInHouseId(URI gateway, String administrator) throws Exception {
        String previous = token;
        token = administrator;
        try {
            return json(get(gateway, "api/v1/providers?organisationNumber=212000-0142")).get("content").get(0)
                    .get("id").asString();
        } finally {
            token = previous;
        }
    }

    /** The README's login: the password grant at the issuer's token endpoint (password = user name). */
    static String login(Platform platform, String user) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(platform.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=samverkan-cli&username=" + user
                        + "&password=" + user)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static void awaitPublicTotal(URI gateway, long expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> total(gateway, "api/v1/public/providers") == expected);
    }

    private static long total(URI gateway, String path) throws Exception {
        return json(get(gateway, path)).get("totalElements").asLong();
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(authorized(HttpRequest.newBuilder(base.resolve(path))).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> post(URI base, String path, String body) throws Exception {
        return HTTP.send(authorized(HttpRequest.newBuilder(base.resolve(path))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
