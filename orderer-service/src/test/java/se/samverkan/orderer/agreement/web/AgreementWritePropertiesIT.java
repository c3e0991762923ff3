package se.samverkan.orderer.agreement.web;

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
 * Generated bad input against the agreement write endpoints: never a 5xx, every rejection a
 * problem detail, and a rejected request stores or changes nothing.
 */
class AgreementWritePropertiesIT {

    private static final String PROVIDER_ID = "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String boardId;
    private static String draftId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        mongo = service.mongo();
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        boardId = ApiClient.json(api.post("/api/v1/boards", "{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}"))
                .get("id").asString();
        // as the provider listener stores it
        mongo.getCollection("providers").insertOne(new Document("_id", PROVIDER_ID).append("name", "Omsorg AB")
                .append("legalForm", "AKTIEBOLAG").append("organisationId", "provider-omsorg").append("version", 0L));
        HttpResponse<String> draft = api.post("/api/v1/agreements", """
                {"boardId":"%s","providerId":"%s","title":"Avtal","route":"LOV","serviceArea":"HOME_CARE",
                 "startsOn":"2026-01-01","annualValueSek":100,"valueLevel":"LOW","impactLevel":"LOW",
                 "rulebookReference":"Regelbok","requirements":[]}""".formatted(boardId, PROVIDER_ID));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        draftId = ApiClient.json(draft).get("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 300)
    void draftingAnAgreementNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("agreementBodies") String body) {
        long before = mongo.getCollection("agreements").countDocuments();

        HttpResponse<String> response = api.post("/api/v1/agreements", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("agreements").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void replacingRequirementsNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("requirementBodies") String body) {
        Document before = mongo.getCollection("agreements").find(new Document("_id", draftId)).first();

        HttpResponse<String> response = api.send("PUT", "/api/v1/agreements/" + draftId + "/requirements", body);

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            Document after = mongo.getCollection("agreements").find(new Document("_id", draftId)).first();
            assertThat(after.get("version")).as(body).isEqualTo(before.get("version"));
            assertThat(after.get("requirements")).as(body).isEqualTo(before.get("requirements"));
        }
    }

    @Provide
    Arbitrary<String> agreementBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("boardId", Arbitraries.of(boardId, "not-a-board"));
        plausible.put("providerId", Arbitraries.of(PROVIDER_ID, "7d1e2f3a-0000-4d6e-8f70-8192a3b4c5d6"));
        plausible.put("title", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        plausible.put("route", Arbitraries.of("LOV", "LOU", "DIRECT_ORDER", "IOP", "lov", "BARTER"));
        plausible.put("serviceArea", Arbitraries.of("HOME_CARE", "RESIDENTIAL_CARE", "PRESCHOOL", "KNITTING"));
        plausible.put("startsOn", Arbitraries.of("2026-01-01", "2026-02-30", "2026-1-1", "igår"));
        plausible.put("endsOn", Arbitraries.of("2027-12-31", "2025-01-01"));
        plausible.put("annualValueSek", Arbitraries.of("1000000", "-5", "1e3", "tio"));
        plausible.put("valueLevel", Arbitraries.of("HIGH", "LOW", "MEDIUM"));
        plausible.put("impactLevel", Arbitraries.of("HIGH", "LOW"));
        plausible.put("rulebookReference", Arbitraries.strings().alpha().ofMaxLength(20));
        plausible.put("tenderReference", Arbitraries.strings().alpha().ofMaxLength(20));
        plausible.put("awardedOn", Arbitraries.of("2026-11-01", "2026-13-01"));
        plausible.put("standstillEndsOn", Arbitraries.of("2026-11-05", "2026-11-20"));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> requirementBodies() {
        Map<String, Arbitrary<String>> requirement = new LinkedHashMap<>();
        requirement.put("category", Arbitraries.of("BASIC_QUALITY", "LABOUR_CONDITIONS", "WISHES"));
        requirement.put("text", Arbitraries.strings().ofMaxLength(40));
        requirement.put("followUpMethod", Arbitraries.of("VISIT", "STATISTICS", "TELEPATHY"));
        Arbitrary<String> oneRequirement = BadInput.bodies(requirement);
        return Arbitraries.oneOf(
                oneRequirement.list().ofMaxSize(3).map(items -> "{\"requirements\":[" + String.join(",", items) + "]}"),
                BadInput.bodies(Map.of("requirements", Arbitraries.strings().ofMaxLength(10))));
    }
}
