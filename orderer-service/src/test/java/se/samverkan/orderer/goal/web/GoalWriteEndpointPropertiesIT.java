package se.samverkan.orderer.goal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.BadInput;
import se.samverkan.defaults.testing.RunningService;
import se.samverkan.orderer.OrdererServiceApplication;

/**
 * Generated bad input against every write endpoint of goals: never a 5xx, every rejection a
 * problem detail, and a rejected request stores nothing. The generated documents are nested
 * (goals, indicators, targets), with plausible values mixed in at every level so the deeper
 * rules (the council goal of the period, gender breakdown, target years) are reached.
 */
class GoalWriteEndpointPropertiesIT {

    private static final String PERIOD = "2023-2026";
    private static final String REVISED_PERIOD = "2019-2022";

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String councilGoal;
    private static String revisedCouncilGoal;
    private static final AtomicLong councilVersion = new AtomicLong();
    private static final AtomicLong boardGoalsVersion = new AtomicLong();
    private static final AtomicInteger boards = new AtomicInteger();
    private static volatile String adoptingBoard;
    private static String revisedBoard;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        mongo = service.mongo();
        councilGoal = adoptCouncilGoals(PERIOD);
        revisedCouncilGoal = adoptCouncilGoals(REVISED_PERIOD);
        adoptingBoard = newBoard();
        revisedBoard = newBoard();
        HttpResponse<String> adopted = api.post("/api/v1/boards/" + revisedBoard + "/goals",
                GoalsIT.boardGoals(PERIOD, councilGoal));
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 200)
    void adoptingCouncilGoalsNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("councilGoalBodies") String body) {
        long before = count("councilGoals");

        HttpResponse<String> response = api.post("/api/v1/council-goals", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        tally(response);
        if (response.statusCode() != 201) {
            assertThat(count("councilGoals")).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void revisingCouncilGoalsNeverFailsWithA5xxAndARejectionChangesNothing(
            @ForAll("councilGoalRevisions") String body) {
        Document before = stored("councilGoals", REVISED_PERIOD);

        HttpResponse<String> response = api.send("PUT", "/api/v1/council-goals/" + REVISED_PERIOD, body);

        BadInput.assertSucceededOrRejectedCleanly(response, body, 200);
        tally(response);
        if (response.statusCode() == 200) {
            councilVersion.incrementAndGet();
        } else {
            assertUnchanged(before, stored("councilGoals", REVISED_PERIOD), body);
        }
    }

    @Property(tries = 200)
    void adoptingBoardGoalsNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("boardGoalBodies") String body) {
        long before = count("boardGoals");

        HttpResponse<String> response = api.post("/api/v1/boards/" + adoptingBoard + "/goals", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        tally(response);
        if (response.statusCode() == 201) {
            adoptingBoard = newBoard();
        } else {
            assertThat(count("boardGoals")).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void revisingBoardGoalsNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("boardGoalRevisions") String body) {
        String id = revisedBoard + ":" + PERIOD;
        Document before = stored("boardGoals", id);

        HttpResponse<String> response = api.send("PUT", "/api/v1/boards/" + revisedBoard + "/goals/" + PERIOD, body);

        BadInput.assertSucceededOrRejectedCleanly(response, body, 200);
        tally(response);
        if (response.statusCode() == 200) {
            boardGoalsVersion.incrementAndGet();
        } else {
            assertUnchanged(before, stored("boardGoals", id), body);
        }
    }

    @Provide
    Arbitrary<String> councilGoalBodies() {
        Map<String, Arbitrary<?>> fields = councilGoalsFields(false);
        fields.put("mandatePeriod", Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("2027-2030", "2031–2034", "2035-2038", PERIOD)),
                Tuple.of(1, Arbitraries.of("2024-2027", "2023", "1991-1994"))));
        return BadInput.bodiesOf(object(fields));
    }

    @Provide
    Arbitrary<String> councilGoalRevisions() {
        Map<String, Arbitrary<?>> fields = councilGoalsFields(true);
        fields.put("version", Arbitraries.create(councilVersion::get));
        return BadInput.bodiesOf(object(fields));
    }

    @Provide
    Arbitrary<String> boardGoalBodies() {
        Map<String, Arbitrary<?>> fields = new LinkedHashMap<>();
        fields.put("mandatePeriod", Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(PERIOD)),
                Tuple.of(1, Arbitraries.of("2023–2026", "2027-2030", "2024-2027"))));
        fields.put("goals", boardGoals());
        return BadInput.bodiesOf(object(fields));
    }

    @Provide
    Arbitrary<String> boardGoalRevisions() {
        Map<String, Arbitrary<?>> fields = new LinkedHashMap<>();
        fields.put("version", Arbitraries.create(boardGoalsVersion::get));
        fields.put("goals", boardGoals());
        return BadInput.bodiesOf(object(fields));
    }

    /** The fields of council goals; a revision may name the goals it keeps by id. */
    private static Map<String, Arbitrary<?>> councilGoalsFields(boolean revision) {
        Map<String, Arbitrary<?>> goal = new LinkedHashMap<>();
        if (revision) {
            goal.put("id", Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")),
                    Tuple.of(1, Arbitraries.just(revisedCouncilGoal)),
                    Tuple.of(1, Arbitraries.just(UUID.randomUUID().toString()))));
        }
        goal.put("title", text());
        goal.put("description", text());
        goal.put("goalArea", Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("SOCIAL", "ECOLOGICAL", "ECONOMIC")),
                Tuple.of(1, Arbitraries.of("social", "CULTURAL"))));
        Map<String, Arbitrary<?>> fields = new LinkedHashMap<>();
        fields.put("vision", text());
        fields.put("councilProgramme", text());
        fields.put("goals", object(goal).list().ofMinSize(1).ofMaxSize(3));
        return fields;
    }

    private static Arbitrary<List<Map<String, Object>>> boardGoals() {
        Map<String, Arbitrary<?>> target = new LinkedHashMap<>();
        target.put("year", Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(2023, 2026)),
                Tuple.of(1, Arbitraries.of(2022, 2027))));
        target.put("value", Arbitraries.bigDecimals().between(new BigDecimal("-5"), new BigDecimal("105"))
                .ofScale(1));
        Map<String, Arbitrary<?>> indicator = new LinkedHashMap<>();
        indicator.put("name", text());
        indicator.put("unit", Arbitraries.of("procent", "antal", "%", "kronor"));
        indicator.put("direction", Arbitraries.of("INCREASE", "DECREASE", "KEEP", "UP"));
        indicator.put("concernsPeople", Arbitraries.of(true, false));
        indicator.put("breakdowns", Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(List.of("GENDER"), List.of("GENDER", "AGE_BAND", "AREA"))),
                Tuple.of(1, Arbitraries.of("GENDER", "AGE_BAND", "AREA", "CITY").list().ofMaxSize(3))));
        indicator.put("targets", object(target).list().ofMinSize(1).ofMaxSize(3));
        indicator.put("measureCode", Arbitraries.of("HOME_CARE_SATISFIED_USERS", "home_care", "X".repeat(61), ""));
        indicator.put("aggregation", Arbitraries.of("SUM", "AVERAGE", "WEIGHTED_AVERAGE", "MEDIAN"));
        Map<String, Arbitrary<?>> goal = new LinkedHashMap<>();
        goal.put("title", text());
        goal.put("description", text());
        goal.put("councilGoalId", Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(councilGoal)),
                Tuple.of(1, Arbitraries.of(revisedCouncilGoal, UUID.randomUUID().toString()))));
        goal.put("indicators", object(indicator).list().ofMinSize(1).ofMaxSize(2));
        return object(goal).list().ofMinSize(1).ofMaxSize(2);
    }

    /**
     * Mostly an object whose every field is plausible (plausible values still break rules: a
     * target year outside the period, a percentage over 100, targets against the direction),
     * otherwise one with odd, missing or wrongly typed fields; nested, so that every level is
     * reached, and some documents are adopted.
     */
    private static Arbitrary<Map<String, Object>> object(Map<String, Arbitrary<?>> fields) {
        List<Arbitrary<Object>> values = new ArrayList<>();
        fields.values().forEach(value -> values.add(value.map(any -> (Object) any)));
        List<String> names = List.copyOf(fields.keySet());
        Arbitrary<Map<String, Object>> plausible = Combinators.combine(values).as(generated -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                object.put(names.get(i), generated.get(i));
            }
            return object;
        });
        return Arbitraries.frequencyOf(Tuple.of(4, plausible), Tuple.of(1, BadInput.objectWith(fields)));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().alpha().withChars("åäö –").ofMinLength(1).ofMaxLength(40);
    }

    private static String adoptCouncilGoals(String period) {
        HttpResponse<String> adopted = api.post("/api/v1/council-goals", GoalsIT.councilGoals(period));
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        return ApiClient.json(adopted).get("goals").get(0).get("id").asString();
    }

    private static String newBoard() {
        int n = boards.incrementAndGet();
        HttpResponse<String> created = api.post("/api/v1/boards",
                "{\"name\":\"Nämnd " + n + "\",\"shortName\":\"P" + n + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    /** Reports which statuses and rules the generated input reached, so a weak generator shows. */
    private static void tally(HttpResponse<String> response) {
        Statistics.label("status").collect(response.statusCode());
        if (response.statusCode() == 400) {
            ApiClient.json(response).get("errors").findValuesAsString("rule").stream().distinct()
                    .forEach(rule -> Statistics.label("rule").collect(rule));
        }
    }

    private static long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    private static Document stored(String collection, String id) {
        Document document = mongo.getCollection(collection).find(new Document("_id", id)).first();
        assertThat(document).as(id).isNotNull();
        return document;
    }

    /** The same version and the same goals; the outbox may have been drained by the relay meanwhile. */
    private static void assertUnchanged(Document before, Document after, String body) {
        assertThat(after.get("version")).as(body).isEqualTo(before.get("version"));
        assertThat(after.get("goals")).as(body).isEqualTo(before.get("goals"));
    }
}
