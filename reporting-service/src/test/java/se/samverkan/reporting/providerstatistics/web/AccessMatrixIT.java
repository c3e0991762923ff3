package se.samverkan.reporting.providerstatistics.web;

import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.BoardRegisteredV1;
import se.samverkan.contracts.orderer.FollowUpPlanDecidedV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.AccessMatrix;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.OwnerStandIn;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.testing.OrdererEvents;

/**
 * Who may call which reporting-service route: the municipality-wide compilations are not for
 * providers, except the missing submissions each provider is reminded of.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixIT {

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
    AmqpAdmin admin;
    @Autowired
    Topology topology;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    MongoTemplate mongo;

    @Test
    void everyRouteAnswersEachRoleAsTheMatrixSays() {
        OwnerStandIn.takeResyncRequests(admin, topology);
        String mandatePeriod = councilGoalsAdopted();
        agreementSigned("board-bola", "production");
        followUpPlanDecided("board-bola", 2027);
        AccessMatrix.of(mappings, ApiClient.onPort(port))
                .route("GET /api/v1/reports/providers-by-legal-form", row -> row.anyOrganisation(200,
                        COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, ADMINISTRATOR))
                // the goal hierarchy is a public steering document: every report reader sees all of it
                .route("GET /api/v1/reports/goals/{mandatePeriod}", row -> row
                        .path("/api/v1/reports/goals/" + mandatePeriod).anyOrganisation(200,
                        COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, ADMINISTRATOR))
                // lists: another board's rows are left out (StrategicContractsIT, FollowUpPlansIT), never refused
                .route("GET /api/v1/reports/strategic-contracts", row -> row.anyOrganisation(200,
                        COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, ADMINISTRATOR))
                // the compiled report: a board's officials get their own board's section (StrategicContractsIT)
                .route("GET /api/v1/reports/strategic-contracts/compiled", row -> row
                        .path("/api/v1/reports/strategic-contracts/compiled?year=2027").anyOrganisation(200,
                                COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD,
                                ADMINISTRATOR))
                // missing submissions are for reminding providers too: each caller's own rows (MissingSubmissionsIT)
                .route("GET /api/v1/reports/missing-submissions", row -> row.anyOrganisation(200,
                        COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, PROVIDER_USER,
                        ADMINISTRATOR))
                .route("GET /api/v1/reports/missing-submissions/providers", row -> row.anyOrganisation(200,
                        COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, PROVIDER_USER,
                        ADMINISTRATOR))
                .route("GET /api/v1/reports/follow-up-plans", row -> row.path("/api/v1/reports/follow-up-plans?year=2027")
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER,
                                PRODUCTION_BOARD, ADMINISTRATOR))
                .route("GET /api/v1/reports/provider-documents", row -> row
                        .path("/api/v1/reports/provider-documents?year=2026")
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER,
                                PRODUCTION_BOARD, ADMINISTRATOR))
                .route("GET /api/v1/reports/unit-statistics", row -> row.anyOrganisation(200,
                        COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, ADMINISTRATOR))
                // the in-house production's economy: the council level, finance and the production board
                .route("GET /api/v1/reports/in-house-results", row -> row.path("/api/v1/reports/in-house-results?year=2026")
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, PRODUCTION_BOARD, ADMINISTRATOR))
                // goal attainment and equality: another board's goals are left out (GoalAttainmentIT), never refused
                .route("GET /api/v1/reports/goal-attainment/{mandatePeriod}/{year}", row -> row
                        .path("/api/v1/reports/goal-attainment/" + mandatePeriod + "/2100").anyOrganisation(200,
                                COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD,
                                ADMINISTRATOR))
                .route("GET /api/v1/reports/equality/{mandatePeriod}/{year}", row -> row
                        .path("/api/v1/reports/equality/" + mandatePeriod + "/2100").anyOrganisation(200,
                                COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD,
                                ADMINISTRATOR))
                // a board's officials judge their own board's goals; the council's analysts and administrators any
                .route("PUT /api/v1/reports/goal-attainment/{mandatePeriod}/{year}/board-goals/{boardGoalId}/assessment",
                        row -> row.target(board -> "/api/v1/reports/goal-attainment/" + mandatePeriod + "/2100"
                                        + "/board-goals/" + boardGoalsAdopted(board, mandatePeriod) + "/assessment")
                                .body(() -> """
                                        {"stage":"AUGUST_FORECAST","level":"PARTLY_MET","comment":"Prognos."}""")
                                .ownOrganisation(200, ORDERER_OFFICIAL)
                                .anyOrganisation(200, COUNCIL_ANALYST, ADMINISTRATOR))
                .route("GET /api/v1/reports/exports/in-house-results.se", row -> row
                        .path("/api/v1/reports/exports/in-house-results.se?year=2026")
                        .anyOrganisation(200, FINANCE, COUNCIL_ANALYST, ADMINISTRATOR))
                // every export table as csv, xlsx or json (FinanceExportRoutesIT): finance and the council level only
                .route("GET /api/v1/reports/exports/{table}.{format}", row -> row
                        .path("/api/v1/reports/exports/goal-attainment.xlsx?mandatePeriod=" + mandatePeriod + "&year=2100")
                        .anyOrganisation(200, FINANCE, COUNCIL_ANALYST, ADMINISTRATOR))
                .route("GET /api/v1/reports/exports/workbook.xlsx", row -> row
                        .path("/api/v1/reports/exports/workbook.xlsx?year=2026")
                        .anyOrganisation(200, FINANCE, COUNCIL_ANALYST, ADMINISTRATOR))
                // the reporting calendar and the boards' economy: the council level, finance and the boards (their own
                // rows, BoardEconomyIT); not the production board or providers
                .route("GET /api/v1/reports/calendar/{year}", row -> row.path("/api/v1/reports/calendar/2026")
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER,
                                ADMINISTRATOR))
                .route("GET /api/v1/reports/economy/{year}", row -> row.path("/api/v1/reports/economy/2026")
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER,
                                ADMINISTRATOR))
                // a board's officials hand in their own board's reports; the council's analysts and administrators
                // for any board orderer-service has announced
                .route("PUT /api/v1/reports/economy/{year}/boards/{boardOrganisationId}/reports/{report}", row -> row
                        .owners(() -> "board-ecn" + ECONOMY_BOARDS.incrementAndGet())
                        .target(board -> "/api/v1/reports/economy/2026/boards/" + boardRegistered(board)
                                + "/reports/MONTH_02")
                        .body(() -> """
                                {"netFrame":480000000,"budgetTurnover":620000000,"netCostOutcome":79000000}""")
                        .ownOrganisation(200, ORDERER_OFFICIAL)
                        .anyOrganisation(200, COUNCIL_ANALYST, ADMINISTRATOR))
                .adminRoutes("provider-statistics")
                .verify();
    }

    private static final AtomicInteger ECONOMY_BOARDS = new AtomicInteger();

    /** orderer-service announces the board, applied by the listener; answers its organisation id. */
    private String boardRegistered(String organisationId) {
        String boardId = UUID.randomUUID().toString();
        OrdererEvents.publish(rabbit, topology, EventTypes.BOARD_REGISTERED_V1, "ks-klk", new BoardRegisteredV1(
                boardId, "Nämnd " + organisationId, organisationId.substring("board-".length()).toUpperCase(),
                organisationId, 0));
        awaitDocument("boards", boardId);
        return organisationId;
    }

    /** orderer-service's council goals for a fresh period, applied by the listener; answers the period. */
    private String councilGoalsAdopted() {
        String period = "2099-2102";
        OrdererEvents.publish(rabbit, topology, EventTypes.COUNCIL_GOALS_ADOPTED_V1, "ks-klk",
                new CouncilGoalsAdoptedV1(period, "Vision", "Program", List.of(new CouncilGoalsAdoptedV1.CouncilGoal(
                        UUID.randomUUID().toString(), 1, "Trygg omsorg", null, "SOCIAL")), 0));
        awaitDocument("council_goals", period);
        return period;
    }

    /** A board's goals for the period with one goal, applied by the listener; answers the goal's id. */
    private String boardGoalsAdopted(String board, String period) {
        String goalId = UUID.randomUUID().toString();
        String boardId = UUID.randomUUID().toString();
        OrdererEvents.publish(rabbit, topology, EventTypes.BOARD_GOALS_ADOPTED_V1, board, new BoardGoalsAdoptedV1(
                boardId, "BOLA", board, period, List.of(new BoardGoalsAdoptedV1.BoardGoal(goalId, "Nöjda brukare",
                null, UUID.randomUUID().toString(), List.of())), 0));
        awaitDocument("board_goals", boardId + "/" + period);
        return goalId;
    }

    private void agreementSigned(String board, String provider) {
        String agreementId = UUID.randomUUID().toString();
        OrdererEvents.publish(rabbit, topology, EventTypes.AGREEMENT_SIGNED_V1, board, new AgreementSignedV1(
                agreementId, UUID.randomUUID().toString(), board, UUID.randomUUID().toString(), provider, "LOU",
                "HOME_CARE", "Hemtjänst", "2027-01-01", null, "1000000", true, true, null, List.of(), "2026-12-01", 1));
        awaitDocument("strategic_contracts", agreementId);
    }

    private void followUpPlanDecided(String board, int year) {
        String planId = UUID.randomUUID().toString();
        OrdererEvents.publish(rabbit, topology, EventTypes.FOLLOW_UP_PLAN_DECIDED_V1, board, new FollowUpPlanDecidedV1(
                planId, UUID.randomUUID().toString(), board, year, (year - 1) + "-12-10", null, List.of(), 1));
        awaitDocument("decided_follow_up_plans", planId);
    }

    private void awaitDocument(String collection, String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(id)),
                collection));
    }
}
