package se.samverkan.transparency.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.portal.domain.MeasureFigures;
import se.samverkan.transparency.portal.domain.UnitStatistics;
import tools.jackson.databind.JsonNode;

/** Open data: Kolada's shape in JSON, CSV for Swedish Excel, an ETag, and nothing that disclosure control withholds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDataIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    UnitStatisticsStore statistics;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void figures() {
        statistics.saveIfNewer(new UnitStatistics("u-norr", "p", "Hemtjänst Norr", "HOME_CARE", null, "2027",
                "2027-01-01", "2027-12-31", 1, List.of(
                        new MeasureFigures("NOJD", "PERCENT", new BigDecimal("85.5"), Map.of(), 20, new BigDecimal("62")),
                        new MeasureFigures("USERS", "COUNT", BigDecimal.valueOf(23), Map.of("K", BigDecimal.valueOf(3),
                                "M", BigDecimal.valueOf(20), "T", BigDecimal.valueOf(23)), null, null))), "e1");
        statistics.saveIfNewer(new UnitStatistics("u-asen", "p", "Åsens hemtjänst", "HOME_CARE", null, "2027",
                "2027-01-01", "2027-12-31", 1, List.of(
                        new MeasureFigures("NOJD", "PERCENT", new BigDecimal("40"), Map.of(), 3, new BigDecimal("10")))),
                "e2");
    }

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void valuesArePublishedInKoladasShapeWithNAndWithheldCellsCarryNoValue() {
        JsonNode body = ApiClient.onPort(port).getJson("/api/v1/public/open-data/values?serviceArea=HOME_CARE");

        assertThat(body.get("count").asInt()).isEqualTo(3);
        JsonNode first = body.get("values").get(0);
        assertThat(first.get("kpi").asString()).isEqualTo("NOJD");
        assertThat(first.get("ou").asString()).isEqualTo("u-norr");
        assertThat(first.get("period").asString()).isEqualTo("2027");
        JsonNode total = first.get("values").get(0);
        assertThat(total.get("gender").asString()).isEqualTo("T");
        assertThat(total.get("value").decimalValue()).isEqualByComparingTo("85.5");
        assertThat(total.get("n").asInt()).isEqualTo(20);
        JsonNode withheld = body.get("values").get(1).get("values").get(0);
        assertThat(body.get("values").get(1).get("ou").asString()).isEqualTo("u-asen");
        assertThat(withheld.get("status").asString()).isEqualTo("TOO_FEW");
        assertThat(withheld.get("value").isNull()).isTrue();
        assertThat(withheld.get("n").isNull()).isTrue();
        JsonNode users = body.get("values").get(2).get("values");
        assertThat(users.get(0).get("n").asInt()).isEqualTo(23);
        assertThat(users.get(0).get("status").isNull()).isTrue();
        assertThat(users.get(1).get("gender").asString()).isEqualTo("K");
        assertThat(users.get(1).get("status").asString()).as("3 women: too few").isEqualTo("TOO_FEW");
        assertThat(users.get(2).get("status").asString()).as("complementary: 20 men = 23 − 3").isEqualTo("TOO_FEW");
        assertThat(ApiClient.onPort(port).getJson("/api/v1/public/open-data/values?kpi=USERS").get("count").asInt())
                .isEqualTo(1);
        assertThat(ApiClient.onPort(port).getJson("/api/v1/public/open-data/values?kpi=NOJD&period=2027")
                .get("count").asInt()).as("both filters, applied by the database").isEqualTo(2);
        assertThat(ApiClient.onPort(port).getJson("/api/v1/public/open-data/values?period=2026").get("count").asInt())
                .isZero();
    }

    @Test
    void anUnchangedResultAnswers304ToItsETag() throws Exception {
        HttpResponse<String> first = get("/api/v1/public/open-data/values", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(get("/api/v1/public/open-data/values", etag).statusCode()).isEqualTo(304);
        statistics.saveIfNewer(new UnitStatistics("u-asen", "p", "Åsens hemtjänst", "HOME_CARE", null, "2027",
                "2027-01-01", "2027-12-31", 2, List.of(
                        new MeasureFigures("NOJD", "PERCENT", new BigDecimal("45"), Map.of(), 30, new BigDecimal("50")))),
                "e3");
        assertThat(get("/api/v1/public/open-data/values", etag).statusCode()).as("changed data, new tag").isEqualTo(200);
    }

    /**
     * A repeated question is answered from what was written for it (a large municipality's answer
     * takes the embedded database seconds to read) until this instance stores new figures.
     */
    @Test
    void aRepeatedQuestionIsAnsweredAgainUntilNewFiguresAreStored() {
        String path = "/api/v1/public/open-data/values?kpi=NOJD";
        assertThat(ApiClient.onPort(port).getJson(path).get("count").asInt()).isEqualTo(2);

        // a figure removed behind the service's back (not through its store) is not seen yet
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("unitId").is("u-asen")), "public_statistics");
        assertThat(ApiClient.onPort(port).getJson(path).get("count").asInt()).as("the written answer").isEqualTo(2);

        statistics.saveIfNewer(new UnitStatistics("u-norr", "p", "Hemtjänst Norr", "HOME_CARE", null, "2027",
                "2027-01-01", "2027-12-31", 2, List.of(
                        new MeasureFigures("NOJD", "PERCENT", new BigDecimal("90"), Map.of(), 25, new BigDecimal("70")))),
                "e4");
        JsonNode fresh = ApiClient.onPort(port).getJson(path);
        assertThat(fresh.get("count").asInt()).as("answered again after new figures").isEqualTo(1);
        assertThat(fresh.get("values").get(0).get("values").get(0).get("value").decimalValue())
                .isEqualByComparingTo("90");
    }

    @Test
    void theCsvOpensInSwedishExcelWithSemicolonsDecimalCommaAndAByteOrderMark() throws Exception {
        HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/public/open-data/values.csv?serviceArea=HOME_CARE")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("ETag")).isPresent();
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).containsExactly(
                "matt;enhet_id;enhet;verksamhetsomrade;period;kon;varde;antal;status",
                "NOJD;u-norr;Hemtjänst Norr;HOME_CARE;2027;T;85,5;20;",
                "NOJD;u-asen;Åsens hemtjänst;HOME_CARE;2027;T;;;för få svar",
                "USERS;u-norr;Hemtjänst Norr;HOME_CARE;2027;T;23;23;",
                "USERS;u-norr;Hemtjänst Norr;HOME_CARE;2027;K;;;för få svar",
                "USERS;u-norr;Hemtjänst Norr;HOME_CARE;2027;M;;;för få svar");
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
