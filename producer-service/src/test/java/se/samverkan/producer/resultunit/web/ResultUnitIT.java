package se.samverkan.producer.resultunit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.producer.resultunit.web.ResultUnitFixtures.expect;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

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
import se.samverkan.contracts.producer.ResultUnitMonthClosedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

/** The production board's result units over HTTP, with the real broker and the embedded MongoDB server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultUnitIT {

    private static final String PRODUCTION = "provider-vallby-produktion";

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
    private ResultUnitFixtures fixtures;

    @BeforeEach
    void setUp() {
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false, false, false));
        admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                .with(EventTypes.RESULT_UNIT_MONTH_CLOSED_V1.name()));
        fixtures = new ResultUnitFixtures(ApiClient.onPort(port));
        fixtures.inHouseProvider(PRODUCTION);
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
        mongo.getDb().drop();
    }

    @Test
    void closingAMonthComparesTheYearToDateWithBudgetAndRequirementAndIsAnnouncedOnce() {
        String unit = register("Hemtjänst Vallby centrum", "HOME_CARE", 250000);
        expect(200, board().send("PUT", path(unit, "/budgets/2026"), "{\"revenues\":12000000,\"costs\":11400000}"));
        for (String[] month : List.of(new String[] {"2026-01", "1000000", "960000"},
                new String[] {"2026-02", "1000000", "960000"}, new String[] {"2026-03", "1000000", "990000"})) {
            expect(200, board().send("PUT", path(unit, "/months/" + month[0]), "{\"revenues\":" + month[1]
                    + ",\"costs\":" + month[2] + ",\"outputVolume\":2150,\"outputNote\":\"Utförda timmar\","
                    + "\"qualityNote\":\"Inga avvikelser\",\"staffFullTimeEquivalents\":31.5,"
                    + "\"sickLeavePercent\":6.2,\"staffNote\":\"Två vakanser\"}"));
        }
        expect(200, board().post(path(unit, "/months/2026-01/close"), "{}"));
        expect(200, board().post(path(unit, "/months/2026-02/close")));
        HttpResponse<String> march = expect(200, board().post(path(unit, "/months/2026-03/close"), "{}"));

        JsonNode closed = ApiClient.json(march);
        assertThat(closed.at("/yearToDate/result").decimalValue()).isEqualByComparingTo("90000");
        assertThat(closed.at("/yearToDate/budgetResult").decimalValue()).isEqualByComparingTo("150000");
        assertThat(closed.at("/yearToDate/operatingMarginPercent").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(closed.at("/requirement/marginPercent").decimalValue()).isEqualByComparingTo("5");
        assertThat(closed.at("/requirement/source").asString()).isEqualTo("LADDER");
        assertThat(closed.get("meetsRequirement").asBoolean()).isFalse();
        assertThat(closed.get("majorDeviation").asBoolean()).as("60 000 short is not more than 2 % of 3 000 000")
                .isFalse();
        assertThat(closed.at("/equity/carriedForward").decimalValue()).isEqualByComparingTo("340000");

        List<EventEnvelope<ResultUnitMonthClosedV1>> events = received(3);
        ResultUnitMonthClosedV1 last = events.stream().filter(event -> event.payload().month() == 3).findFirst()
                .orElseThrow().payload();
        assertThat(last.resultUnitId()).isEqualTo(unit);
        assertThat(last.providerOrganisationId()).isEqualTo(PRODUCTION);
        assertThat(last.serviceArea()).isEqualTo("HOME_CARE");
        assertThat(last.result()).isEqualTo("10000.00");
        assertThat(last.resultToDate()).isEqualTo("90000.00");
        assertThat(last.operatingMarginToDate()).isEqualTo("3.00");
        assertThat(last.marginRequirement()).isEqualTo("5.00");
        assertThat(last.equityBroughtForward()).isEqualTo("250000.00");
        assertThat(last.equityCarriedForward()).isEqualTo("340000.00");
        assertThat(rabbit.receive(observer, 1_000)).as("one event per closed month").isNull();

        JsonNode read = fixtures.board(PRODUCTION).getJson(path(unit, ""));
        assertThat(read.at("/years/0/closedMonths").asInt()).isEqualTo(3);
        assertThat(read.at("/months/2/staffNote").asString()).isEqualTo("Två vakanser");
        assertThat(expect(409, board().send("PUT", path(unit, "/months/2026-02"), "{\"revenues\":1,\"costs\":1}"))
                .body()).as("a closed month is final").contains("stängd");
    }

    @Test
    void aMajorDeviationNeedsAnActionPlanBeforeTheMonthCloses() {
        String unit = register("Vallbygården", "RESIDENTIAL_CARE", 0);
        expect(200, board().send("PUT", path(unit, "/budgets/2026"), "{\"revenues\":12000000,\"costs\":11400000}"));
        expect(200, board().send("PUT", path(unit, "/months/2026-01"), "{\"revenues\":1000000,\"costs\":1000000}"));

        HttpResponse<String> withoutPlan = expect(400, board().post(path(unit, "/months/2026-01/close"), "{}"));
        assertThat(ApiClient.json(withoutPlan).get("errors").findValuesAsString("rule"))
                .containsExactly("required-on-major-deviation");
        assertThat(rabbit.receive(observer, 500)).as("nothing closed, nothing announced").isNull();

        JsonNode closed = ApiClient.json(expect(200, board().post(path(unit, "/months/2026-01/close"),
                "{\"actionPlan\":\"Bemanningen anpassas till beläggningen från mars.\"}")));
        assertThat(closed.get("majorDeviation").asBoolean()).isTrue();
        assertThat(closed.at("/month/actionPlan").asString()).startsWith("Bemanningen");
        assertThat(received(1).get(0).payload().actionPlanRecorded()).isTrue();

        JsonNode report = council().getJson("/api/v1/result-units/monthly-reports/2026-01");
        assertThat(report.at("/totals/majorDeviations").asInt()).isEqualTo(1);
        assertThat(report.get("majorDeviationThresholdPercent").decimalValue()).isEqualByComparingTo("2");
        assertThat(report.at("/units/0/month/actionPlan").asString()).startsWith("Bemanningen");
    }

    @Test
    void saleToAnotherMunicipalityNeedsOrdererConsent() {
        String unit = register("Måltidsenheten", "PRESCHOOL", 0);
        JsonNode sale = ApiClient.json(expect(201, board().post(path(unit, "/sales"),
                "{\"buyerMunicipality\":\"Grannby kommun\",\"service\":\"Förskolemåltider\",\"annualAmount\":400000,"
                + "\"ordererBoard\":\"board-kun\"}")));
        String salePath = path(unit, "/sales/" + sale.get("id").asString());
        assertThat(sale.get("status").asString()).isEqualTo("REQUESTED");

        expect(409, board().post(salePath + "/start", "{}"));
        expect(409, board().post(salePath + "/invoice", "{}"));
        String consent = "{\"decision\":\"CONSENT\",\"reason\":\"Belastar inte kommunens ekonomi\"}";
        expect(404, ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-von").post(salePath + "/decision", consent));
        expect(403, board().post(salePath + "/decision", consent));
        assertThat(ApiClient.json(ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-kun")
                .get("/api/v1/result-units/sales")).findValuesAsString("status")).containsExactly("REQUESTED");
        assertThat(ApiClient.json(ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-von")
                .get("/api/v1/result-units/sales"))).as("another board's sales are not listed").isEmpty();

        JsonNode decided = ApiClient.json(expect(200, ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-kun")
                .post(salePath + "/decision", consent)));
        assertThat(decided.get("status").asString()).isEqualTo("CONSENTED");
        assertThat(decided.get("decisionReason").asString()).isEqualTo("Belastar inte kommunens ekonomi");
        expect(200, board().post(salePath + "/start", "{}"));
        assertThat(ApiClient.json(expect(200, board().post(salePath + "/invoice", "{}"))).get("status").asString())
                .isEqualTo("INVOICED");
    }

    @Test
    void onlyTheInHouseProviderHasResultUnitsAndAPrivateProvidersUsersDoNotSeeThem() {
        String unit = register("Fritidsgården Ängen", "YOUTH_CENTRE", 0);
        fixtures.provider("provider-omsorgsgruppen-norr", "AKTIEBOLAG");

        HttpResponse<String> privateBoard = ApiClient.onPort(port).as(Role.PRODUCTION_BOARD,
                "provider-omsorgsgruppen-norr").post("/api/v1/result-units", ResultUnitFixtures.registration("LSS"));
        HttpResponse<String> privateUser = ApiClient.onPort(port).as(Role.PROVIDER_USER, "provider-omsorgsgruppen-norr")
                .get(path(unit, ""));

        assertThat(privateBoard.statusCode()).as(privateBoard.body()).isEqualTo(409);
        assertThat(privateBoard.body()).contains("KOMMUNAL_EGENREGI");
        assertThat(privateUser.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(ApiClient.onPort(port).as(Role.PROVIDER_USER, "provider-omsorgsgruppen-norr")
                .get("/api/v1/result-units")).get("totalElements").asLong()).isZero();
        assertThat(ApiClient.json(ApiClient.onPort(port).as(Role.PROVIDER_USER, PRODUCTION).get(path(unit, "")))
                .get("name").asString()).as("the in-house provider's own users read").isEqualTo("Fritidsgården Ängen");
        expect(409, board().post("/api/v1/result-units", "{\"name\":\"FRITIDSGÅRDEN ÄNGEN\",\"serviceArea\":"
                + "\"YOUTH_CENTRE\",\"firstYear\":2026}"));
    }

    @Test
    void equityIsSummedPerServiceAreaForTheCouncil() {
        String a = register("Hemtjänst A", "HOME_CARE", 100000);
        String b = register("Hemtjänst B", "HOME_CARE", -50000);
        String c = register("Förskolan C", "PRESCHOOL", 30000);
        closeJanuary(a, 200000, 180000);
        closeJanuary(b, 100000, 110000);
        closeJanuary(c, 50000, 45000);

        JsonNode equity = council().getJson("/api/v1/result-units/equity?year=2026");

        assertThat(equity.get("serviceAreas").findValuesAsString("serviceArea")).containsExactly("HOME_CARE", "PRESCHOOL");
        assertThat(equity.at("/serviceAreas/0/units").asInt()).isEqualTo(2);
        assertThat(equity.at("/serviceAreas/0/carriedForward").decimalValue()).isEqualByComparingTo("60000");
        assertThat(equity.at("/serviceAreas/1/carriedForward").decimalValue()).isEqualByComparingTo("35000");
        assertThat(ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk").get("/api/v1/result-units/equity")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theDialogueMeetingsOfAYearAreRecordedAndRead() {
        expect(201, board().post("/api/v1/dialogue-meetings", ResultUnitFixtures.meeting()));
        expect(201, board().post("/api/v1/dialogue-meetings", "{\"heldOn\":\"2027-04-20\",\"season\":\"SPRING\","
                + "\"participants\":[\"Kommundirektör\"],\"agenda\":[\"Bokslut 2026\"],"
                + "\"decisions\":[\"Överskottet förs till enheternas egna kapital\"]}"));
        HttpResponse<String> wrongTerm = expect(400, board().post("/api/v1/dialogue-meetings",
                "{\"heldOn\":\"2027-09-01\",\"season\":\"SPRING\",\"participants\":[\"A\"],\"agenda\":[\"B\"]}"));

        JsonNode of2027 = council().getJson("/api/v1/dialogue-meetings?year=2027");

        assertThat(ApiClient.json(wrongTerm).get("errors").findValuesAsString("rule")).containsExactly("season");
        expect(404, ApiClient.onPort(port).as(Role.PRODUCTION_BOARD, "provider-no-such")
                .post("/api/v1/dialogue-meetings", ResultUnitFixtures.meeting()));
        assertThat(of2027.get("content").findValuesAsString("season")).containsExactly("SPRING");
        assertThat(council().getJson("/api/v1/dialogue-meetings?sort=heldOn,asc").get("content")
                .findValuesAsString("season")).containsExactly("AUTUMN", "SPRING");
    }

    private void closeJanuary(String unit, int revenues, int costs) {
        expect(200, board().send("PUT", path(unit, "/budgets/2026"), "{\"revenues\":1,\"costs\":1}"));
        expect(200, board().send("PUT", path(unit, "/months/2026-01"), "{\"revenues\":" + revenues + ",\"costs\":"
                + costs + "}"));
        expect(200, board().post(path(unit, "/months/2026-01/close"), "{\"actionPlan\":\"Plan\"}"));
    }

    private String register(String name, String serviceArea, int equity) {
        HttpResponse<String> created = expect(201, board().post("/api/v1/result-units", "{\"name\":\"" + name
                + "\",\"serviceArea\":\"" + serviceArea + "\",\"firstYear\":2026,\"equityBroughtForward\":" + equity
                + "}"));
        return ApiClient.json(created).get("id").asString();
    }

    private List<EventEnvelope<ResultUnitMonthClosedV1>> received(int count) {
        List<EventEnvelope<ResultUnitMonthClosedV1>> events = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Message message = rabbit.receive(observer, 10_000);
            assertThat(message).as("result-unit.month-closed.v1 number " + (i + 1)).isNotNull();
            events.add(EventJson.read(message.getBody(), EventTypes.RESULT_UNIT_MONTH_CLOSED_V1));
        }
        return events;
    }

    private ApiClient board() {
        return fixtures.board(PRODUCTION);
    }

    private ApiClient council() {
        return ApiClient.onPort(port).as(Role.COUNCIL_ANALYST, "ks-klk");
    }

    private static String path(String unit, String rest) {
        return "/api/v1/result-units/" + unit + rest;
    }
}
