package se.samverkan.producer.resultunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.BadInput;
import se.samverkan.defaults.testing.RunningService;
import se.samverkan.producer.ProducerServiceApplication;

/**
 * Generated bad input against every write endpoint of the result units and dialogue meetings:
 * never a 5xx, every rejection a problem detail, and a rejected request changes nothing.
 */
class ResultUnitWritePropertiesIT {

    private static final String PRODUCTION = "provider-vallby-produktion";

    private static RunningService service;
    private static ApiClient board;
    private static ApiClient orderer;
    private static MongoTemplate mongo;
    private static String unitId;
    private static String salePath;

    @BeforeContainer
    static void start() {
        service = RunningService.start(ProducerServiceApplication.class);
        mongo = service.mongo();
        ResultUnitFixtures fixtures = new ResultUnitFixtures(service.api());
        unitId = fixtures.unitWithOpenJanuary(PRODUCTION);
        salePath = "/api/v1/result-units/" + fixtures.sale(PRODUCTION, "board-von");
        board = fixtures.board(PRODUCTION);
        orderer = service.api().as(Role.ORDERER_OFFICIAL, "board-von");
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 200)
    void registeringAUnitNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("unitBodies") String body) {
        long before = mongo.getCollection("result_units").countDocuments();

        HttpResponse<String> response = board.post("/api/v1/result-units", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("result_units").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void settingABudgetNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("budgetBodies") String body,
                                                                    @ForAll("years") String year) {
        Document before = unit();

        HttpResponse<String> response = board.send("PUT", "/api/v1/result-units/" + unitId + "/budgets/" + year, body);

        BadInput.assertSucceededOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            assertThat(unit()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void recordingAMonthNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("monthBodies") String body,
                                                                     @ForAll("periods") String period) {
        Document before = unit();

        HttpResponse<String> response = board.send("PUT", "/api/v1/result-units/" + unitId + "/months/" + period, body);

        BadInput.assertSucceededOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            assertThat(unit()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void closingAMonthNeverFailsWithA5xx(@ForAll("closeBodies") String body, @ForAll("periods") String period) {
        HttpResponse<String> response = board.post("/api/v1/result-units/" + unitId + "/months/" + period + "/close",
                body);

        BadInput.assertSucceededOrRejectedCleanly(response, body, 200);
    }

    @Property(tries = 200)
    void requestingASaleNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("saleBodies") String body) {
        Document before = unit();

        HttpResponse<String> response = board.post("/api/v1/result-units/" + unitId + "/sales", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(unit()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 150)
    void decidingOnASaleNeverFailsWithA5xx(@ForAll("decisionBodies") String body) {
        HttpResponse<String> response = orderer.post(salePath + "/decision", body);

        BadInput.assertSucceededOrRejectedCleanly(response, body, 200);
    }

    @Property(tries = 200)
    void recordingADialogueMeetingNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("meetingBodies") String body) {
        long before = mongo.getCollection("dialogue_meetings").countDocuments();

        HttpResponse<String> response = board.post("/api/v1/dialogue-meetings", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("dialogue_meetings").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> unitBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("name", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        plausible.put("serviceArea", Arbitraries.of("HOME_CARE", "PRESCHOOL", "home_care", "GARDENING", ""));
        return BadInput.bodiesOf(BadInput.objectWith(with(plausible, Map.of(
                "firstYear", Arbitraries.of(2026, 1999, 2101, -1),
                "equityBroughtForward", Arbitraries.of(0, 250000, -50000, 0.005, 1e15)))));
    }

    @Provide
    Arbitrary<String> budgetBodies() {
        return BadInput.bodiesOf(BadInput.objectWith(Map.of(
                "revenues", amounts(), "costs", amounts(),
                "marginRequirementPercent", Arbitraries.of(1.5, 5, 101, -3, 0.001),
                "requirementReason", Arbitraries.of("Nystartad enhet", "", " "))));
    }

    @Provide
    Arbitrary<String> monthBodies() {
        return BadInput.bodiesOf(BadInput.objectWith(Map.of(
                "revenues", amounts(), "costs", amounts(),
                "outputVolume", Arbitraries.of(2150, -1, 0),
                "staffFullTimeEquivalents", Arbitraries.of(31.5, -2, 1e9),
                "sickLeavePercent", Arbitraries.of(6.2, 100.5, -1),
                "qualityNote", Arbitraries.of("Inga avvikelser", ""))));
    }

    @Provide
    Arbitrary<String> closeBodies() {
        return BadInput.bodiesOf(BadInput.objectWith(Map.of("actionPlan", Arbitraries.of("Plan", "", " "))));
    }

    @Provide
    Arbitrary<String> saleBodies() {
        return BadInput.bodiesOf(BadInput.objectWith(Map.of(
                "buyerMunicipality", Arbitraries.of("Grannby kommun", ""),
                "service", Arbitraries.of("Hemtjänst", " "),
                "annualAmount", amounts(),
                "ordererBoard", Arbitraries.of("board-von", "von", "board-", ""))));
    }

    @Provide
    Arbitrary<String> decisionBodies() {
        return BadInput.bodiesOf(BadInput.objectWith(Map.of(
                "decision", Arbitraries.of("CONSENT", "REFUSE", "consent", "MAYBE", ""),
                "reason", Arbitraries.of("Belastar inte kommunens ekonomi", "", " "))));
    }

    @Provide
    Arbitrary<String> meetingBodies() {
        return BadInput.bodiesOf(BadInput.objectWith(Map.of(
                "heldOn", Arbitraries.of("2026-10-12", "2026-04-20", "2026-02-30", "12/10/2026"),
                "season", Arbitraries.of("AUTUMN", "SPRING", "autumn", "WINTER"),
                "participants", Arbitraries.of(List.of("Kommundirektör"), List.of(), List.of(" ")),
                "agenda", Arbitraries.of(List.of("Budget 2027"), List.of()),
                "decisions", Arbitraries.of(List.of("Resultatkrav 5 %"), List.of()))));
    }

    @Provide
    Arbitrary<String> years() {
        return Arbitraries.of("2026", "2027", "1999", "20x6", "99999");
    }

    @Provide
    Arbitrary<String> periods() {
        return Arbitraries.of("2026-01", "2026-02", "2026-13", "2026-1", "januari", "2025-12");
    }

    private static Arbitrary<Object> amounts() {
        return Arbitraries.of(1000000, 0, -5, 12.345, 1e12, 950000.5);
    }

    private static Map<String, Arbitrary<?>> with(Map<String, Arbitrary<String>> text, Map<String, Arbitrary<?>> more) {
        Map<String, Arbitrary<?>> all = new LinkedHashMap<>(text);
        all.putAll(more);
        return all;
    }

    /** The unit's state, without the outbox and its lease, which the relay changes on its own. */
    private static Document unit() {
        Document unit = mongo.getCollection("result_units").find(new Document("_id", unitId)).first();
        return new Document("budgets", unit.get("budgets")).append("months", unit.get("months"))
                .append("sales", unit.get("sales")).append("version", unit.get("version"));
    }
}
