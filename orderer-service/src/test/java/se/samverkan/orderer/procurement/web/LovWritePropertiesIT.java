package se.samverkan.orderer.procurement.web;

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
import se.samverkan.orderer.OrdererServiceApplication;

/**
 * Generated bad input against the LOV write endpoints: never a 5xx, every rejection a problem
 * detail, and a rejected request stores or changes nothing.
 */
class LovWritePropertiesIT {

    private static final String PROVIDER_ID = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a";

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String boardId;
    private static String applicationId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        mongo = service.mongo();
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        boardId = ApiClient.json(api.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\","
                + "\"shortName\":\"VON\"}")).get("id").asString();
        mongo.getCollection("providers").insertOne(new Document("_id", PROVIDER_ID).append("name", "Omsorg AB")
                .append("legalForm", "AKTIEBOLAG").append("organisationId", "provider-omsorg").append("version", 0L));
        HttpResponse<String> rulebook = api.post("/api/v1/rulebooks", """
                {"boardId":"%s","reference":"VON 1","title":"Hemtjänst","serviceArea":"HOME_CARE",
                 "openFrom":"2027-01-01","estimatedAnnualValueSek":100,"valueLevel":"LOW","impactLevel":"LOW",
                 "requirements":[{"category":"BASIC_QUALITY","text":"a","followUpMethod":"VISIT"},
                  {"category":"LABOUR_CONDITIONS","text":"b","followUpMethod":"DOCUMENT_REVIEW"},
                  {"category":"FOLLOW_UP_DUTY","text":"c","followUpMethod":"STATISTICS"},
                  {"category":"PUBLIC_INSIGHT_DUTY","text":"d","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(boardId));
        assertThat(rulebook.statusCode()).as(rulebook.body()).isEqualTo(201);
        HttpResponse<String> applied = api.post("/api/v1/lov-applications", "{\"rulebookId\":\""
                + ApiClient.json(rulebook).get("id").asString() + "\",\"providerId\":\"" + PROVIDER_ID + "\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        applicationId = ApiClient.json(applied).get("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 100)
    void publishingARulebookNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("rulebookBodies") String body) {
        long before = mongo.getCollection("rulebooks").countDocuments();

        HttpResponse<String> response = api.post("/api/v1/rulebooks", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("rulebooks").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void refusingNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("refusalBodies") String body) {
        Document before = mongo.getCollection("lov_applications").find(new Document("_id", applicationId)).first();

        HttpResponse<String> response = api.post("/api/v1/lov-applications/" + applicationId + "/refuse", body);

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            Document after = mongo.getCollection("lov_applications").find(new Document("_id", applicationId)).first();
            assertThat(after.get("version")).as(body).isEqualTo(before.get("version"));
        } else {
            // taken: reopen the place by applying again so later tries have an undecided application
            HttpResponse<String> again = api.post("/api/v1/lov-applications", "{\"rulebookId\":\""
                    + before.getString("rulebookId") + "\",\"providerId\":\"" + PROVIDER_ID + "\"}");
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            applicationId = ApiClient.json(again).get("id").asString();
        }
    }

    @Provide
    Arbitrary<String> rulebookBodies() {
        Map<String, Arbitrary<?>> requirement = new LinkedHashMap<>();
        requirement.put("category", Arbitraries.of("BASIC_QUALITY", "LABOUR_CONDITIONS", "FOLLOW_UP_DUTY",
                "PUBLIC_INSIGHT_DUTY", "MAGIC"));
        requirement.put("text", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
        requirement.put("followUpMethod", Arbitraries.of("VISIT", "STATISTICS", "GUESS"));
        Map<String, Arbitrary<?>> plausible = new LinkedHashMap<>();
        plausible.put("boardId", Arbitraries.of(boardId, "no-such-board"));
        plausible.put("reference", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        plausible.put("title", Arbitraries.of("Hemtjänst", ""));
        plausible.put("serviceArea", Arbitraries.of("HOME_CARE", "PRESCHOOL", "MOON_BASE"));
        plausible.put("openFrom", Arbitraries.of("2027-01-01", "2027-02-30"));
        plausible.put("estimatedAnnualValueSek", Arbitraries.integers().between(-10, 1_000_000));
        plausible.put("valueLevel", Arbitraries.of("LOW", "HIGH", "MEDIUM"));
        plausible.put("impactLevel", Arbitraries.of("LOW", "HIGH"));
        plausible.put("requirements", BadInput.objectWith(requirement).list().ofMaxSize(5).map(list -> (Object) list));
        return BadInput.bodiesOf(BadInput.objectWith(plausible));
    }

    @Provide
    Arbitrary<String> refusalBodies() {
        Map<String, Arbitrary<?>> plausible = new LinkedHashMap<>();
        plausible.put("decidedOn", Arbitraries.of("2026-11-20", "2026-11-31"));
        plausible.put("reasons", Arbitraries.of(List.of("Kraven uppfylls inte."), List.of(), List.of(" ")));
        return BadInput.bodiesOf(BadInput.objectWith(plausible));
    }
}
