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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.AccessMatrix;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestData;
import se.samverkan.defaults.testing.TestInfrastructure;
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
                .adminRoutes(null)
                .verify();
    }

    @Test
    void aProvidersUsersListOnlyTheirOwnProviderWhileTheOrdererSideSeesEveryOne() {
        String own = "provider-bola-list-own";
        String ownId = providerRunBy(own);
        providerRunBy("provider-bola-list-other");

        JsonNode providerView = ApiClient.json(api().as(PROVIDER_USER, own).get("/api/v1/providers?size=100"));
        // newest first: other tests of this context register many providers
        JsonNode ordererView = ApiClient.json(api().as(CONTRACT_MANAGER, "board-von")
                .get("/api/v1/providers?size=100&sort=registeredAt,desc"));

        assertThat(providerView.get("content").findValuesAsString("id")).containsExactly(ownId);
        assertThat(ordererView.get("content").findValuesAsString("organisationId"))
                .contains("provider-bola-list-own", "provider-bola-list-other");
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

    private ApiClient api() {
        return ApiClient.onPort(port);
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
