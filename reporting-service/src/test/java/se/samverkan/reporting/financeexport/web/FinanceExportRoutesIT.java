package se.samverkan.reporting.financeexport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.goal.BoardGoalsAdoptedV1;
import se.samverkan.contracts.goal.CouncilGoalsAdoptedV1;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.producer.ResultUnitMonthClosedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.TestIdentity;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.financeexport.domain.SwedishCsv;
import se.samverkan.reporting.financeexport.domain.XlsxWorkbook;
import se.samverkan.reporting.testing.OrdererEvents;
import se.samverkan.reporting.testing.ProducerEvents;

/**
 * Finance downloads each table as CSV, XLSX and JSON from the reports compiled from real events:
 * the right type and a Swedish file name, files that read back, and Swedish problem details for
 * an unknown table or format and for missing parameters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceExportRoutesIT {

    private static final String PERIOD = "2023-2026";
    private static final String SATISFIED = "HOME_CARE_SATISFIED_USERS";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;

    /** The reports every test exports from, published once; the tests only read. */
    @BeforeAll
    void reports() {
        String safeCare = UUID.randomUUID().toString();
        OrdererEvents.publish(rabbit, topology, EventTypes.COUNCIL_GOALS_ADOPTED_V1, "ks-klk",
                new CouncilGoalsAdoptedV1(PERIOD, "Vallby", "Mål och budget", List.of(
                        new CouncilGoalsAdoptedV1.CouncilGoal(safeCare, 1, "Trygg omsorg", null, "SOCIAL")), 0));
        OrdererEvents.publish(rabbit, topology, EventTypes.BOARD_GOALS_ADOPTED_V1, "board-von",
                new BoardGoalsAdoptedV1(UUID.randomUUID().toString(), "VON", "board-von", PERIOD, List.of(
                        new BoardGoalsAdoptedV1.BoardGoal(UUID.randomUUID().toString(), "Nöjda brukare", null, safeCare,
                                List.of(new BoardGoalsAdoptedV1.Indicator(UUID.randomUUID().toString(),
                                        "Andel nöjda brukare", "procent", "INCREASE", true, List.of("GENDER"),
                                        List.of(new BoardGoalsAdoptedV1.Target(2025, new BigDecimal("90"))),
                                        SATISFIED, "WEIGHTED_AVERAGE")))), 0));
        ProducerEvents.publish(rabbit, topology, ProducerEvents.survey("board-von", "norr", "Norr", "2025", SATISFIED,
                "92.5", "95", "90", 30));
        OrdererEvents.publish(rabbit, topology, EventTypes.AGREEMENT_SIGNED_V1, "board-von", new AgreementSignedV1(
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), "board-von", UUID.randomUUID().toString(),
                "provider-omsorg", "LOU", "HOME_CARE", "Hemtjänst Norr", "2025-01-01", null, "1250000.50", true, true,
                null, List.of(), "2024-12-01", 1));
        String unit = UUID.randomUUID().toString();
        publishProducer(EventEnvelope.of(EventTypes.RESULT_UNIT_MONTH_CLOSED_V1, Instant.now(), "production",
                UUID.randomUUID().toString(), new ResultUnitMonthClosedV1(unit, UUID.randomUUID().toString(),
                        "production", "Hemtjänst Öster", "HOME_CARE", 2025, 1, "200000", "190000", null, null, null,
                        null, null, null, "5.00", "LADDER", false, false, "100000", null, 2)));
        await().atMost(Duration.ofSeconds(15)).until(() -> mongo.count(new Query(), "unit_statistics") == 1
                && mongo.count(new Query(), "board_goals") == 1 && mongo.count(new Query(), "council_goals") == 1
                && mongo.count(new Query(), "strategic_contracts") == 1
                && csv("in-house-results", "year=2025").body().split("\r\n").length == 2);
    }

    @AfterAll
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void goalAttainmentAsAWorkbookWithAFrozenHeaderAndTheIndicatorsActualAgainstItsTarget() throws Exception {
        HttpResponse<byte[]> file = download(Role.FINANCE, "/api/v1/reports/exports/goal-attainment.xlsx?mandatePeriod="
                + PERIOD + "&year=2025");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).contains(XlsxWorkbook.CONTENT_TYPE);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"maluppfyllelse-2025.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheet("Måluppfyllelse");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("År", "Mandatperiod", "Målområde");
            assertThat(sheet.getRow(1).getCell(headers.indexOf("Indikator")).getStringCellValue())
                    .isEqualTo("Andel nöjda brukare");
            assertThat(sheet.getRow(1).getCell(headers.indexOf("Utfall")).getNumericCellValue()).isEqualTo(92.5);
            assertThat(sheet.getRow(1).getCell(headers.indexOf("Målvärde")).getNumericCellValue()).isEqualTo(90.0);
            assertThat(sheet.getRow(1).getCell(headers.indexOf("Status")).getStringCellValue())
                    .isEqualTo("Målvärdet nås");
        }
    }

    @Test
    void unitStatisticsAsCsvForSwedishExcelAndStrategicContractsAsJson() {
        HttpResponse<String> statistics = csv("unit-statistics", "year=2025");

        assertThat(statistics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(statistics.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("enhetsstatistik-2025.csv"));
        String[] lines = statistics.body().substring(1).split("\r\n");
        List<String> header = List.of(lines[0].split(";", -1));
        List<String> row = List.of(lines[1].split(";", -1));
        assertThat(row.get(header.indexOf("Värde"))).as("a decimal comma").isEqualTo("92,5");
        assertThat(new BigDecimal(row.get(header.indexOf("Kvinnor")).replace(',', '.'))).isEqualByComparingTo("95");
        assertThat(csv("unit-statistics", "year=2024").body().split("\r\n")).as("another year: the header only")
                .hasSize(1);

        HttpResponse<String> contracts = get(Role.COUNCIL_ANALYST, "/api/v1/reports/exports/strategic-contracts.json"
                + "?year=2025");
        assertThat(contracts.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(contracts.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("strategiska-avtal-2025.json"));
        JsonNode json = JSON.readTree(contracts.body());
        assertThat(json.get("table").asString()).isEqualTo("strategic-contracts");
        assertThat(json.at("/parameters/year").asInt()).isEqualTo(2025);
        List<String> names = json.get("columns").findValuesAsString("name");
        assertThat(json.at("/columns/" + names.indexOf("annualValue") + "/type").asString()).isEqualTo("amount");
        assertThat(json.at("/rows/0/" + names.indexOf("annualValue")).decimalValue())
                .isEqualByComparingTo("1250000.50");
        assertThat(json.at("/rows/0/" + names.indexOf("startsOn")).asString()).isEqualTo("2025-01-01");
    }

    @Test
    void theInHouseResultsKeepTheirCsvAndSieAndTheUnitsYearHasPercentFormats() throws Exception {
        assertThat(csv("in-house-results", "year=2025").body())
                .startsWith(SwedishCsv.BOM + SwedishCsv.HEADER + "\r\n2025;1;");
        assertThat(get(Role.FINANCE, "/api/v1/reports/exports/in-house-results.se?year=2025").body())
                .contains("#SIETYP 4");

        HttpResponse<byte[]> units = download(Role.ADMINISTRATOR, "/api/v1/reports/exports/in-house-units.xlsx?year=2025");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(units.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            var margin = sheet.getRow(1).getCell(headers.indexOf("Rörelsemarginal"));
            assertThat(margin.getNumericCellValue()).as("10 000 of 200 000 is 5 %").isEqualTo(0.05);
            assertThat(margin.getCellStyle().getDataFormatString()).isEqualTo(XlsxWorkbook.PERCENT_FORMAT);
            assertThat(sheet.getRow(1).getCell(headers.indexOf("Resultat")).getCellStyle().getDataFormatString())
                    .isEqualTo(XlsxWorkbook.AMOUNT_FORMAT);
        }
    }

    @Test
    void everyTableInOneWorkbookASheetEach() throws Exception {
        HttpResponse<byte[]> file = download(Role.COUNCIL_ANALYST, "/api/v1/reports/exports/workbook.xlsx?year=2025"
                + "&mandatePeriod=" + PERIOD);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("rapporter-2025.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            List<String> sheets = new java.util.ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("Måluppfyllelse", "Resultatenheter per månad", "Resultatenheter helår",
                    "Enhetsstatistik", "Strategiska avtal");
            workbook.forEach(sheet -> assertThat(sheet.getPaneInformation().isFreezePane()).isTrue());
            assertThat(workbook.getSheet("Strategiska avtal").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Hemtjänst Norr");
        }
        assertThat(get(Role.FINANCE, "/api/v1/reports/exports/workbook.xlsx").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownTableOrFormatOrAMissingParameterIsASwedishProblemDetail() {
        HttpResponse<String> unknownTable = get(Role.FINANCE, "/api/v1/reports/exports/budget.csv?year=2025");
        HttpResponse<String> unknownFormat = get(Role.FINANCE, "/api/v1/reports/exports/goal-attainment.pdf?year=2025");
        HttpResponse<String> missing = get(Role.FINANCE, "/api/v1/reports/exports/goal-attainment.csv");
        HttpResponse<String> outsidePeriod = get(Role.FINANCE,
                "/api/v1/reports/exports/goal-attainment.json?mandatePeriod=2023-2026&year=2027");

        assertThat(unknownTable.statusCode()).isEqualTo(404);
        assertThat(unknownTable.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("application/problem+json"));
        assertThat(JSON.readTree(unknownTable.body()).get("detail").asString())
                .contains("ingen export som heter 'budget'").contains("goal-attainment", "strategic-contracts");
        assertThat(unknownFormat.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknownFormat.body()).get("detail").asString()).contains("Välj csv, xlsx eller json");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("urn:samverkan:problem:validation").contains("year=2026")
                .contains("mandatePeriod=2023-2026");
        assertThat(outsidePeriod.statusCode()).isEqualTo(400);
        assertThat(outsidePeriod.body()).contains("utanför mandatperioden");
    }

    @Test
    void onlyFinanceTheCouncilsAnalystsAndAdministratorsExport() {
        assertThat(get(Role.ORDERER_OFFICIAL, "/api/v1/reports/exports/strategic-contracts.csv?year=2025").statusCode())
                .isEqualTo(403);
        assertThat(get(Role.PRODUCTION_BOARD, "/api/v1/reports/exports/in-house-units.json?year=2025").statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> csv(String table, String query) {
        return get(Role.FINANCE, "/api/v1/reports/exports/" + table + ".csv?" + query);
    }

    private HttpResponse<String> get(Role role, String path) {
        return send(role, path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> download(Role role, String path) {
        return send(role, path, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(Role role, String path, HttpResponse.BodyHandler<T> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestIdentity.get().token(role.claim(), "ks-klk")).GET().build();
        try {
            return HTTP.send(request, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void publishProducer(EventEnvelope<?> event) {
        rabbit.send(topology.exchangeOf(EventTypes.PRODUCER_SERVICE), event.type(),
                MessageBuilder.withBody(EventJson.write(event).getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(event.eventId().toString()).build());
    }
}
