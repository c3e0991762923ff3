package se.samverkan.orderer.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
 * Generated bad input against the statistics specification write endpoints: never a 5xx, every
 * rejection a problem detail, and a rejected request stores nothing.
 */
class StatisticsWriteEndpointPropertiesIT {

    private static final String SPECIFICATIONS = "/api/v1/statistics-specifications";
    private static final AtomicInteger BOARDS = new AtomicInteger();

    private static RunningService service;
    private static ApiClient admin;
    private static ApiClient von;
    private static MongoTemplate mongo;
    private static String vonId;
    private static String specificationId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        admin = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        von = service.api().as(Role.ORDERER_OFFICIAL, "board-von");
        mongo = service.mongo();
        vonId = ApiClient.json(admin.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}"))
                .get("id").asString();
        specificationId = ApiClient.json(von.post(SPECIFICATIONS, "{\"boardId\":\"" + vonId
                + "\",\"serviceArea\":\"LSS\"}")).get("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 200)
    void creatingASpecificationNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("creationBodies") String body) {
        long before = mongo.getCollection("statisticsSpecifications").countDocuments();

        HttpResponse<String> response = von.post(SPECIFICATIONS, body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        Statistics.collect(response.statusCode());
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("statisticsSpecifications").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 300)
    void editingADraftNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("draftBodies") String body) {
        Document before = stored(specificationId);

        HttpResponse<String> response = von.send("PUT", SPECIFICATIONS + "/" + specificationId + "/draft", body);

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        Statistics.collect(response.statusCode());
        if (response.statusCode() != 200) {
            assertThat(stored(specificationId)).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void publishingWhateverTheDraftSaysNeverFailsWithA5xxAndARefusalPublishesNothing(
            @ForAll("draftBodies") String body) {
        String id = freshSpecification();
        admin.send("PUT", SPECIFICATIONS + "/" + id + "/draft", body);
        Document before = stored(id);

        HttpResponse<String> response = admin.post(SPECIFICATIONS + "/" + id + "/publish");

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        Statistics.collect(response.statusCode());
        if (response.statusCode() != 201) {
            assertThat(stored(id)).as(body).isEqualTo(before);
        } else {
            assertThat(stored(id).getList("published", Object.class)).as(body).hasSize(1);
        }
    }

    @Provide
    Arbitrary<String> creationBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("boardId", Arbitraries.of(vonId, vonId, vonId, UUID.randomUUID().toString(), "VON", " "));
        plausible.put("serviceArea", Arbitraries.of("HOME_CARE", "RESIDENTIAL_CARE", "PRESCHOOL", "LSS", "home_care",
                "ELDERLY_CARE", ""));
        return BadInput.bodies(plausible);
    }

    /**
     * Whole drafts, their measures mostly an official's (so drafts get saved and published) and
     * some generated, and bodies that are wrong as a whole.
     */
    @Provide
    Arbitrary<String> draftBodies() {
        Map<String, Arbitrary<String>> top = new LinkedHashMap<>();
        top.put("validFrom", validFrom());
        top.put("measures", Arbitraries.of("[]", "HOURS"));
        Arbitrary<String> ageBands = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just("[\"0-64\",\"65-79\",\"80-\"]")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("[]")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("0-64", "65-79", "80-", "79-65", "äldre", "90-", "")
                        .list().ofMaxSize(4).map(StatisticsWriteEndpointPropertiesIT::jsonStrings)));
        Arbitrary<String> measure = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(OFFICIALS_MEASURES)),
                net.jqwik.api.Tuple.of(1, BadInput.bodies(measureFields())));
        Arbitrary<String> measures = measure.list().ofMinSize(0).ofMaxSize(5)
                .map(list -> "[" + String.join(",", list) + "]");
        Arbitrary<String> drafts = Combinators.combine(validFrom(), ageBands, measures).as((validFrom, bands, list) ->
                "{\"validFrom\":\"" + validFrom + "\",\"ageBands\":" + bands + ",\"measures\":" + list + "}");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, drafts), net.jqwik.api.Tuple.of(1, BadInput.bodies(top)));
    }

    /** Measures as an official writes them; together they make a valid draft when no code repeats. */
    private static final List<String> OFFICIALS_MEASURES = List.of(
            "{\"code\":\"HOURS\",\"name\":\"Utförda timmar\",\"category\":\"VOLUME\",\"valueType\":\"AMOUNT\","
                    + "\"unit\":\"timmar\",\"frequency\":\"MONTHLY\",\"breakdowns\":[\"GENDER\"],\"minValue\":0}",
            "{\"code\":\"USERS\",\"name\":\"Brukare\",\"category\":\"VOLUME\",\"valueType\":\"COUNT\","
                    + "\"unit\":\"brukare\",\"frequency\":\"MONTHLY\",\"breakdowns\":[\"GENDER\",\"AGE_BAND\"]}",
            "{\"code\":\"STAFF\",\"name\":\"Årsarbetare\",\"category\":\"RESOURCE\",\"valueType\":\"AMOUNT\","
                    + "\"unit\":\"årsarbetare\",\"frequency\":\"MONTHLY\"}",
            "{\"code\":\"HOURS_PER_STAFF\",\"name\":\"Timmar per årsarbetare\",\"category\":\"PRODUCTIVITY\","
                    + "\"valueType\":\"AMOUNT\",\"unit\":\"timmar\",\"frequency\":\"MONTHLY\","
                    + "\"volumeMeasure\":\"HOURS\",\"resourceMeasure\":\"STAFF\"}",
            "{\"code\":\"SATISFIED\",\"name\":\"Andel nöjda\",\"category\":\"USER_SURVEY\",\"valueType\":\"PERCENT\","
                    + "\"frequency\":\"YEARLY\",\"reportsRespondents\":true,\"reportsResponseRate\":true}",
            "{\"code\":\"DEVIATIONS\",\"name\":\"Avvikelser\",\"category\":\"COMPLAINTS_AND_DEVIATIONS\","
                    + "\"valueType\":\"COUNT\",\"unit\":\"avvikelser\",\"frequency\":\"QUARTERLY\",\"required\":false}");

    private static Map<String, Arbitrary<String>> measureFields() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("code", Arbitraries.of("HOURS", "STAFF", "SATISFIED", "hours", "H", ""));
        plausible.put("name", Arbitraries.of("Utförda timmar", "Årsarbetare", " "));
        plausible.put("category", Arbitraries.of("VOLUME", "RESOURCE", "PRODUCTIVITY", "QUALITY", "FOCUS_AREA",
                "NATIONAL_REGISTER", "USER_SURVEY", "COMPLAINTS_AND_DEVIATIONS", "volume"));
        plausible.put("valueType", Arbitraries.of("COUNT", "AMOUNT", "PERCENT", "TEXT", "NUMBER"));
        plausible.put("unit", Arbitraries.of("timmar", "", "%"));
        plausible.put("frequency", Arbitraries.of("MONTHLY", "QUARTERLY", "YEARLY", "WEEKLY"));
        plausible.put("minValue", Arbitraries.of("0", "-1", "2.5", "1e13", "1e-9"));
        plausible.put("maxValue", Arbitraries.of("100", "101", "10", "abc"));
        plausible.put("reportsRespondents", Arbitraries.of("true", "false"));
        plausible.put("reportsResponseRate", Arbitraries.of("true", "false"));
        plausible.put("volumeMeasure", Arbitraries.of("HOURS", "STAFF", "MISSING"));
        plausible.put("resourceMeasure", Arbitraries.of("STAFF", "HOURS", ""));
        return plausible;
    }

    private static Arbitrary<String> validFrom() {
        return Arbitraries.of("2027-01-01", "2027-01-01", "2027-02-30", "1 januari 2027", "");
    }

    private static String jsonStrings(List<String> values) {
        return "[" + String.join(",", values.stream().map(value -> "\"" + value + "\"").toList()) + "]";
    }

    private static String freshSpecification() {
        int n = BOARDS.incrementAndGet();
        String boardId = ApiClient.json(admin.post("/api/v1/boards", "{\"name\":\"Nämnd P" + n + "\",\"shortName\":\"P"
                + n + "\"}")).get("id").asString();
        return ApiClient.json(admin.post(SPECIFICATIONS, "{\"boardId\":\"" + boardId + "\",\"serviceArea\":\"HOME_CARE\"}"))
                .get("id").asString();
    }

    /** The stored specification without its outbox, which the relay drains meanwhile. */
    private static Document stored(String id) {
        Document document = mongo.getCollection("statisticsSpecifications").find(new Document("_id", id)).first();
        document.remove("outbox");
        document.remove("outboxLease");
        return document;
    }
}
