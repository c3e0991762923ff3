package se.samverkan.producer.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import se.samverkan.producer.statistics.StatisticsScenario;
import se.samverkan.producer.statistics.application.OrdererEventsProjection;

/**
 * Generated bad input against the statistics submission: never a 5xx, every rejection a
 * problem detail, and a rejected submission stores no version.
 */
class StatisticsWritePropertiesIT {

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;
    private static StatisticsScenario scenario;

    @BeforeContainer
    static void start() {
        service = RunningService.start(ProducerServiceApplication.class);
        mongo = service.mongo();
        scenario = StatisticsScenario.ready(service.api(), service.bean(OrdererEventsProjection.class),
                "provider-statistics-properties", "board-von");
        api = service.api().as(Role.PROVIDER_USER, scenario.providerOrganisation);
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 300)
    void submittingStatisticsNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("submissions") String body) {
        long before = versions();

        HttpResponse<String> response = api.post("/api/v1/providers/" + scenario.providerId + "/statistics", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(versions()).as(body).isEqualTo(before);
        } else {
            assertThat(versions()).as(body).isEqualTo(before + 1);
        }
    }

    @Provide
    Arbitrary<String> submissions() {
        Map<String, Arbitrary<?>> value = new LinkedHashMap<>();
        value.put("measure", Arbitraries.of("HOME_CARE_HOURS_PERFORMED", "HOME_CARE_STAFF_FTE",
                "HOME_CARE_HOURS_PER_FTE", "HOME_CARE_SATISFIED_USERS", "HOME_CARE_HOURS_GRANTED", "NOPE"));
        value.put("value", Arbitraries.of(new BigDecimal("1840.5"), BigDecimal.ZERO, new BigDecimal("-3"),
                new BigDecimal("1E+13"), new BigDecimal("0.0000001"), new BigDecimal("101")));
        value.put("byGender", Arbitraries.of(Map.of("K", 1000, "M", 840.5, "T", 1840.5), Map.of("K", 1), Map.of("X", 1),
                Map.of()));
        value.put("byAgeBand", Arbitraries.of(Map.of("0-64", 100, "65-79", 400, "80-89", 800, "90-", 540.5),
                Map.of("100-", 1), Map.of()));
        value.put("byArea", Arbitraries.of(Map.of("Vallby norra", 1), Map.of(" ", 1)));
        value.put("respondents", Arbitraries.of(120, -1, 2.5, 99_999_999_999L));
        value.put("responseRate", Arbitraries.of(64.5, 100.1));
        value.put("text", Arbitraries.of("Inga avvikelser.", ""));
        Map<String, Arbitrary<?>> body = new LinkedHashMap<>();
        body.put("unitId", Arbitraries.of(scenario.unitId, "00000000-0000-0000-0000-000000000000", ""));
        body.put("period", Arbitraries.of("2027-03", "2027-Q1", "2027", "2027-13", "1999", "2024-06", "mars"));
        body.put("values", Arbitraries.oneOf(BadInput.objectWith(value).list().ofMaxSize(4),
                Arbitraries.just(List.of(goodValue("HOME_CARE_STAFF_FTE"), goodValue("HOME_CARE_HOURS_PER_FTE")))));
        body.put("comment", Arbitraries.of("Rättad efter kontroll.", ""));
        return BadInput.bodiesOf(BadInput.objectWith(body));
    }

    private static Map<String, Object> goodValue(String measure) {
        return Map.of("measure", measure, "value", 14.2);
    }

    private static long versions() {
        long count = 0;
        for (Document document : mongo.getCollection("statistics_submissions").find()) {
            count += document.getList("versions", Object.class).size();
        }
        return count;
    }
}
