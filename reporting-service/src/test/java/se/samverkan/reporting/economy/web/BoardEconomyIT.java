package se.samverkan.reporting.economy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.BoardRegisteredV1;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Caller;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.reporting.economy.application.BoardEconomyReports;
import se.samverkan.reporting.economy.application.EconomyRow;
import se.samverkan.reporting.testing.OrdererEvents;
import se.samverkan.reporting.testing.SettableClock;

/**
 * The reporting calendar and the boards' economy through the real adapters: the boards come from
 * orderer-service's board.registered.v1 on the real broker, the reports are handed in through the
 * API as the boards' officials would, and the clock is set to the days the story plays on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardEconomyIT {

    private static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-01-01T08:00:00Z"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @TestConfiguration
    static class Today {

        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    BoardEconomyReports reports;

    private ApiClient api;

    @BeforeEach
    void boards() {
        api = ApiClient.onPort(port);
        EventEnvelope<BoardRegisteredV1> von = OrdererEvents.publish(rabbit, topology, EventTypes.BOARD_REGISTERED_V1,
                "ks-klk", new BoardRegisteredV1(UUID.randomUUID().toString(), "Vård- och omsorgsnämnden", "VON",
                        "board-von", 0));
        OrdererEvents.publish(rabbit, topology, von); // redelivered: still one board
        OrdererEvents.publish(rabbit, topology, EventTypes.BOARD_REGISTERED_V1, "ks-klk", new BoardRegisteredV1(
                UUID.randomUUID().toString(), "Barn- och utbildningsnämnden", "BUN", "board-bun", 0));
        await().atMost(Duration.ofSeconds(15)).until(() -> mongo.getCollection("boards").countDocuments() == 2);
    }

    @AfterEach
    void clean() {
        mongo.dropCollection("boards");
        mongo.dropCollection("board_economy_reports");
    }

    @Test
    void theCalendarShowsWhoHandedInOnTimeWhoLateAndWhatIsStillMissingFromWhom() {
        CLOCK.set(Instant.parse("2026-03-05T09:00:00Z"));
        HttpResponse<String> february = submit(von(), 2026, "board-von", "MONTH_02", """
                {"netFrame":480000000,"budgetTurnover":620000000,"netCostOutcome":79000000}""");
        CLOCK.set(Instant.parse("2026-04-12T09:00:00Z"));
        HttpResponse<String> march = submit(von(), 2026, "board-von", "MONTH_03", """
                {"netFrame":480000000,"budgetTurnover":620000000,"netCostOutcome":119500000}""");
        CLOCK.set(Instant.parse("2026-06-20T09:00:00Z"));

        assertThat(ApiClient.json(february).get("status").asString()).isEqualTo("ON_TIME");
        assertThat(ApiClient.json(march).get("status").asString()).isEqualTo("LATE");
        assertThat(ApiClient.json(march).get("dueOn").asString()).isEqualTo("2026-04-10");
        JsonNode calendar = api.as(Role.COUNCIL_ANALYST, "ks-klk").getJson("/api/v1/reports/calendar/2026");
        assertThat(calendar.get("items").findValuesAsString("key")).containsExactly("2025:PRELIMINARY_ACCOUNTS",
                "2025:ANNUAL_REPORT", "2026:MONTH_02", "2026:MONTH_03", "2026:MONTH_04", "2026:MONTH_05",
                "2026:INTERIM_08", "2026:MONTH_10");
        assertThat(statuses(item(calendar, "2026:MONTH_02"))).containsExactly("board-bun:MISSING", "board-von:ON_TIME");
        assertThat(statuses(item(calendar, "2026:MONTH_03"))).containsExactly("board-bun:MISSING", "board-von:LATE");
        assertThat(statuses(item(calendar, "2026:INTERIM_08"))).containsExactly("board-bun:NOT_YET_DUE",
                "board-von:NOT_YET_DUE");
        assertThat(item(calendar, "2026:MONTH_02").get("missingFrom").findValuesAsString("shortName"))
                .containsExactly("BUN");
        assertThat(item(calendar, "2025:ANNUAL_REPORT").get("receivedBy").asString()).isEqualTo("KF");
        assertThat(item(calendar, "2025:ANNUAL_REPORT").get("decidedIn").asString()).isEqualTo("2026-04");
        JsonNode missing = calendar.get("missing");
        assertThat(missing.findValuesAsString("organisationId")).containsExactly("board-bun", "board-von");
        assertThat(missing.get(0).get("items")).hasSize(6);
        assertThat(missing.get(1).get("items").findValuesAsString("key")).containsExactly("2025:PRELIMINARY_ACCOUNTS",
                "2025:ANNUAL_REPORT", "2026:MONTH_04", "2026:MONTH_05");

        JsonNode ownOnly = api.as(Role.ORDERER_OFFICIAL, "board-bun").getJson("/api/v1/reports/calendar/2026");
        assertThat(ownOnly.get("items").get(2).get("boards").findValuesAsString("boardOrganisationId"))
                .containsExactly("board-bun");
    }

    @Test
    void theEconomyShowsEachBoardsFrameResultEquityAndFlagsWithSwedishExplanations() {
        CLOCK.set(Instant.parse("2026-02-10T09:00:00Z"));
        // 2025 closed with a deficit of 2 000 000 kr
        assertThat(submit(von(), 2025, "board-von", "ANNUAL_REPORT", """
                {"netFrame":470000000,"budgetTurnover":600000000,"netCostOutcome":472000000,
                 "equityBroughtForward":3000000}""").statusCode()).isEqualTo(200);
        CLOCK.set(Instant.parse("2026-05-08T09:00:00Z"));
        // April: a hard winter, the school's overrun, and no word on the deficit's action plan
        HttpResponse<String> april = submit(von(), 2026, "board-von", "MONTH_04", """
                {"netFrame":480000000,"budgetTurnover":620000000,"netCostOutcome":160000000,
                 "netCostForecast":479000000,"equityBroughtForward":1000000,
                 "winterMaintenance":{"budget":10000000,"netCost":12300000},
                 "investments":[{"name":"Nya Vallbyskolan","decidedNetInvestment":30000000,
                                 "forecastNetInvestment":38000000},
                                {"name":"Gång- och cykelbro","decidedNetInvestment":5000000,
                                 "forecastNetInvestment":7000000}]}""");
        assertThat(april.statusCode()).as(april.body()).isEqualTo(200);
        CLOCK.set(Instant.parse("2026-06-20T09:00:00Z"));

        JsonNode economy = api.as(Role.FINANCE, "ks-klk").getJson("/api/v1/reports/economy/2026");

        assertThat(economy.get("priceBaseAmount").decimalValue()).isEqualByComparingTo("59200");
        assertThat(economy.get("boards").findValuesAsString("boardOrganisationId"))
                .containsExactly("board-bun", "board-von");
        JsonNode von = economy.get("boards").get(1);
        assertThat(von.get("boardName").asString()).isEqualTo("Vård- och omsorgsnämnden");
        assertThat(von.get("latestReport").asString()).isEqualTo("MONTH_04");
        assertThat(von.get("result").get("basis").asString()).isEqualTo("FORECAST");
        assertThat(von.get("result").get("result").decimalValue()).isEqualByComparingTo("1000000");
        // winter -2 300 000 held at -1 500 000: 1 000 000 + 800 000 balanced
        assertThat(von.get("result").get("balancedResult").decimalValue()).isEqualByComparingTo("1800000");
        assertThat(von.get("equity").get("cap").decimalValue()).isEqualByComparingTo("18600000");
        assertThat(von.get("equity").get("carriedForward").decimalValue()).isEqualByComparingTo("2800000");
        assertThat(von.get("deficits").get(0).get("arose").asInt()).isEqualTo(2025);
        assertThat(von.get("deficits").get(0).get("restoreBy").asInt()).isEqualTo(2028);
        assertThat(von.get("investments").findValuesAsString("assessment")).containsExactly("NEW_DECISION_NEEDED",
                "REPORTED_TOGETHER");
        assertThat(von.get("flags").findValuesAsString("rule")).containsExactlyInAnyOrder(
                "WINTER_MAINTENANCE_OUTSIDE_FIFTEEN_PERCENT", "INVESTMENT_NEEDS_NEW_DECISION",
                "DEFICIT_FOLLOW_UP_MISSING");
        assertThat(von.get("flags").findValuesAsString("explanation")).anySatisfy(text -> assertThat(text)
                .contains("Nya Vallbyskolan").contains("förnyat beslut"));
        assertThat(economy.get("boards").get(0).get("latestReport").isNull()).as("BUN has handed in nothing").isTrue();

        List<EconomyRow> rows = reports.table(2026, new Caller("ekonom", "ks-klk", Set.of(Role.FINANCE)));
        assertThat(rows).extracting(EconomyRow::boardShortName).containsExactly("BUN", "VON");
        assertThat(rows.get(1).flagCount()).isEqualTo(3);
        assertThat(rows.get(1).balancedResult()).isEqualByComparingTo("1800000");
        assertThat(EconomyRow.HEADERS).hasSize(EconomyRow.class.getRecordComponents().length);

        // the same rows as finance downloads them
        JsonNode export = api.as(Role.FINANCE, "ks-klk").getJson("/api/v1/reports/exports/board-economy.json?year=2026");
        assertThat(export.get("title").asString()).isEqualTo("Nämndernas ekonomi");
        assertThat(export.get("rows")).hasSize(2);
        JsonNode vonRow = export.get("rows").get(1);
        assertThat(vonRow.get(2).asString()).isEqualTo("VON");
        assertThat(vonRow.get(11).decimalValue()).isEqualByComparingTo("1800000");
        assertThat(vonRow.get(15).asInt()).isEqualTo(3);
        String csv = api.as(Role.FINANCE, "ks-klk").get("/api/v1/reports/exports/board-economy.csv?year=2026").body();
        assertThat(csv).contains("Nettoram;Budgetomslutning").contains(";1800000,00;");

        JsonNode noPriceBaseAmount = api.as(Role.FINANCE, "ks-klk").getJson("/api/v1/reports/economy/2031");
        assertThat(noPriceBaseAmount.get("priceBaseAmount").isNull()).isTrue();
        assertThat(noPriceBaseAmount.get("priceBaseAmountNotice").asString()).contains("Prisbasbeloppet för 2031");
    }

    @Test
    void aReportIsCheckedAsAWholeAndOnlyTheBoardsOwnOfficialsOrTheCouncilMayHandItIn() {
        HttpResponse<String> bad = submit(von(), 2026, "board-von", "MONTH_04", """
                {"netFrame":-5,"budgetTurnover":"x"}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        bad = submit(von(), 2026, "board-von", "MONTH_04", """
                {"netFrame":-5,"netCostOutcome":1.234,"investments":[{"decidedNetInvestment":0}]}""");

        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode problem = ApiClient.json(bad);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("netFrame", "budgetTurnover",
                "netCostOutcome", "netCostForecast", "investments[0].name", "investments[0].decidedNetInvestment",
                "investments[0].forecastNetInvestment");
        assertThat(problem.get("errors").findValuesAsString("message")).anySatisfy(text -> assertThat(text)
                .contains("helårsprognos").doesNotContain("null"));
        String good = """
                {"netFrame":480000000,"budgetTurnover":620000000,"netCostOutcome":79000000}""";
        assertThat(submit(api.as(Role.ORDERER_OFFICIAL, "board-bun"), 2026, "board-von", "MONTH_02", good)
                .statusCode()).isEqualTo(404);
        assertThat(submit(api.as(Role.COUNCIL_ANALYST, "ks-klk"), 2026, "board-xyz", "MONTH_02", good)
                .statusCode()).as("an unknown board").isEqualTo(404);
        assertThat(submit(api.as(Role.COUNCIL_ANALYST, "ks-klk"), 2026, "board-bun", "MONTH_02", good)
                .statusCode()).isEqualTo(200);
        assertThat(mongo.getCollection("board_economy_reports").countDocuments()).isEqualTo(1);
    }

    private ApiClient von() {
        return api.as(Role.ORDERER_OFFICIAL, "board-von");
    }

    private static HttpResponse<String> submit(ApiClient as, int year, String board, String report, String body) {
        return as.send("PUT", "/api/v1/reports/economy/" + year + "/boards/" + board + "/reports/" + report, body);
    }

    private static JsonNode item(JsonNode calendar, String key) {
        for (JsonNode item : calendar.get("items")) {
            if (key.equals(item.get("key").asString())) {
                return item;
            }
        }
        throw new AssertionError("no item " + key);
    }

    private static List<String> statuses(JsonNode item) {
        List<String> statuses = new ArrayList<>();
        item.get("boards").forEach(board -> statuses.add(board.get("boardOrganisationId").asString() + ":"
                + board.get("status").asString()));
        return statuses;
    }
}
