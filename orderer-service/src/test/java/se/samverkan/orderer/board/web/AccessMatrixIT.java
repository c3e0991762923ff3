package se.samverkan.orderer.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

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

/**
 * Who may call which orderer-service route. Boards and the council's goals are known to every
 * official; only administrators add a board; the council level adopts the council's goals; a
 * board's goals are its own officials' (another board's officials get 404), read by the council
 * level and finance, and none of the providers' business.
 */
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
                .route("POST /api/v1/council-goals", row -> row.body(this::newCouncilGoals)
                        .anyOrganisation(201, COUNCIL_ANALYST, ADMINISTRATOR))
                .route("GET /api/v1/council-goals", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/council-goals/{mandatePeriod}", row -> row
                        .target(owner -> sharedCouncilGoalsPath())
                        .anyOrganisation(200, Role.values()))
                .route("PUT /api/v1/council-goals/{mandatePeriod}", row -> row
                        .target(owner -> "/api/v1/council-goals/" + adoptedCouncilGoals())
                        .body(AccessMatrixIT::councilGoalsRevision)
                        .anyOrganisation(200, COUNCIL_ANALYST, ADMINISTRATOR))
                .route("POST /api/v1/boards/{boardId}/goals", row -> row.owners(AccessMatrixIT::boardOrganisation)
                        .target(owner -> "/api/v1/boards/" + boardOf(owner) + "/goals").body(this::boardGoals)
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/boards/{boardId}/goals", row -> row.owners(AccessMatrixIT::boardOrganisation)
                        .target(owner -> "/api/v1/boards/" + boardOf(owner) + "/goals")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR))
                .route("GET /api/v1/boards/{boardId}/goals/{mandatePeriod}", row -> row
                        .owners(AccessMatrixIT::boardOrganisation).target(this::boardGoalsOf)
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR))
                .route("PUT /api/v1/boards/{boardId}/goals/{mandatePeriod}", row -> row
                        .owners(AccessMatrixIT::boardOrganisation).target(this::boardGoalsOf)
                        .body(() -> boardGoalsRevision(sharedCouncilGoal()))
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("GET /api/v1/board-goals", row -> row
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR))
                .adminRoutes(null)
                .verify();
    }

    private String boardId() {
        HttpResponse<String> created = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk").post("/api/v1/boards", newBoard());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    /** The period whose council goals the board goals of the matrix serve. */
    private static final String SHARED_PERIOD = "2023-2026";
    /** Fresh mandate periods for council goals the matrix adopts, from 2031-2034 on. */
    private static final AtomicInteger PERIODS = new AtomicInteger();
    private static final AtomicInteger GOAL_BOARDS = new AtomicInteger();
    private String sharedCouncilGoal;

    private String newCouncilGoals() {
        int first = 2031 + 4 * PERIODS.getAndIncrement();
        return """
                {"mandatePeriod":"%d-%d","vision":"Vallby","councilProgramme":"Mål och budget",
                 "goals":[{"title":"Äldre ska leva tryggt","goalArea":"SOCIAL"}]}""".formatted(first, first + 3);
    }

    /** Council goals of a fresh period, as adopted by an administrator; answers the period. */
    private String adoptedCouncilGoals() {
        HttpResponse<String> adopted = admin().post("/api/v1/council-goals", newCouncilGoals());
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        return ApiClient.json(adopted).get("mandatePeriod").asString();
    }

    private static String councilGoalsRevision() {
        return """
                {"version":0,"vision":"Vallby","councilProgramme":"Reviderad budget",
                 "goals":[{"title":"Klimatavtrycket ska minska","goalArea":"ECOLOGICAL"}]}""";
    }

    /** The first council goal of the shared period, adopted once. */
    private synchronized String sharedCouncilGoal() {
        if (sharedCouncilGoal == null) {
            HttpResponse<String> adopted = admin().post("/api/v1/council-goals", """
                    {"mandatePeriod":"%s","vision":"Vallby","councilProgramme":"Mål och budget",
                     "goals":[{"title":"Äldre ska leva tryggt","goalArea":"SOCIAL"}]}""".formatted(SHARED_PERIOD));
            assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
            sharedCouncilGoal = ApiClient.json(adopted).get("goals").get(0).get("id").asString();
        }
        return sharedCouncilGoal;
    }

    private String sharedCouncilGoalsPath() {
        sharedCouncilGoal();
        return "/api/v1/council-goals/" + SHARED_PERIOD;
    }

    /** The org claim of a new board's officials: board- and its short name in lower case. */
    private static String boardOrganisation() {
        return "board-bg" + GOAL_BOARDS.incrementAndGet();
    }

    /** A new board whose officials act for the organisation; answers its id. */
    private String boardOf(String organisation) {
        String shortName = organisation.substring("board-".length()).toUpperCase(java.util.Locale.ROOT);
        HttpResponse<String> created = admin().post("/api/v1/boards",
                "{\"name\":\"Nämnd " + shortName + "\",\"shortName\":\"" + shortName + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(ApiClient.json(created).get("organisationId").asString()).isEqualTo(organisation);
        return ApiClient.json(created).get("id").asString();
    }

    private String boardGoals() {
        return """
                {"mandatePeriod":"%s","goals":[{"title":"Nöjda brukare","councilGoalId":"%s","indicators":[
                  {"name":"Andel nöjda brukare","unit":"procent","direction":"INCREASE","concernsPeople":true,
                   "breakdowns":["GENDER"],"targets":[{"year":2025,"value":90}]}]}]}"""
                .formatted(SHARED_PERIOD, sharedCouncilGoal());
    }

    private static String boardGoalsRevision(String councilGoal) {
        return """
                {"version":0,"goals":[{"title":"Trygga brukare","councilGoalId":"%s","indicators":[
                  {"name":"Andel trygga brukare","unit":"procent","direction":"KEEP","concernsPeople":true,
                   "breakdowns":["GENDER","AREA"],"targets":[{"year":2026,"value":85}]}]}]}""".formatted(councilGoal);
    }

    /** A new board of the organisation with goals for the shared period, adopted by an administrator; answers their path. */
    private String boardGoalsOf(String organisation) {
        String board = boardOf(organisation);
        HttpResponse<String> adopted = admin().post("/api/v1/boards/" + board + "/goals", boardGoals());
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        return "/api/v1/boards/" + board + "/goals/" + SHARED_PERIOD;
    }

    private ApiClient admin() {
        return ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk");
    }

    private static String newBoard() {
        int n = BOARDS.incrementAndGet();
        return "{\"name\":\"Nämnd " + n + "\",\"shortName\":\"N" + n + "\"}";
    }
}
