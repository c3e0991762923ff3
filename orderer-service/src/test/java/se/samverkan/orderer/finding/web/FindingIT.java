package se.samverkan.orderer.finding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.ActionPlanDecidedV1;
import se.samverkan.contracts.orderer.ActionPlanSubmittedV1;
import se.samverkan.contracts.orderer.FindingClosedV1;
import se.samverkan.contracts.orderer.FindingRegisteredV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.orderer.testing.KnownProviders;

/**
 * Findings through the API: the board registers one, the provider answers with action plans,
 * the board rejects and accepts, the provider reports its actions done, the board closes; the
 * events on the broker; who sees which finding; overdue findings in the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FindingIT {

    private static final String PROVIDER_ORG = "provider-omsorgsgruppen-norr";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;

    private String observer;
    private String boardId;
    private String providerId;
    private String agreementId;
    private String requirementId;

    @BeforeEach
    void setUp() {
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false, false, false));
        for (String type : List.of(EventTypes.FINDING_REGISTERED_V1.name(), EventTypes.ACTION_PLAN_SUBMITTED_V1.name(),
                EventTypes.ACTION_PLAN_DECIDED_V1.name(), EventTypes.FINDING_CLOSED_V1.name())) {
            admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                    .with(type));
        }
        HttpResponse<String> board = administrator().post("/api/v1/boards",
                "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}");
        assertThat(board.statusCode()).as(board.body()).isEqualTo(201);
        boardId = ApiClient.json(board).get("id").asString();
        providerId = KnownProviders.announce(rabbit, topology, mongo, "Omsorgsgruppen Norr AB", "AKTIEBOLAG",
                PROVIDER_ORG);
        agreementId = agreement(providerId, true);
        requirementId = ApiClient.json(board().get("/api/v1/agreements/" + agreementId)).get("requirements").get(0)
                .get("id").asString();
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
        mongo.getDb().drop();
    }

    @Test
    void theBoardFollowsAFindingFromRegistrationThroughARejectedAndAnAcceptedPlanToClosure() {
        HttpResponse<String> registered = board().post("/api/v1/findings", finding(agreementId, requirementId, "HIGH"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = ApiClient.json(registered).get("id").asString();
        assertThat(registered.headers().firstValue("Location")).contains("/api/v1/findings/" + id);
        assertThat(ApiClient.json(registered).get("status").asString()).isEqualTo("AWAITING_ACTION_PLAN");
        assertThat(ApiClient.json(registered).get("overdue").asBoolean()).isFalse();
        EventEnvelope<FindingRegisteredV1> registeredEvent = EventJson.read(next(), EventTypes.FINDING_REGISTERED_V1);
        assertThat(registeredEvent.organisationId()).isEqualTo("board-von");
        assertThat(registeredEvent.payload().findingId()).isEqualTo(id);
        assertThat(registeredEvent.payload().requirementId()).isEqualTo(requirementId);
        assertThat(registeredEvent.payload().strategic()).isTrue();

        ApiClient anotherProvider = api().as(PROVIDER_USER, "provider-someone-else");
        assertThat(anotherProvider.get("/api/v1/findings/" + id).statusCode()).isEqualTo(404);
        assertThat(anotherProvider.post("/api/v1/findings/" + id + "/action-plans", plan("Första analysen"))
                .statusCode()).as("another provider cannot answer it, nor learn it exists").isEqualTo(404);

        HttpResponse<String> first = provider().post("/api/v1/findings/" + id + "/action-plans",
                plan("Kontaktpersoner byttes utan besked."));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(ApiClient.json(first).get("status").asString()).isEqualTo("PLAN_SUBMITTED");
        EventEnvelope<ActionPlanSubmittedV1> submitted = EventJson.read(next(), EventTypes.ACTION_PLAN_SUBMITTED_V1);
        assertThat(submitted.organisationId()).as("the provider acted").isEqualTo(PROVIDER_ORG);
        assertThat(submitted.payload().planNumber()).isEqualTo(1);
        assertThat(submitted.payload().actions()).hasSize(2);

        HttpResponse<String> noReason = board().post("/api/v1/findings/" + id + "/plan-decisions",
                "{\"decision\":\"REJECTED\",\"planDueOn\":\"" + inDays(14) + "\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noReason).get("errors").findValuesAsString("rule")).containsExactly("reason-required");
        HttpResponse<String> rejected = board().post("/api/v1/findings/" + id + "/plan-decisions",
                "{\"decision\":\"REJECTED\",\"reason\":\"Planen hindrar inte att det händer igen.\",\"planDueOn\":\""
                + inDays(14) + "\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(ApiClient.json(rejected).get("status").asString()).isEqualTo("PLAN_REJECTED");
        EventEnvelope<ActionPlanDecidedV1> rejection = EventJson.read(next(), EventTypes.ACTION_PLAN_DECIDED_V1);
        assertThat(rejection.payload().decision()).isEqualTo("REJECTED");
        assertThat(rejection.payload().reason()).isEqualTo("Planen hindrar inte att det händer igen.");
        assertThat(rejection.payload().planDueOn()).isEqualTo(inDays(14));

        HttpResponse<String> second = provider().post("/api/v1/findings/" + id + "/action-plans",
                plan("Kontaktpersoner byttes utan besked; rutin saknades."));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(EventJson.read(next(), EventTypes.ACTION_PLAN_SUBMITTED_V1).payload().planNumber()).isEqualTo(2);
        HttpResponse<String> accepted = board().post("/api/v1/findings/" + id + "/plan-decisions",
                "{\"decision\":\"ACCEPTED\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(EventJson.read(next(), EventTypes.ACTION_PLAN_DECIDED_V1).payload().decision()).isEqualTo("ACCEPTED");

        HttpResponse<String> tooEarly = board().post("/api/v1/findings/" + id + "/close", "{\"note\":\"Verifierat\"}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(tooEarly).get("errors").findValuesAsString("rule"))
                .containsExactly("actions-done", "actions-done");

        for (JsonNode action : ApiClient.json(accepted).get("plans").get(1).get("actions")) {
            HttpResponse<String> done = provider().post("/api/v1/findings/" + id + "/actions/"
                    + action.get("id").asString() + "/progress", "{\"status\":\"DONE\",\"note\":\"Genomfört.\"}");
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        }
        assertThat(board().post("/api/v1/findings/" + id + "/follow-up-notes",
                "{\"note\":\"Stickprov vid verksamhetsbesök: brukarna känner sin kontaktperson.\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> closed = board().post("/api/v1/findings/" + id + "/close",
                "{\"note\":\"Verifierat vid verksamhetsbesök.\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        EventEnvelope<FindingClosedV1> closure = EventJson.read(next(), EventTypes.FINDING_CLOSED_V1);
        assertThat(closure.payload().planNumber()).isEqualTo(2);
        assertThat(closure.organisationId()).isEqualTo("board-von");

        JsonNode history = ApiClient.json(api().as(COUNCIL_ANALYST, "ks-klk").get("/api/v1/findings/" + id));
        assertThat(history.get("status").asString()).isEqualTo("CLOSED");
        assertThat(history.get("plans").findValuesAsString("decision")).containsExactly("REJECTED", "ACCEPTED");
        assertThat(history.get("plans").get(1).get("actions").findValuesAsString("status"))
                .containsOnly("DONE");
        assertThat(history.get("followUpNotes")).hasSize(1);
        assertThat(history.get("closure").get("note").asString()).isEqualTo("Verifierat vid verksamhetsbesök.");
    }

    @Test
    void onlyTheOwningBoardRegistersAndOnlyOnASignedAgreementsOwnRequirement() {
        String draft = agreement(providerId, false);

        HttpResponse<String> onDraft = board().post("/api/v1/findings", finding(draft, requirementOf(draft), "HIGH"));
        HttpResponse<String> foreignRequirement = board().post("/api/v1/findings",
                finding(agreementId, requirementOf(draft), "HIGH"));
        HttpResponse<String> anotherBoard = api().as(ORDERER_OFFICIAL, "board-bun").post("/api/v1/findings",
                finding(agreementId, requirementId, "HIGH"));
        HttpResponse<String> byTheProvider = provider().post("/api/v1/findings",
                finding(agreementId, requirementId, "HIGH"));

        assertThat(ApiClient.json(onDraft).get("errors").findValuesAsString("rule")).containsExactly("signed-only");
        assertThat(ApiClient.json(foreignRequirement).get("errors").findValuesAsString("rule"))
                .containsExactly("requirement-of-agreement");
        assertThat(anotherBoard.statusCode()).as("another board's agreement does not exist to them").isEqualTo(404);
        assertThat(byTheProvider.statusCode()).isEqualTo(403);
        assertThat(mongo.getCollection("findings").countDocuments()).isZero();
    }

    @Test
    void eachCallerListsTheirOwnFindingsAndOverdueOnesAreFlagged() {
        String otherProvider = KnownProviders.announce(rabbit, topology, mongo, "Trygga Hem Hemtjänst AB", "AKTIEBOLAG",
                "provider-trygga-hem");
        String otherAgreement = agreement(otherProvider, true);
        String mine = register(agreementId, requirementId, "SERIOUS");
        String theirs = register(otherAgreement, requirementOf(otherAgreement), "LOW");
        // the plan of the first was due yesterday, as if registered weeks ago
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        mongo.getCollection("findings").updateOne(new Document("_id", mine), new Document("$set",
                new Document("planDueOn", yesterday).append("overdueAfter", yesterday)));

        assertThat(ids(board().get("/api/v1/findings"))).containsExactlyInAnyOrder(mine, theirs);
        assertThat(ids(provider().get("/api/v1/findings"))).containsExactly(mine);
        assertThat(ids(api().as(PRODUCTION_BOARD, "provider-vallby-produktion").get("/api/v1/findings"))).isEmpty();
        assertThat(ids(api().as(CONTRACT_MANAGER, "board-bun").get("/api/v1/findings"))).isEmpty();
        assertThat(ids(api().as(COUNCIL_ANALYST, "ks-klk").get("/api/v1/findings?providerId=" + otherProvider)))
                .containsExactly(theirs);

        assertThat(ids(board().get("/api/v1/findings?overdue=true"))).containsExactly(mine);
        assertThat(ids(board().get("/api/v1/findings?overdue=false"))).containsExactly(theirs);
        assertThat(ApiClient.json(board().get("/api/v1/findings/" + mine)).get("overdue").asBoolean()).isTrue();
        assertThat(ids(board().get("/api/v1/findings?severity=SERIOUS&status=AWAITING_ACTION_PLAN")))
                .containsExactly(mine);
        assertThat(ids(board().get("/api/v1/findings?agreementId=" + otherAgreement))).containsExactly(theirs);
        assertThat(ids(board().get("/api/v1/findings?sort=severity,desc"))).containsExactly(mine, theirs);
        assertThat(board().get("/api/v1/findings?status=FORGOTTEN").statusCode()).isEqualTo(400);
    }

    private String register(String agreement, String requirement, String severity) {
        HttpResponse<String> response = board().post("/api/v1/findings", finding(agreement, requirement, severity));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response).get("id").asString();
    }

    /** The body of the next event on the observer queue. */
    private byte[] next() {
        Message message = rabbit.receive(observer, 10_000);
        assertThat(message).as("an event was published").isNotNull();
        return message.getBody();
    }

    private String agreement(String provider, boolean signed) {
        HttpResponse<String> drafted = board().post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Auktorisation hemtjänst","route":"LOV",
                 "serviceArea":"HOME_CARE","startsOn":"2026-01-01","annualValueSek":14500000,"valueLevel":"HIGH",
                 "impactLevel":"HIGH","rulebookReference":"Förfrågningsunderlag hemtjänst LOV",
                 "requirements":[
                 {"category":"BASIC_QUALITY","text":"Fast kontaktperson för varje brukare.","followUpMethod":"USER_SURVEY"},
                 {"category":"LABOUR_CONDITIONS","text":"Villkor enligt kollektivavtal.","followUpMethod":"DOCUMENT_REVIEW"},
                 {"category":"FOLLOW_UP_DUTY","text":"Månadsstatistik.","followUpMethod":"STATISTICS"},
                 {"category":"PUBLIC_INSIGHT_DUTY","text":"Uppgifter för insyn.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(boardId, provider));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String id = ApiClient.json(drafted).get("id").asString();
        if (signed) {
            assertThat(board().post("/api/v1/agreements/" + id + "/sign").statusCode()).isEqualTo(200);
        }
        return id;
    }

    private String requirementOf(String agreement) {
        return ApiClient.json(board().get("/api/v1/agreements/" + agreement)).get("requirements").get(0).get("id")
                .asString();
    }

    private static String finding(String agreement, String requirement, String severity) {
        return """
                {"agreementId":"%s","requirementId":"%s",
                 "evidence":"Brukarundersökningen: 38 %% av brukarna vet inte vem som är deras kontaktperson.",
                 "evidenceSource":"USER_SURVEY","observedOn":"%s","severity":"%s","planDueOn":"%s",
                 "goalImpact":"Påverkar nämndens mål om trygghet i hemtjänsten."}"""
                .formatted(agreement, requirement, LocalDate.now(ZoneOffset.UTC).minusDays(10), severity, inDays(20));
    }

    private static String plan(String analysis) {
        return """
                {"analysis":"%s","actions":[
                 {"description":"Brev och besök till varje brukare.","responsible":"Enhetschef Hemtjänst Norr",
                  "dueOn":"%s","expectedEffect":"Alla brukare vet vem som är deras kontaktperson."},
                 {"description":"Rutin för besked vid byte av kontaktperson.","responsible":"Verksamhetschef",
                  "dueOn":"%s","expectedEffect":"Det händer inte igen vid nästa personalbyte."}]}"""
                .formatted(analysis, inDays(30), inDays(60));
    }

    private static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    private static List<String> ids(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        ApiClient.json(page).get("content").forEach(row -> ids.add(row.get("id").asString()));
        return ids;
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private ApiClient board() {
        return api().as(CONTRACT_MANAGER, "board-von");
    }

    private ApiClient provider() {
        return api().as(PROVIDER_USER, PROVIDER_ORG);
    }

    private ApiClient administrator() {
        return api().as(ADMINISTRATOR, "ks-klk");
    }
}
