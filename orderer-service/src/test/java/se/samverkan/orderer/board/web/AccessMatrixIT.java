package se.samverkan.orderer.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.AccessMatrix;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.OwnerStandIn;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.orderer.testing.KnownProviders;

/**
 * Who may call which orderer-service route. Boards and the council's goals are known to every
 * official; only administrators add a board; the council level adopts the council's goals; a
 * board's goals are its own officials' (another board's officials get 404), read by the council
 * level and finance, and none of the providers' business. Agreements and follow-up plans belong
 * to their board: its officials act on them, another board's officials get 404. A finding's
 * board acts on it and its provider answers it; each gets 404 for another's.
 * A board's statistics specifications are written by its own officials (and administrators);
 * every official reads a published one, but a draft only the board's own officials and
 * administrators.
 * A board's visits, serious complaints, provider meetings and coverage view are its own officials'
 * (another board's get 404), read by the council level; providers read the meetings and the visits
 * to their own units (VisitIT shows a provider seeing its own, never a planned unannounced one).
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

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AmqpAdmin admin;

    @Test
    void everyRouteAnswersEachRoleAsTheMatrixSaysForOwnAndOtherOrganisations() {
        OwnerStandIn.takeResyncRequests(admin, topology);
        AccessMatrix.of(mappings, ApiClient.onPort(port))
                .route("POST /api/v1/boards", row -> row.body(AccessMatrixIT::newBoard)
                        .anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/boards", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/boards/{id}", row -> row.target(owner -> "/api/v1/boards/" + boardId())
                        .anyOrganisation(200, Role.values()))
                .route("PUT /api/v1/boards/{id}/service-areas", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/boards/" + boardOf(owner) + "/service-areas")
                        .body(() -> "{\"serviceAreas\":[{\"serviceArea\":\"HOME_CARE\","
                                + "\"responsibleOfficial\":\"Anna Andersson\"}]}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/agreements", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> agreementTerms(boardOf(owner), lovProvider(), "LOV"))
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/agreements", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/agreements/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/agreements/" + agreementOf(owner, "LOV", false))
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        // not their provider's agreement (AgreementIT shows a provider seeing its own)
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD))
                .route("PUT /api/v1/agreements/{id}/requirements", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/agreements/" + agreementOf(owner, "LOV", false) + "/requirements")
                        .body(() -> "{\"requirements\":" + REQUIREMENTS + "}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("PUT /api/v1/agreements/{id}/board-parts", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/agreements/" + agreementOf(owner, "LOV", false) + "/board-parts")
                        .body(() -> "{\"parts\":[]}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/agreements/{id}/direct-order-steps", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/agreements/" + agreementOf(owner, "DIRECT_ORDER", false)
                                + "/direct-order-steps")
                        .body(() -> "{\"step\":\"ORDERER_BOARD_APPROVAL\",\"on\":\"2026-11-20\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR)
                        // the production board records its own side, of its own provider's order (AgreementIT)
                        .anyOrganisation(404, PRODUCTION_BOARD))
                .route("POST /api/v1/agreements/{id}/sign", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/agreements/" + agreementOf(owner, "LOV", false) + "/sign")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/agreements/{id}/terminate", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/agreements/" + agreementOf(owner, "LOV", true) + "/terminate")
                        .body(() -> "{\"reason\":\"Avslutat\",\"terminatedOn\":\"2026-12-31\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/follow-up-plans", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> "{\"boardId\":\"" + boardOf(owner) + "\",\"year\":2027}")
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/follow-up-plans", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/follow-up-plans/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/follow-up-plans/" + planOf(owner, false)[0])
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        // a draft; a decided plan is readable by all (FollowUpPlanIT)
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/follow-up-plans/{id}/items", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/follow-up-plans/" + planOf(owner, false)[0] + "/items")
                        .body(() -> planItem(lovProvider()))
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("DELETE /api/v1/follow-up-plans/{id}/items/{itemId}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> {
                            String[] plan = planOf(owner, true);
                            return "/api/v1/follow-up-plans/" + plan[0] + "/items/" + plan[1];
                        })
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/follow-up-plans/{id}/decide", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/follow-up-plans/" + planOf(owner, true)[0] + "/decide")
                        .body(() -> "{\"decidedOn\":\"2026-12-10\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
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
                .route("POST /api/v1/findings", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> findingTerms(agreementOf(owner, "LOV", true)))
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/findings", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/findings/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/findings/" + findingOfBoard(owner, "AWAITING"))
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        // not their provider's finding (FindingIT shows a provider seeing its own)
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/findings/{id}/plan-decisions", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/findings/" + findingOfBoard(owner, "SUBMITTED") + "/plan-decisions")
                        .body(() -> "{\"decision\":\"ACCEPTED\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/findings/{id}/follow-up-notes", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/findings/" + findingOfBoard(owner, "AWAITING") + "/follow-up-notes")
                        .body(() -> "{\"note\":\"Påminnelse skickad.\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/findings/{id}/close", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/findings/" + findingOfBoard(owner, "DONE") + "/close")
                        .body(() -> "{\"note\":\"Verifierat.\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                // the provider's side: the owner is the provider organisation of the finding's agreement
                .route("POST /api/v1/findings/{id}/action-plans", row -> row.ownerNames(n -> "provider-bola" + n)
                        .target(owner -> "/api/v1/findings/" + findingOfProvider(owner, "AWAITING") + "/action-plans")
                        .body(() -> ACTION_PLAN)
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/findings/{id}/actions/{actionId}/progress", row -> row
                        .ownerNames(n -> "provider-bola" + n)
                        .target(owner -> {
                            String finding = findingOfProvider(owner, "ACCEPTED");
                            return "/api/v1/findings/" + finding + "/actions/" + firstAction(finding) + "/progress";
                        })
                        .body(() -> "{\"status\":\"DONE\",\"note\":\"Genomfört.\"}")
                        .ownOrganisation(200, PROVIDER_USER, PRODUCTION_BOARD).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/statistics-specifications", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> "{\"boardId\":\"" + boardOf(owner) + "\",\"serviceArea\":\"HOME_CARE\"}")
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/statistics-specifications", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/statistics-specifications/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> SPECIFICATIONS + "/" + publishedSpecificationOf(owner))
                        .anyOrganisation(200, Role.values()))
                .route("GET /api/v1/statistics-specifications/{id}/versions/{version}", row -> row
                        .ownerNames(n -> "board-bola" + n)
                        .target(owner -> SPECIFICATIONS + "/" + publishedSpecificationOf(owner) + "/versions/1")
                        .anyOrganisation(200, Role.values()))
                .route("GET /api/v1/statistics-specifications/{id}/draft", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> SPECIFICATIONS + "/" + draftSpecificationOf(owner) + "/draft")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR)
                        // a draft; a published version is readable by all (StatisticsSpecificationIT)
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD, COUNCIL_ANALYST, FINANCE))
                .route("PUT /api/v1/statistics-specifications/{id}/draft", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> SPECIFICATIONS + "/" + draftSpecificationOf(owner) + "/draft")
                        .body(() -> DRAFT)
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/statistics-specifications/{id}/publish", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> SPECIFICATIONS + "/" + draftSpecificationOf(owner) + "/publish")
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("POST /api/v1/escalations", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> "{\"agreementId\":\"" + agreementOf(owner, "LOV", false)
                                + "\",\"topic\":\"ECONOMY\",\"description\":\"Oenighet om ersättningen.\"}")
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR)
                        // not a party: the agreement is not theirs (EscalationIT shows a provider raising one)
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/escalations", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/escalations/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/escalations/" + escalationOf(owner))
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/escalations/{id}/decisions", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/escalations/" + escalationOf(owner) + "/decisions")
                        .body(() -> "{\"level\":\"OFFICIALS\",\"outcome\":\"SETTLED\",\"text\":\"Avgjort.\","
                                + "\"decidedOn\":\"2026-12-01\"}")
                        .anyOrganisation(200, COUNCIL_ANALYST, ADMINISTRATOR))
                .route("POST /api/v1/internal-control-plans", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> "{\"boardId\":\"" + boardOf(owner) + "\",\"year\":2027}")
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/internal-control-plans", row -> row
                        .anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, ADMINISTRATOR))
                .route("GET /api/v1/internal-control-plans/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> INTERNAL_CONTROL + "/" + internalControlOf(owner, 0)[0])
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, ADMINISTRATOR))
                .route("POST /api/v1/internal-control-plans/{id}/risks", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> INTERNAL_CONTROL + "/" + internalControlOf(owner, 0)[0] + "/risks")
                        .body(() -> RISK)
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("DELETE /api/v1/internal-control-plans/{id}/risks/{riskId}", row -> row
                        .ownerNames(n -> "board-bola" + n)
                        .target(owner -> {
                            String[] plan = internalControlOf(owner, 1);
                            return INTERNAL_CONTROL + "/" + plan[0] + "/risks/" + plan[1];
                        })
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/internal-control-plans/{id}/risks/{riskId}/controls", row -> row
                        .ownerNames(n -> "board-bola" + n)
                        .target(owner -> {
                            String[] plan = internalControlOf(owner, 1);
                            return INTERNAL_CONTROL + "/" + plan[0] + "/risks/" + plan[1] + "/controls";
                        })
                        .body(() -> CONTROL)
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/internal-control-plans/{id}/decide", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> INTERNAL_CONTROL + "/" + internalControlOf(owner, 2)[0] + "/decide")
                        .body(() -> "{\"decidedOn\":\"2026-12-10\",\"reference\":\"VON § 90\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/internal-control-plans/{id}/controls/{controlId}/results", row -> row
                        .ownerNames(n -> "board-bola" + n)
                        .target(owner -> {
                            String[] plan = internalControlOf(owner, 3);
                            return INTERNAL_CONTROL + "/" + plan[0] + "/controls/" + plan[2] + "/results";
                        })
                        .body(() -> annualResult())
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/internal-control-plans/{id}/assessment", row -> row
                        .ownerNames(n -> "board-bola" + n)
                        .target(owner -> INTERNAL_CONTROL + "/" + internalControlOf(owner, 4)[0] + "/assessment")
                        .body(() -> "{\"works\":true,\"text\":\"Kontrollen fungerar.\",\"assessedOn\":\"2028-02-20\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/rulebooks", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> rulebookTerms(boardOf(owner)))
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/rulebooks", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/rulebooks/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/rulebooks/" + rulebookOf(owner))
                        .anyOrganisation(200, Role.values()))
                .route("POST /api/v1/rulebooks/{id}/close", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/rulebooks/" + rulebookOf(owner) + "/close")
                        .body(() -> "{\"closedOn\":\"2027-06-30\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/lov-applications", row -> row.ownerNames(n -> "provider-bola" + n)
                        .bodyFor(owner -> "{\"rulebookId\":\"" + rulebookOf("board-lov" + LOV_BOARDS.incrementAndGet())
                                + "\",\"providerId\":\"" + providerActingFor(owner) + "\"}")
                        .ownOrganisation(201, PROVIDER_USER, PRODUCTION_BOARD).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/lov-applications", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/lov-applications/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/lov-applications/" + lovApplicationOf(owner))
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR)
                        // the applicant is the matrix's provider, not the caller's organisation
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/lov-applications/{id}/authorise", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/lov-applications/" + lovApplicationOf(owner) + "/authorise")
                        .body(() -> "{\"decidedOn\":\"2026-11-20\",\"startsOn\":\"2027-01-01\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/lov-applications/{id}/refuse", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/lov-applications/" + lovApplicationOf(owner) + "/refuse")
                        .body(() -> "{\"decidedOn\":\"2026-11-20\",\"reasons\":[\"Kraven uppfylls inte.\"]}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/visits", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> visitPlan(contractedBoardOf(owner)))
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/visits", row -> row.anyOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER,
                        COUNCIL_ANALYST, ADMINISTRATOR, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/visits/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/visits/" + visitOf(owner))
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, ADMINISTRATOR)
                        // not their unit's visit (VisitIT shows a provider seeing its own)
                        .anyOrganisation(404, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/visits/{id}/performed", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/visits/" + visitOf(owner) + "/performed")
                        .body(() -> "{\"performedOn\":\"" + inDays(0) + "\",\"performedBy\":\"von.handlaggare\","
                                + "\"outcome\":\"Inga brister.\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/serious-complaints", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> "{\"boardId\":\"" + contractedBoardOf(owner) + "\",\"unitId\":\""
                                + lovUnit() + "\",\"receivedOn\":\"" + inDays(0) + "\",\"summary\":\"Klagomål.\","
                                + "\"responsible\":\"von.handlaggare\"}")
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("POST /api/v1/provider-meetings", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> meeting(boardOf(owner)))
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/provider-meetings", row -> row.anyOrganisation(200, ORDERER_OFFICIAL,
                        CONTRACT_MANAGER, COUNCIL_ANALYST, ADMINISTRATOR, PROVIDER_USER, PRODUCTION_BOARD))
                .route("GET /api/v1/provider-meetings/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/provider-meetings/" + meetingOf(owner))
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        // providers are invited to every board's meetings
                        .anyOrganisation(200, COUNCIL_ANALYST, ADMINISTRATOR, PROVIDER_USER, PRODUCTION_BOARD))
                .route("POST /api/v1/provider-meetings/{id}/held", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/provider-meetings/" + meetingOf(owner) + "/held")
                        .body(() -> "{\"heldOn\":\"" + inDays(0) + "\",\"participants\":[\"Omsorg AB\"],"
                                + "\"notes\":\"Genomgång.\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("GET /api/v1/boards/{boardId}/coverage", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/boards/" + contractedBoardOf(owner) + "/coverage")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER)
                        .anyOrganisation(200, COUNCIL_ANALYST, ADMINISTRATOR))
                .route("POST /api/v1/tenders", row -> row.ownerNames(n -> "board-bola" + n)
                        .bodyFor(owner -> tenderTerms(boardOf(owner)))
                        .ownOrganisation(201, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(201, ADMINISTRATOR))
                .route("GET /api/v1/tenders", row -> row.anyOrganisation(200, Role.values()))
                .route("GET /api/v1/tenders/{id}", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/tenders/" + tenderOf(owner, 0))
                        .anyOrganisation(200, Role.values()))
                .route("POST /api/v1/tenders/{id}/bids", row -> row.ownerNames(n -> "provider-bola" + n)
                        .target(owner -> "/api/v1/tenders/" + tenderOf("board-tnd" + TENDER_BOARDS.incrementAndGet(), 0)
                                + "/bids")
                        .bodyFor(owner -> "{\"providerId\":\"" + providerActingFor(owner)
                                + "\",\"annualPriceSek\":1000000}")
                        .ownOrganisation(201, PROVIDER_USER, PRODUCTION_BOARD).anyOrganisation(201, ADMINISTRATOR))
                .route("POST /api/v1/tenders/{id}/evaluation", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/tenders/" + tenderOf(owner, 1) + "/evaluation")
                        .bodyFor(owner -> "{\"qualityScores\":{\"" + lastBid + "\":70}}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/tenders/{id}/award", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/tenders/" + tenderOf(owner, 2) + "/award")
                        .body(() -> "{\"awardedOn\":\"2020-02-01\"}")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .route("POST /api/v1/tenders/{id}/conclude", row -> row.ownerNames(n -> "board-bola" + n)
                        .target(owner -> "/api/v1/tenders/" + tenderOf(owner, 3) + "/conclude")
                        .ownOrganisation(200, ORDERER_OFFICIAL, CONTRACT_MANAGER).anyOrganisation(200, ADMINISTRATOR))
                .adminRoutes("contractable-providers")
                .verify();
    }

    private static final String REQUIREMENTS = """
            [{"category":"BASIC_QUALITY","text":"Kvalitet.","followUpMethod":"VISIT"},
             {"category":"LABOUR_CONDITIONS","text":"Villkor.","followUpMethod":"DOCUMENT_REVIEW"},
             {"category":"FOLLOW_UP_DUTY","text":"Statistik.","followUpMethod":"STATISTICS"},
             {"category":"PUBLIC_INSIGHT_DUTY","text":"Insyn.","followUpMethod":"DOCUMENT_REVIEW"}]""";

    private String lovProvider;
    private String inHouseProvider;

    private String lovProvider() {
        if (lovProvider == null) {
            lovProvider = KnownProviders.announce(rabbit, topology, mongo, "Matrisens Omsorg AB", "AKTIEBOLAG",
                    "provider-matrisens-omsorg");
        }
        return lovProvider;
    }

    private String inHouseProvider() {
        if (inHouseProvider == null) {
            inHouseProvider = KnownProviders.announce(rabbit, topology, mongo, "Matrisens egenregi", "KOMMUNAL_EGENREGI",
                    "provider-matrisens-egenregi");
        }
        return inHouseProvider;
    }

    private String agreementTerms(String boardId, String providerId, String route) {
        return """
                {"boardId":"%s","providerId":"%s","title":"Avtal","route":"%s","serviceArea":"HOME_CARE",
                 "startsOn":"2026-01-01","annualValueSek":1000000,"valueLevel":"LOW","impactLevel":"HIGH",
                 "rulebookReference":"Regelbok","requirements":%s}""".formatted(boardId, providerId, route, REQUIREMENTS);
    }

    private static String planItem(String providerId) {
        return """
                {"providerId":"%s","what":"Kontinuitet","form":"CONTRACT_FOLLOW_UP","responsible":"von.avtal",
                 "interval":"YEARLY","feedbackTo":["BOARD"]}""".formatted(providerId);
    }

    /**
     * The 2027 draft follow-up plan of a new board the organisation acts for, which has a signed
     * agreement with the matrix's provider; with an item for it if asked. Answers the plan's id
     * and the item's id.
     */
    private String[] planOf(String organisation, boolean withItem) {
        ApiClient admin = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk");
        String boardId = boardOf(organisation);
        HttpResponse<String> drafted = admin.post("/api/v1/agreements", agreementTerms(boardId, lovProvider(), "LOV"));
        assertThat(admin.post("/api/v1/agreements/" + ApiClient.json(drafted).get("id").asString() + "/sign")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> plan = admin.post("/api/v1/follow-up-plans", "{\"boardId\":\"" + boardId
                + "\",\"year\":2027}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        String planId = ApiClient.json(plan).get("id").asString();
        if (!withItem) {
            return new String[] {planId, null};
        }
        HttpResponse<String> withAnItem = admin.post("/api/v1/follow-up-plans/" + planId + "/items",
                planItem(lovProvider()));
        assertThat(withAnItem.statusCode()).as(withAnItem.body()).isEqualTo(200);
        return new String[] {planId, ApiClient.json(withAnItem).get("items").get(0).get("id").asString()};
    }

    /** An escalation raised by an administrator on a new agreement of a board the organisation acts for. */
    private String escalationOf(String organisation) {
        HttpResponse<String> raised = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk").post("/api/v1/escalations",
                "{\"agreementId\":\"" + agreementOf(organisation, "LOV", false)
                + "\",\"topic\":\"GOALS\",\"description\":\"Oenighet om målen.\"}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        return ApiClient.json(raised).get("id").asString();
    }

    /** A draft (or signed) agreement of a new board the organisation acts for. */
    private String agreementOf(String organisation, String route, boolean signed) {
        String provider = route.equals("DIRECT_ORDER") ? inHouseProvider() : lovProvider();
        ApiClient admin = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk");
        HttpResponse<String> drafted = admin.post("/api/v1/agreements",
                agreementTerms(boardOf(organisation), provider, route));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String id = ApiClient.json(drafted).get("id").asString();
        if (signed) {
            assertThat(admin.post("/api/v1/agreements/" + id + "/sign").statusCode()).isEqualTo(200);
        }
        return id;
    }

    private static final String ACTION_PLAN = """
            {"analysis":"Rutin saknades.","actions":[{"description":"Ny rutin.","responsible":"Enhetschef",
             "dueOn":"%s","expectedEffect":"Det händer inte igen."}]}""".formatted(inDays(30));

    private static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    /** A finding's terms on the agreement, naming its first requirement. */
    private String findingTerms(String agreementId) {
        String requirement = ApiClient.json(ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk")
                .get("/api/v1/agreements/" + agreementId)).get("requirements").get(0).get("id").asString();
        return """
                {"agreementId":"%s","requirementId":"%s","evidence":"Iakttaget vid besök.","evidenceSource":"VISIT",
                 "observedOn":"%s","severity":"MEDIUM","planDueOn":"%s"}""".formatted(agreementId, requirement,
                inDays(-1), inDays(20));
    }

    /** A finding on a signed agreement of a new board the organisation acts for, brought to the stage. */
    private String findingOfBoard(String boardOrganisation, String stage) {
        return finding(agreementOf(boardOrganisation, "LOV", true), stage);
    }

    /** A finding on a signed agreement with a new provider the organisation acts for, brought to the stage. */
    private String findingOfProvider(String providerOrganisation, String stage) {
        String provider = KnownProviders.announce(rabbit, topology, mongo, "Utförare " + providerOrganisation,
                "AKTIEBOLAG", providerOrganisation);
        ApiClient admin = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk");
        HttpResponse<String> drafted = admin.post("/api/v1/agreements", agreementTerms(boardId(), provider, "LOV"));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String agreement = ApiClient.json(drafted).get("id").asString();
        assertThat(admin.post("/api/v1/agreements/" + agreement + "/sign").statusCode()).isEqualTo(200);
        return finding(agreement, stage);
    }

    /**
     * Registers a finding on the agreement and, acting as an administrator for both sides, brings
     * it to AWAITING (a plan), SUBMITTED (a plan), ACCEPTED (the plan) or DONE (every action).
     */
    private String finding(String agreementId, String stage) {
        ApiClient admin = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk");
        HttpResponse<String> registered = admin.post("/api/v1/findings", findingTerms(agreementId));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = ApiClient.json(registered).get("id").asString();
        List<String> stages = List.of("AWAITING", "SUBMITTED", "ACCEPTED", "DONE");
        int reach = stages.indexOf(stage);
        if (reach >= 1) {
            assertThat(admin.post("/api/v1/findings/" + id + "/action-plans", ACTION_PLAN).statusCode()).isEqualTo(200);
        }
        if (reach >= 2) {
            assertThat(admin.post("/api/v1/findings/" + id + "/plan-decisions", "{\"decision\":\"ACCEPTED\"}")
                    .statusCode()).isEqualTo(200);
        }
        if (reach >= 3) {
            assertThat(admin.post("/api/v1/findings/" + id + "/actions/" + firstAction(id) + "/progress",
                    "{\"status\":\"DONE\",\"note\":\"Klart.\"}").statusCode()).isEqualTo(200);
        }
        return id;
    }

    private String firstAction(String findingId) {
        return ApiClient.json(ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk").get("/api/v1/findings/" + findingId))
                .get("plans").get(0).get("actions").get(0).get("id").asString();
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
    private static final String INTERNAL_CONTROL = "/api/v1/internal-control-plans";
    private static final String RISK = """
            {"title":"Felaktiga utbetalningar","source":"PROCESS_REVIEW","probability":3,"consequence":4}""";
    private static final String CONTROL = """
            {"what":"Stickprov på utbetalningar","method":"20 stickprov","responsible":"Controller",
             "schedule":"Mars och september"}""";

    private static String annualResult() {
        return """
                {"report":"ANNUAL","outcome":"NO_DEVIATION","recordedOn":"2028-01-31"}""";
    }

    /**
     * The 2027 internal-control plan of a new board the organisation acts for, made as far as
     * {@code stage}: 0 an empty draft, 1 with a high risk, 2 with a control of it, 3 decided, 4
     * with the control's annual result. Answers the plan's, the risk's and the control's ids.
     */
    private String[] internalControlOf(String organisation, int stage) {
        ApiClient admin = admin();
        HttpResponse<String> started = admin.post(INTERNAL_CONTROL, "{\"boardId\":\"" + boardOf(organisation)
                + "\",\"year\":2027}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String[] ids = {ApiClient.json(started).get("id").asString(), null, null};
        if (stage >= 1) {
            HttpResponse<String> withRisk = admin.post(INTERNAL_CONTROL + "/" + ids[0] + "/risks", RISK);
            assertThat(withRisk.statusCode()).as(withRisk.body()).isEqualTo(200);
            ids[1] = ApiClient.json(withRisk).get("risks").get(0).get("id").asString();
        }
        if (stage >= 2) {
            HttpResponse<String> withControl = admin.post(INTERNAL_CONTROL + "/" + ids[0] + "/risks/" + ids[1]
                    + "/controls", CONTROL);
            assertThat(withControl.statusCode()).as(withControl.body()).isEqualTo(200);
            ids[2] = ApiClient.json(withControl).get("risks").get(0).get("controls").get(0).get("id").asString();
        }
        if (stage >= 3) {
            assertThat(admin.post(INTERNAL_CONTROL + "/" + ids[0] + "/decide", "{\"decidedOn\":\"2026-12-10\"}")
                    .statusCode()).isEqualTo(200);
        }
        if (stage >= 4) {
            assertThat(admin.post(INTERNAL_CONTROL + "/" + ids[0] + "/controls/" + ids[2] + "/results",
                    annualResult()).statusCode()).isEqualTo(200);
        }
        return ids;
    }

    private static final AtomicInteger LOV_BOARDS = new AtomicInteger();

    private static String rulebookTerms(String boardId) {
        return """
                {"boardId":"%s","reference":"LOV %s","title":"Hemtjänst enligt LOV","serviceArea":"HOME_CARE",
                 "openFrom":"2027-01-01","estimatedAnnualValueSek":1000000,"valueLevel":"LOW","impactLevel":"HIGH",
                 "requirements":%s}""".formatted(boardId, java.util.UUID.randomUUID(), REQUIREMENTS);
    }

    /** A published rulebook of a new board the organisation acts for. */
    private String rulebookOf(String organisation) {
        HttpResponse<String> published = admin().post("/api/v1/rulebooks", rulebookTerms(boardOf(organisation)));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return ApiClient.json(published).get("id").asString();
    }

    /** A provider whose users act for the organisation, known to the orderer side. */
    private String providerActingFor(String organisation) {
        return KnownProviders.announce(rabbit, topology, mongo, "Utförare " + organisation, "AKTIEBOLAG", organisation);
    }

    /** An application of the matrix's provider under a rulebook of a new board the organisation acts for. */
    private String lovApplicationOf(String organisation) {
        HttpResponse<String> applied = admin().post("/api/v1/lov-applications", "{\"rulebookId\":\""
                + rulebookOf(organisation) + "\",\"providerId\":\"" + lovProvider() + "\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        return ApiClient.json(applied).get("id").asString();
    }

    private static final AtomicInteger TENDER_BOARDS = new AtomicInteger();
    private volatile String lastBid;

    private String tenderTerms(String boardId) {
        java.time.LocalDate today = java.time.LocalDate.now();
        return """
                {"boardId":"%s","reference":"LOU %s","title":"Drift","law":"LOU","serviceArea":"RESIDENTIAL_CARE",
                 "bidDeadline":"%s","contractStartsOn":"%s","contractEndsOn":"%s","estimatedAnnualValueSek":1000000,
                 "valueLevel":"HIGH","impactLevel":"HIGH","priceWeightPercent":50,"requirements":%s}"""
                .formatted(boardId, java.util.UUID.randomUUID(), today.plusDays(30), today.plusDays(90),
                        today.plusYears(3), REQUIREMENTS);
    }

    /**
     * A tender of a new board the organisation acts for, made as far as {@code stage}: 0 open, 1
     * with the matrix provider's bid and its deadline passed, 2 evaluated, 3 awarded with the
     * standstill over. The deadline is moved into the past in storage, as the weeks would.
     */
    private String tenderOf(String organisation, int stage) {
        ApiClient admin = admin();
        HttpResponse<String> announced = admin.post("/api/v1/tenders", tenderTerms(boardOf(organisation)));
        assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
        String id = ApiClient.json(announced).get("id").asString();
        if (stage >= 1) {
            HttpResponse<String> bid = admin.post("/api/v1/tenders/" + id + "/bids", "{\"providerId\":\""
                    + lovProvider() + "\",\"annualPriceSek\":900000}");
            assertThat(bid.statusCode()).as(bid.body()).isEqualTo(201);
            lastBid = ApiClient.json(bid).get("bids").get(0).get("id").asString();
            mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
                    org.springframework.data.mongodb.core.query.Update.update("bidDeadline", "2020-01-01"), "tenders");
        }
        if (stage >= 2) {
            assertThat(admin.post("/api/v1/tenders/" + id + "/evaluation", "{\"qualityScores\":{\"" + lastBid
                    + "\":70}}").statusCode()).isEqualTo(200);
        }
        if (stage >= 3) {
            assertThat(admin.post("/api/v1/tenders/" + id + "/award", "{\"awardedOn\":\"2020-02-01\"}")
                    .statusCode()).isEqualTo(200);
        }
        return id;
    }

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

    private static final String SPECIFICATIONS = "/api/v1/statistics-specifications";
    private static final String DRAFT = "{\"validFrom\":\"2027-01-01\",\"measures\":[{\"code\":\"HOME_CARE_HOURS\","
            + "\"name\":\"Utförda timmar\",\"category\":\"VOLUME\",\"valueType\":\"AMOUNT\",\"unit\":\"timmar\","
            + "\"frequency\":\"MONTHLY\"}]}";

    /** A home-care specification of a board whose officials act for the organisation, with a draft of one measure. */
    private String draftSpecificationOf(String organisation) {
        ApiClient admin = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk");
        HttpResponse<String> created = admin.post(SPECIFICATIONS, "{\"boardId\":\"" + boardOf(organisation)
                + "\",\"serviceArea\":\"HOME_CARE\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();
        HttpResponse<String> edited = admin.send("PUT", SPECIFICATIONS + "/" + id + "/draft", DRAFT);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        return id;
    }

    /** The same, published as version 1 (with no draft left). */
    private String publishedSpecificationOf(String organisation) {
        String id = draftSpecificationOf(organisation);
        HttpResponse<String> published = ApiClient.onPort(port).as(ADMINISTRATOR, "ks-klk")
                .post(SPECIFICATIONS + "/" + id + "/publish");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return id;
    }

    private String lovUnit;

    /** A home-care unit of the matrix's provider, opened once. */
    private synchronized String lovUnit() {
        if (lovUnit == null) {
            lovUnit = KnownProviders.openUnit(rabbit, topology, mongo, lovProvider(), "Matrisens hemtjänst",
                    "HOME_CARE", "2026-01-01");
        }
        return lovUnit;
    }

    /** A new board of the organisation with a signed home-care agreement with the matrix's provider; answers its id. */
    private String contractedBoardOf(String organisation) {
        String boardId = boardOf(organisation);
        ApiClient admin = admin();
        HttpResponse<String> drafted = admin.post("/api/v1/agreements", agreementTerms(boardId, lovProvider(), "LOV"));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        assertThat(admin.post("/api/v1/agreements/" + ApiClient.json(drafted).get("id").asString() + "/sign")
                .statusCode()).isEqualTo(200);
        return boardId;
    }

    private String visitPlan(String boardId) {
        return "{\"boardId\":\"" + boardId + "\",\"unitId\":\"" + lovUnit() + "\",\"kind\":\"ANNOUNCED\","
                + "\"plannedOn\":\"" + inDays(10) + "\",\"responsible\":\"von.handlaggare\"}";
    }

    /** An announced visit, planned by an administrator, of a new board the organisation acts for. */
    private String visitOf(String organisation) {
        HttpResponse<String> planned = admin().post("/api/v1/visits", visitPlan(contractedBoardOf(organisation)));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return ApiClient.json(planned).get("id").asString();
    }

    private static String meeting(String boardId) {
        return "{\"boardId\":\"" + boardId + "\",\"serviceArea\":\"HOME_CARE\",\"plannedOn\":\"" + inDays(0)
                + "\"}";
    }

    /** A provider meeting, planned by an administrator, of a new board the organisation acts for. */
    private String meetingOf(String organisation) {
        HttpResponse<String> planned = admin().post("/api/v1/provider-meetings", meeting(boardOf(organisation)));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return ApiClient.json(planned).get("id").asString();
    }

    private static String newBoard() {
        int n = BOARDS.incrementAndGet();
        return "{\"name\":\"Nämnd " + n + "\",\"shortName\":\"N" + n + "\"}";
    }
}
