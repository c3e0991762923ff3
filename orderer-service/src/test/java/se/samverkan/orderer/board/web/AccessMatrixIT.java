package se.samverkan.orderer.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.AccessMatrix;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

/** Who may call which orderer-service route. Boards are known to every official; only administrators add one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixIT {

    private static final AtomicInteger BOARDS = new AtomicInteger();

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
        AccessMatrix.of(mappings, ApiClient.onPort(port))
                .route("POST /api/v1/boards", row -> row.body(AccessMatrixIT::newBoard)
                        .anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/boards", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/boards/{id}", row -> row.target(owner -> "/api/v1/boards/" + boardId())
                        .anyOrganisation(200, Role.values()))
                .adminRoutes(null)
                .verify();
    }

    private String boardId() {
        HttpResponse<String> created = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk").post("/api/v1/boards", newBoard());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    private static String newBoard() {
        int n = BOARDS.incrementAndGet();
        return "{\"name\":\"Nämnd " + n + "\",\"shortName\":\"N" + n + "\"}";
    }
}
