package se.samverkan.orderer.followup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
import se.samverkan.orderer.OrdererServiceApplication;

/**
 * Generated bad input against the follow-up plan write endpoints: never a 5xx, every rejection a
 * problem detail, and a rejected request stores or changes nothing.
 */
class FollowUpWritePropertiesIT {

    private static final String PROVIDER_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String boardId;
    private static String planId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        mongo = service.mongo();
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        boardId = ApiClient.json(api.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}"))
                .get("id").asString();
        mongo.getCollection("providers").insertOne(new Document("_id", PROVIDER_ID).append("name", "Omsorg AB")
                .append("legalForm", "AKTIEBOLAG").append("organisationId", "provider-omsorg").append("version", 0L));
        HttpResponse<String> plan = api.post("/api/v1/follow-up-plans", "{\"boardId\":\"" + boardId + "\",\"year\":2027}");
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        planId = ApiClient.json(plan).get("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 100)
    void startingAPlanNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("planBodies") String body) {
        long before = mongo.getCollection("follow_up_plans").countDocuments();

        HttpResponse<String> response = api.post("/api/v1/follow-up-plans", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("follow_up_plans").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void addingAnItemNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("itemBodies") String body) {
        Document before = mongo.getCollection("follow_up_plans").find(new Document("_id", planId)).first();

        HttpResponse<String> response = api.post("/api/v1/follow-up-plans/" + planId + "/items", body);

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            Document after = mongo.getCollection("follow_up_plans").find(new Document("_id", planId)).first();
            assertThat(after.get("version")).as(body).isEqualTo(before.get("version"));
        }
    }

    @Provide
    Arbitrary<String> planBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("boardId", Arbitraries.of(boardId, "no-board"));
        plausible.put("year", Arbitraries.of("2028", "2029", "1999", "tjugo"));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> itemBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("providerId", Arbitraries.of(PROVIDER_ID, "someone"));
        plausible.put("what", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        plausible.put("form", Arbitraries.of("SUPERVISION", "SPECIAL_REVIEW", "GOSSIP"));
        plausible.put("responsible", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
        plausible.put("interval", Arbitraries.of("YEARLY", "ONCE", "HOURLY"));
        plausible.put("cause", Arbitraries.of("NEW_LAW", "WHIM"));
        return BadInput.bodies(plausible);
    }
}
