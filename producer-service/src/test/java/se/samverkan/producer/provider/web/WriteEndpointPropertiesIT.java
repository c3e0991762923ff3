package se.samverkan.producer.provider.web;

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

import org.springframework.data.mongodb.core.MongoTemplate;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.BadInput;
import se.samverkan.defaults.testing.RunningService;
import se.samverkan.producer.ProducerServiceApplication;

/**
 * Generated bad input against every write endpoint of producer-service: never a 5xx, every
 * rejection a problem detail, and a rejected request stores nothing.
 */
class WriteEndpointPropertiesIT {

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static String providerId;

    @BeforeContainer
    static void start() {
        service = RunningService.start(ProducerServiceApplication.class);
        api = service.api().as(Role.CONTRACT_MANAGER, "board-von");
        mongo = service.mongo();
        providerId = ApiClient.json(api.post("/api/v1/providers", """
                {"name":"Omsorgsgruppen Norr AB","legalForm":"AKTIEBOLAG","organisationNumber":"556677-8899"}"""))
                .get("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 300)
    void registeringAProviderNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("providerBodies") String body) {
        long before = mongo.getCollection("providers").countDocuments();

        HttpResponse<String> response = api.post("/api/v1/providers", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("providers").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 300)
    void openingAUnitNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("unitBodies") String body) {
        long before = units();

        HttpResponse<String> response = api.post("/api/v1/providers/" + providerId + "/units", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(units()).as(body).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> providerBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("name", Arbitraries.of("Trygga Hem AB", "Å", " ", ""));
        plausible.put("legalForm", Arbitraries.of("AKTIEBOLAG", "KOMMUNAL_EGENREGI", "aktiebolag", "AB"));
        plausible.put("organisationNumber", Arbitraries.integers().between(0, 999_999_999)
                .map(n -> String.format("%09d", n)).map(nine -> nine + Arbitraries.integers().between(0, 9).sample()));
        return BadInput.bodies(plausible);
    }

    @Provide
    Arbitrary<String> unitBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("name", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30));
        plausible.put("serviceArea", Arbitraries.of("HOME_CARE", "PRESCHOOL", "home_care", ""));
        plausible.put("area", Arbitraries.of("Vallby norra", ""));
        plausible.put("openedOn", Arbitraries.of("2026-01-01", "2026-02-30", "01/01/2026", "2026-13-01"));
        return BadInput.bodies(plausible);
    }

    private static long units() {
        return mongo.getCollection("providers").find().first().getList("units", Object.class).size();
    }
}
