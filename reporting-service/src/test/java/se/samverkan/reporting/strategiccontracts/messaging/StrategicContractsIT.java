package se.samverkan.reporting.strategiccontracts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.ActionPlanDecidedV1;
import se.samverkan.contracts.orderer.ActionPlanSubmittedV1;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.contracts.orderer.FindingClosedV1;
import se.samverkan.contracts.orderer.FindingRegisteredV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.testing.OrdererEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrategicContractsIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theStrategicAgreementsAreListedPerBoardOnceEachNewestVersionWinningAndTerminatedOnesMarkedEnded() {
        String homeCare = id();
        String preschool = id();
        String terminatedFirst = id();

        EventEnvelope<AgreementSignedV1> signed = OrdererEvents.envelope(EventTypes.AGREEMENT_SIGNED_V1, "board-von",
                signed(homeCare, "Hemtjänst, nytt avtal", "board-von", "provider-norr", "HOME_CARE", true, 2,
                        "BASIC_QUALITY", "BASIC_QUALITY", "LABOUR_CONDITIONS"));
        OrdererEvents.publish(rabbit, topology, signed);
        OrdererEvents.publish(rabbit, topology, signed);
        publish(EventTypes.AGREEMENT_SIGNED_V1, signed(homeCare, "Hemtjänst, gammalt utkast", "board-von",
                "provider-norr", "HOME_CARE", true, 1, "BASIC_QUALITY"));
        publish(EventTypes.AGREEMENT_TERMINATED_V1, new AgreementTerminatedV1(homeCare, "b-von", "p-norr",
                "2027-03-31", "Utföraren har sagt upp auktorisationen.", 3));
        publish(EventTypes.AGREEMENT_TERMINATED_V1, new AgreementTerminatedV1(terminatedFirst, "b-von", "p-prod",
                "2027-06-30", "Verksamheten flyttas.", 2));
        publish(EventTypes.AGREEMENT_SIGNED_V1, signed(terminatedFirst, "Särskilt boende Björken", "board-von",
                "production", "RESIDENTIAL_CARE", true, 1, "ACTIVITY_GOALS"));
        publish(EventTypes.AGREEMENT_SIGNED_V1, signed(id(), "Städning av stadshuset", "board-von", "provider-rent",
                "HOME_CARE", false, 1, "BASIC_QUALITY"));
        publish(EventTypes.AGREEMENT_SIGNED_V1, signed(preschool, "Förskolan Ekorren", "board-kun", "production",
                "PRESCHOOL", true, 1));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ids(as(Role.COUNCIL_ANALYST, "ks-klk", ""))).contains(preschool));
        JsonNode all = as(Role.COUNCIL_ANALYST, "ks-klk", "");
        assertThat(all.get("totalElements").asLong()).as("non-strategic agreements are not listed").isEqualTo(3);
        JsonNode home = row(all, homeCare);
        assertThat(home.get("title").asString()).isEqualTo("Hemtjänst, nytt avtal");
        assertThat(home.get("ended").asBoolean()).isTrue();
        assertThat(home.get("terminatedOn").asString()).isEqualTo("2027-03-31");
        assertThat(home.get("requirementCount").asLong()).isEqualTo(3);
        assertThat(count(home, "BASIC_QUALITY")).isEqualTo(2);
        assertThat(count(home, "LABOUR_CONDITIONS")).isEqualTo(1);
        assertThat(count(home, "PUBLIC_INSIGHT_DUTY")).isZero();
        assertThat(home.get("serviceAreaLabel").asString()).isEqualTo("Hemtjänst");
        assertThat(home.get("annualValueSek").asString()).isEqualTo("14500000");
        assertThat(home.get("contractManager").asString()).isEqualTo("von.avtal");
        assertThat(row(all, terminatedFirst).get("ended").asBoolean())
                .as("a termination that arrived before its signing still ends the agreement").isTrue();
        assertThat(row(all, terminatedFirst).get("title").asString()).isEqualTo("Särskilt boende Björken");

        assertThat(ids(as(Role.FINANCE, "finance", "active=true"))).containsExactly(preschool);
        assertThat(ids(as(Role.ADMINISTRATOR, "admin", "active=false")))
                .containsExactlyInAnyOrder(homeCare, terminatedFirst);
        assertThat(ids(as(Role.COUNCIL_ANALYST, "ks-klk", "boardOrganisationId=board-kun")))
                .containsExactly(preschool);
        assertThat(ids(as(Role.COUNCIL_ANALYST, "ks-klk", "serviceArea=RESIDENTIAL_CARE")))
                .containsExactly(terminatedFirst);

        assertThat(ids(as(Role.ORDERER_OFFICIAL, "board-von", ""))).as("a board's officials see their own board's")
                .containsExactlyInAnyOrder(homeCare, terminatedFirst);
        assertThat(ids(as(Role.CONTRACT_MANAGER, "board-von", "boardOrganisationId=board-kun"))).isEmpty();
        assertThat(ids(as(Role.PRODUCTION_BOARD, "production", ""))).as("the production board sees its own")
                .containsExactlyInAnyOrder(terminatedFirst, preschool);
    }

    @Test
    void eachStrategicContractShowsItsFindingsCountedOnceWhateverTheOrderTheEventsArriveIn() {
        String agreement = id();
        String open = id();
        String closed = id();
        publish(EventTypes.AGREEMENT_SIGNED_V1, signed(agreement, "Hemtjänst Norr", "board-von", "provider-norr",
                "HOME_CARE", true, 1, "BASIC_QUALITY"));
        publish(EventTypes.FINDING_CLOSED_V1, new FindingClosedV1(closed, agreement, "b-von", "p-norr", 1,
                "Verifierat vid besök.", "2027-05-02", 5));
        EventEnvelope<FindingRegisteredV1> registered = OrdererEvents.envelope(EventTypes.FINDING_REGISTERED_V1,
                "board-von", finding(open, agreement));
        OrdererEvents.publish(rabbit, topology, registered);
        OrdererEvents.publish(rabbit, topology, registered);
        publish(EventTypes.FINDING_REGISTERED_V1, finding(closed, agreement));
        publish(EventTypes.ACTION_PLAN_DECIDED_V1, new ActionPlanDecidedV1(closed, agreement, "b-von", "p-norr", 1,
                "ACCEPTED", null, null, "2027-04-01", 3));
        publish(EventTypes.ACTION_PLAN_DECIDED_V1, new ActionPlanDecidedV1(open, agreement, "b-von", "p-norr", 1,
                "REJECTED", "Åtgärderna saknar tidsplan.", "2027-04-20", "2027-04-01", 3));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode findings = row(as(Role.COUNCIL_ANALYST, "ks-klk", ""), agreement).get("findings");
            assertThat(findings.get("registered").asLong()).isEqualTo(2);
            assertThat(findings.get("open").asLong()).isEqualTo(1);
            assertThat(findings.get("withAcceptedPlan").asLong()).isEqualTo(1);
            assertThat(findings.get("closed").asLong()).isEqualTo(1);
        });
    }

    @Test
    void theCompiledReportAnswersAllFiveQuestionsForAContractWithAnOpenFindingAndAnAcceptedPlanWhateverTheOrder() {
        String homeCare = id();
        String preschool = id();
        String finding = id();
        publish(EventTypes.AGREEMENT_SIGNED_V1, signed(homeCare, "Hemtjänst Söder", "board-von", "provider-soder",
                "HOME_CARE", true, 1, "BASIC_QUALITY"));
        publish(EventTypes.AGREEMENT_SIGNED_V1, signed(preschool, "Förskolan Ugglan", "board-kun", "production",
                "PRESCHOOL", true, 1, "ACTIVITY_GOALS"));
        // the decision arrives before the plan it decides, and the plan arrives twice
        publish(EventTypes.ACTION_PLAN_DECIDED_V1, new ActionPlanDecidedV1(finding, homeCare, "b-von", "p-soder", 1,
                "ACCEPTED", "Planen är tydlig.", null, "2026-04-01", 3));
        EventEnvelope<ActionPlanSubmittedV1> plan = OrdererEvents.envelope(EventTypes.ACTION_PLAN_SUBMITTED_V1,
                "provider-soder", new ActionPlanSubmittedV1(finding, homeCare, "b-von", "p-soder", 1,
                        "Personalomsättningen var hög under vintern.", List.of(new ActionPlanSubmittedV1.ActionV1(id(),
                        "Fasta arbetslag per område", "Enhetschef Söder", "2026-06-30",
                        "Högst två kontaktpersoner per brukare")), "2026-03-20", 2));
        OrdererEvents.publish(rabbit, topology, plan);
        OrdererEvents.publish(rabbit, topology, plan);
        EventEnvelope<FindingRegisteredV1> registered = OrdererEvents.envelope(EventTypes.FINDING_REGISTERED_V1,
                "board-von", new FindingRegisteredV1(finding, homeCare, "b-von", "board-von", "p-soder",
                        "provider-soder", true, "req-continuity", "BASIC_QUALITY",
                        "Kontaktpersonen byttes ut fyra gånger på en månad.", "VISIT", "2026-02-10", "HIGH",
                        "Nämndmålet om trygg hemtjänst med kontinuitet nås inte för brukarna i Söder.",
                        "2026-02-12", "2026-03-12", 1));
        OrdererEvents.publish(rabbit, topology, registered);
        OrdererEvents.publish(rabbit, topology, registered);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode contract = compiledContract(compiled(Role.COUNCIL_ANALYST, "ks-klk"), "board-von", homeCare);
            assertThat(contract.get("deficiencies")).hasSize(1);
            assertThat(contract.get("deficiencies").get(0).get("actionPlan").get("analysis").isNull()).isFalse();
            assertThat(contract.get("deficiencies").get(0).get("requirementCategory").isNull()).isFalse();
        });
        JsonNode report = compiled(Role.COUNCIL_ANALYST, "ks-klk");
        assertThat(report.get("year").asInt()).isEqualTo(2026);
        JsonNode contract = compiledContract(report, "board-von", homeCare);
        // 1. which strategic contract, in which area
        assertThat(contract.get("title").asString()).isEqualTo("Hemtjänst Söder");
        assertThat(contract.get("serviceArea").asString()).isEqualTo("HOME_CARE");
        assertThat(contract.get("serviceAreaLabel").asString()).isEqualTo("Hemtjänst");
        // 2. whether the provider meets the essential quality requirements
        assertThat(contract.get("essentialRequirements").get("met").asBoolean()).isFalse();
        assertThat(contract.get("essentialRequirements").get("verdict").asString()).isEqualTo("DOES_NOT_MEET");
        // 3. which deficiencies, each once
        JsonNode deficiency = contract.get("deficiencies").get(0);
        assertThat(contract.get("deficiencies")).hasSize(1);
        assertThat(deficiency.get("requirementId").asString()).isEqualTo("req-continuity");
        assertThat(deficiency.get("requirementCategory").asString()).isEqualTo("BASIC_QUALITY");
        assertThat(deficiency.get("description").asString()).isEqualTo("Kontaktpersonen byttes ut fyra gånger på en månad.");
        assertThat(deficiency.get("severity").asString()).isEqualTo("HIGH");
        assertThat(deficiency.get("status").asString()).isEqualTo("PLAN_ACCEPTED");
        // 4. how it affects the board's goal attainment
        assertThat(deficiency.get("goalImpact").asString()).contains("trygg hemtjänst");
        assertThat(contract.get("goalImpact").get(0).asString()).contains("trygg hemtjänst");
        // 5. the action plan
        JsonNode actionPlan = deficiency.get("actionPlan");
        assertThat(actionPlan.get("planNumber").asInt()).isEqualTo(1);
        assertThat(actionPlan.get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(actionPlan.get("decidedOn").asString()).isEqualTo("2026-04-01");
        assertThat(actionPlan.get("submittedOn").asString()).isEqualTo("2026-03-20");
        assertThat(actionPlan.get("actions")).hasSize(1);
        assertThat(actionPlan.get("actions").get(0).get("responsible").asString()).isEqualTo("Enhetschef Söder");
        assertThat(actionPlan.get("actions").get(0).get("dueOn").asString()).isEqualTo("2026-06-30");

        JsonNode untroubled = compiledContract(report, "board-kun", preschool);
        assertThat(untroubled.get("essentialRequirements").get("verdict").asString()).isEqualTo("MEETS");
        assertThat(untroubled.get("deficiencies")).isEmpty();

        assertThat(boards(compiled(Role.ORDERER_OFFICIAL, "board-von")))
                .as("a board's officials see their own board's section").containsExactly("board-von");
        assertThat(boards(compiled(Role.FINANCE, "finance"))).contains("board-von", "board-kun");
        var missingYear = ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk")
                .get("/api/v1/reports/strategic-contracts/compiled");
        assertThat(missingYear.statusCode()).isEqualTo(400);
        assertThat(missingYear.body()).contains("Ange året rapporten gäller");
    }

    private JsonNode compiled(Role role, String organisation) {
        var response = ApiClient.onPort(port).as(role, organisation)
                .get("/api/v1/reports/strategic-contracts/compiled?year=2026");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> boards(JsonNode report) {
        List<String> boards = new ArrayList<>();
        report.get("boards").forEach(board -> boards.add(board.get("boardOrganisationId").asString()));
        return boards;
    }

    private static JsonNode compiledContract(JsonNode report, String board, String agreementId) {
        for (JsonNode section : report.get("boards")) {
            if (section.get("boardOrganisationId").asString().equals(board)) {
                for (JsonNode contract : section.get("contracts")) {
                    if (contract.get("agreementId").asString().equals(agreementId)) {
                        return contract;
                    }
                }
            }
        }
        throw new AssertionError("no contract " + agreementId + " in the section of " + board);
    }

    private static FindingRegisteredV1 finding(String findingId, String agreementId) {
        return new FindingRegisteredV1(findingId, agreementId, "b-von", "board-von", "p-norr", "provider-norr", true,
                id(), "BASIC_QUALITY", "Kontaktpersonen byttes ut fyra gånger.", "VISIT", "2027-02-10", "HIGH", null,
                "2027-02-12", "2027-03-12", 0);
    }

    @Test
    void aFilterTheListCannotHonourIsRefusedWithAProblemDetail() {
        var response = ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk")
                .get("/api/v1/reports/strategic-contracts?sort=annualValueSek");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    private static AgreementSignedV1 signed(String agreementId, String title, String board, String provider,
                                            String serviceArea, boolean strategic, long version, String... categories) {
        List<AgreementSignedV1.RequirementV1> requirements = new ArrayList<>();
        for (String category : categories) {
            requirements.add(new AgreementSignedV1.RequirementV1(id(), category, "Krav", "STATISTICS"));
        }
        return new AgreementSignedV1(agreementId, "b-" + board, board, "p-" + provider, provider, "LOU", serviceArea,
                title, "2026-01-01", "2029-12-31", "14500000", strategic, true, "von.avtal", requirements,
                "2025-12-01", version);
    }

    private <T> void publish(se.samverkan.contracts.EventType<T> type, T payload) {
        OrdererEvents.publish(rabbit, topology, type, "board-von", payload);
    }

    private JsonNode as(Role role, String organisation, String query) {
        var response = ApiClient.onPort(port).as(role, organisation)
                .get("/api/v1/reports/strategic-contracts?size=100&" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(row -> ids.add(row.get("agreementId").asString()));
        return ids;
    }

    private static JsonNode row(JsonNode page, String agreementId) {
        for (JsonNode row : page.get("content")) {
            if (row.get("agreementId").asString().equals(agreementId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + agreementId);
    }

    private static long count(JsonNode row, String category) {
        for (JsonNode count : row.get("requirementsPerCategory")) {
            if (count.get("category").asString().equals(category)) {
                return count.get("count").asLong();
            }
        }
        throw new AssertionError("no count for " + category);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
