package se.samverkan.producer.provider.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.security.VerifiedTokenCache;
import se.samverkan.defaults.testing.AccessMatrix;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestData;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.producer.statistics.StatisticsScenario;
import se.samverkan.producer.statistics.application.OrdererEventsProjection;
import se.samverkan.producer.resultunit.web.ResultUnitFixtures;
import se.samverkan.producer.resultunit.web.ResultUnitMatrixRows;

/** Who may call which producer-service route, for their own organisation's provider and for another's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixIT {

    private static final AtomicInteger NUMBERS = new AtomicInteger(400_000);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    OrdererEventsProjection ordererEvents;
    @Autowired
    JwtDecoder decoder;

    @Test
    void everyRouteAnswersEachRoleAsTheMatrixSaysForOwnAndOtherOrganisations() {
        ResultUnitMatrixRows.add(AccessMatrix.of(mappings, ApiClient.onPort(port)),
                        new ResultUnitFixtures(ApiClient.onPort(port)))
                .route("POST /api/v1/providers", row -> row.body(AccessMatrixIT::registration)
                        .anyOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .route("GET /api/v1/providers", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/providers/{id}", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + providerRunBy(owner))
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/providers/{id}/units", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + providerRunBy(owner) + "/units")
                        .body(() -> "{\"name\":\"Enhet " + UUID.randomUUID() + "\",\"serviceArea\":\"HOME_CARE\","
                                + "\"openedOn\":\"2026-01-01\"}")
                        .anyOrganisation(201, CONTRACT_MANAGER, ADMINISTRATOR)
                        .ownOrganisation(201, PROVIDER_USER, PRODUCTION_BOARD))
                .route("PUT /api/v1/providers/{id}/activity-plans/{year}", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + providerRunBy(owner) + "/activity-plans/" + NEXT_YEAR)
                        .body(() -> PLAN)
                        .anyOrganisation(200, ADMINISTRATOR).ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("PUT /api/v1/providers/{id}/activity-reports/{year}", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + providerRunBy(owner) + "/activity-reports/" + LAST_YEAR)
                        .body(() -> REPORT)
                        .anyOrganisation(200, ADMINISTRATOR).ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/providers/{id}/activity-plans", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + providerRunBy(owner) + "/activity-plans")
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/providers/{id}/activity-reports", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + providerRunBy(owner) + "/activity-reports")
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/providers/{id}/activity-plans/{year}", row -> row.owners("provider")
                        .target(owner -> submitted(owner, "activity-plans/" + NEXT_YEAR, PLAN))
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/providers/{id}/activity-reports/{year}", row -> row.owners("provider")
                        .target(owner -> submitted(owner, "activity-reports/" + LAST_YEAR, REPORT))
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/providers/{id}/insight-packages", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + providerRunBy(owner) + "/insight-packages")
                        .body(AccessMatrixIT::insightRequest)
                        .anyOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .route("GET /api/v1/insight-packages", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/insight-packages/{packageId}", row -> row.owners("board")
                        .target(owner -> "/api/v1/insight-packages/" + packageRequestedBy(owner)[0])
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        // the package is the board's request of another organisation's provider
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/insight-packages/{packageId}/items/{itemId}/delivery", row -> row.owners("provider")
                        .target(owner -> {
                            String[] ids = packageOf(providerRunBy(owner));
                            return "/api/v1/insight-packages/" + ids[0] + "/items/" + ids[1] + "/delivery";
                        })
                        .body(() -> "{\"content\":\"92 % undersköterskor.\"}")
                        .anyOrganisation(200, ADMINISTRATOR).ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/providers/{providerId}/statistics", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + statistics(owner).providerId + "/statistics")
                        .bodyFor(owner -> statistics(owner).month("2027-01", "1500"))
                        .ownOrganisation(201, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/providers/{providerId}/statistics", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + statistics(owner).providerId + "/statistics")
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/providers/{providerId}/statistics/status", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + statistics(owner).providerId + "/statistics/status?year=2027")
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                // The owner is both the provider's organisation and the board whose specification applies.
                .route("GET /api/v1/providers/{providerId}/units/{unitId}/statistics/{period}", row -> row
                        .owners("provider").target(owner -> submitted(owner, ""))
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD, ORDERER_OFFICIAL, CONTRACT_MANAGER))
                .route("GET /api/v1/providers/{providerId}/units/{unitId}/statistics/{period}/history", row -> row
                        .owners("provider").target(owner -> submitted(owner, "/history"))
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD, ORDERER_OFFICIAL, CONTRACT_MANAGER))
                .route("POST /api/v1/providers/{id}/units/{unitId}/close", row -> row.owners("provider")
                        .target(owner -> {
                            String provider = providerRunBy(owner);
                            HttpResponse<String> opened = api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/providers/"
                                    + provider + "/units", "{\"name\":\"Enhet\",\"serviceArea\":\"HOME_CARE\","
                                    + "\"openedOn\":\"2026-01-01\"}");
                            return "/api/v1/providers/" + provider + "/units/" + ApiClient.json(opened).get("id")
                                    .asString() + "/close";
                        })
                        .body(() -> "{\"closedOn\":\"2027-01-01\",\"reason\":\"Flyttar.\"}")
                        .anyOrganisation(200, CONTRACT_MANAGER, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .route("PUT /api/v1/providers/{id}/contacts", row -> row.owners("provider")
                        .target(owner -> "/api/v1/providers/" + providerRunBy(owner) + "/contacts")
                        .body(() -> "{\"contacts\":[{\"name\":\"Anna Berg\",\"role\":\"Verksamhetschef\"}]}")
                        .anyOrganisation(200, CONTRACT_MANAGER, ADMINISTRATOR)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD))
                .adminRoutes(null)
                .verify();
    }

    @Test
    void aProvidersUsersListOnlyTheirOwnProviderWhileTheOrdererSideSeesEveryOne() {
        String own = "provider-bola-list-own";
        String ownId = providerRunBy(own);
        String otherId = providerRunBy("provider-bola-list-other");

        JsonNode providerView = ApiClient.json(api().as(PROVIDER_USER, own).get("/api/v1/providers?size=100"));
        ApiClient orderer = api().as(CONTRACT_MANAGER, "board-von");

        assertThat(providerView.get("content").findValuesAsString("id")).containsExactly(ownId);
        assertThat(providerView.get("totalElements").asLong()).isEqualTo(1);
        assertThat(ApiClient.json(orderer.get("/api/v1/providers?size=1")).get("totalElements").asLong())
                .as("every provider, however many other tests registered").isGreaterThanOrEqualTo(2);
        for (String id : java.util.List.of(ownId, otherId)) {
            assertThat(orderer.get("/api/v1/providers/" + id).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anotherProvidersObjectIsAnswered404LikeOneThatDoesNotExist() {
        String id = providerRunBy("provider-bola-hidden");

        HttpResponse<String> hidden = api().as(PROVIDER_USER, "provider-bola-nosy").get("/api/v1/providers/" + id);
        HttpResponse<String> missing = api().as(PROVIDER_USER, "provider-bola-nosy")
                .get("/api/v1/providers/" + UUID.randomUUID());

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(hidden).get("title")).isEqualTo(ApiClient.json(missing).get("title"));
        assertThat(ApiClient.json(hidden).get("type")).isEqualTo(ApiClient.json(missing).get("type"));
    }

    @Test
    void aForgedExpiredOrForeignIssuersTokenIsRefusedWith401() {
        var identity = se.samverkan.defaults.testing.TestIdentity.get();
        String forged = identity.forgedToken("administrator", "ks-klk");
        String expired = identity.token("admin", "ks-klk", java.util.List.of("administrator"), identity.issuer(),
                java.time.Instant.now().minusSeconds(120));
        String foreign = identity.token("admin", "ks-klk", java.util.List.of("administrator"),
                "https://evil.example/realms/samverkan", java.time.Instant.now().plusSeconds(600));

        for (String token : java.util.List.of(forged, expired, foreign, "not-a-jwt")) {
            HttpResponse<String> response = api().withToken(token).get("/api/v1/providers");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    header -> assertThat(header).contains("invalid_token"));
            assertThat(response.body()).contains("urn:samverkan:problem:unauthenticated");
        }
    }

    @Test
    void aTokenAcceptedBeforeIsAcceptedAgainWhileItsForgedTwinWithTheSameClaimsIsRefused() {
        var identity = se.samverkan.defaults.testing.TestIdentity.get();
        String genuine = identity.token("administrator", "ks-klk");
        String forged = identity.forgedToken("administrator", "ks-klk");

        assertThat(decoder).isInstanceOf(VerifiedTokenCache.class);
        assertThat(api().withToken(genuine).get("/api/v1/providers").statusCode()).isEqualTo(200);
        assertThat(api().withToken(forged).get("/api/v1/providers").statusCode()).isEqualTo(401);
        assertThat(api().withToken(genuine).get("/api/v1/providers").statusCode()).isEqualTo(200);
        assertThat(api().withToken(forged).get("/api/v1/providers").statusCode()).isEqualTo(401);
    }

    private final java.util.Map<String, StatisticsScenario> scenarios = new java.util.concurrent.ConcurrentHashMap<>();

    /** A provider run by the owner, ready to submit to a board whose officials also act for the owner. */
    private StatisticsScenario statistics(String owner) {
        return scenarios.computeIfAbsent(owner, org -> StatisticsScenario.ready(api(), ordererEvents, org, org));
    }

    private String submitted(String owner, String suffix) {
        StatisticsScenario scenario = statistics(owner);
        HttpResponse<String> created = scenario.submitMonth(api(), "2027-01", "1500");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow() + suffix;
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static final int NEXT_YEAR = java.time.LocalDate.now().getYear() + 1;
    private static final int LAST_YEAR = java.time.LocalDate.now().getYear() - 1;
    private static final String PLAN = """
            {"sections":{"GOALS":"Kontinuitet.","ACTIONS":"Nytt schema.","QUALITY_WORK":"Egenkontroll.",
             "STAFFING":"Rekrytering.","ECONOMY":"Budget i balans."}}""";
    private static final String REPORT = """
            {"sections":{"RESULTS":"Utfört.","GOAL_ATTAINMENT":"Nått.","QUALITY_WORK":"Egenkontroll.",
             "DEVIATIONS_AND_COMPLAINTS":"Inga.","STAFFING":"Stabil.","ECONOMY":"Balans."}}""";

    private static String insightRequest() {
        return "{\"title\":\"Insynsuppgifter\",\"dueOn\":\"" + java.time.LocalDate.now().plusDays(30)
                + "\",\"items\":[\"Personalens utbildningsnivå\"]}";
    }

    /** The path of a document the administrator submitted for a new provider run by the organisation. */
    private String submitted(String organisation, String document, String body) {
        String path = "/api/v1/providers/" + providerRunBy(organisation) + "/" + document;
        HttpResponse<String> response = api().as(ADMINISTRATOR, "ks-klk").send("PUT", path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return path;
    }

    /** A package requested by an official of the board organisation, of a new provider; its id and first item's. */
    private String[] packageRequestedBy(String boardOrganisation) {
        HttpResponse<String> requested = api().as(ORDERER_OFFICIAL, boardOrganisation).post("/api/v1/providers/"
                + providerRunBy("provider-of-" + boardOrganisation) + "/insight-packages", insightRequest());
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonNode body = ApiClient.json(requested);
        return new String[] {body.get("id").asString(), body.get("items").get(0).get("id").asString()};
    }

    /** A package the administrator requested of the provider; its id and first item's. */
    private String[] packageOf(String providerId) {
        HttpResponse<String> requested = api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/providers/" + providerId
                + "/insight-packages", insightRequest());
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        JsonNode body = ApiClient.json(requested);
        return new String[] {body.get("id").asString(), body.get("items").get(0).get("id").asString()};
    }

    private String providerRunBy(String organisation) {
        HttpResponse<String> created = api().as(ADMINISTRATOR, "ks-klk").post("/api/v1/providers",
                "{\"name\":\"Utförare " + organisation + "\",\"legalForm\":\"AKTIEBOLAG\",\"organisationNumber\":\""
                + TestData.organisationNumber(NUMBERS.incrementAndGet()) + "\",\"organisationId\":\"" + organisation
                + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    private static String registration() {
        int n = NUMBERS.incrementAndGet();
        return "{\"name\":\"Ny utförare " + n + "\",\"legalForm\":\"AKTIEBOLAG\",\"organisationNumber\":\""
                + TestData.organisationNumber(n) + "\"}";
    }
}
