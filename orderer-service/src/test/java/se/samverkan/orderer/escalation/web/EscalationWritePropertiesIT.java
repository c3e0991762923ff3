package se.samverkan.orderer.escalation.web;

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
 * Generated bad input against the escalation write endpoints: never a 5xx, every rejection a
 * problem detail, and a rejected request stores or changes nothing.
 */
class EscalationWritePropertiesIT {

    private static final String PROVIDER_ID = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String agreementId;
    private static String escalationId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        mongo = service.mongo();
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        String board = ApiClient.json(api.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\","
                + "\"shortName\":\"VON\"}")).get("id").asString();
        mongo.getCollection("providers").insertOne(new Document("_id", PROVIDER_ID).append("name", "Omsorg AB")
                .append("legalForm", "AKTIEBOLAG").append("organisationId", "provider-omsorg").append("version", 0L));
        agreementId = ApiClient.json(api.post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Avtal","route":"LOV","serviceArea":"HOME_CARE",
                 "startsOn":"2026-01-01","annualValueSek":100,"valueLevel":"LOW","impactLevel":"LOW",
                 "rulebookReference":"Regelbok","requirements":[]}""".formatted(board, PROVIDER_ID))).get("id").asString();
        HttpResponse<String> raised = api.post("/api/v1/escalations", "{\"agreementId\":\"" + agreementId
                + "\",\"topic\":\"ECONOMY\",\"description\":\"Oenighet.\"}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        escalationId = ApiClient.json(raised).get("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 100)
    void raisingNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("raiseBodies") String body) {
        long before = mongo.getCollection("escalations").countDocuments();

        HttpResponse<String> response = api.post("/api/v1/escalations", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("escalations").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void decidingNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("decisionBodies") String body) {
        Document before = mongo.getCollection("escalations").find(new Document("_id", escalationId)).first();

        HttpResponse<String> response = api.post("/api/v1/escalations/" + escalationId + "/decisions", body);

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            Document after = mongo.getCollection("escalations").find(new Document("_id", escalationId)).first();
            assertThat(after.get("version")).as(body).isEqualTo(before.get("version"));
        }
    }

    @Provide
    Arbitrary<String> raiseBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("agreementId", Arbitraries.of(agreementId, "no-such-agreement"));
        plausible.put("topic", Arbitraries.of("ECONOMY", "GOALS", "MOOD"));
        plausible.put("description", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> decisionBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("level", Arbitraries.of("OFFICIALS", "POLITICAL", "COURT"));
        plausible.put("outcome", Arbitraries.of("SETTLED", "REFERRED_TO_POLITICAL_LEVEL", "IGNORED"));
        plausible.put("text", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        plausible.put("reference", Arbitraries.of("KS § 12", ""));
        plausible.put("decidedOn", Arbitraries.of("2026-12-01", "2026-13-01"));
        return BadInput.bodies(plausible);
    }
}
