package se.samverkan.reporting.economy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import se.samverkan.reporting.ReportingServiceApplication;

/**
 * Generated bad input against handing in a board's report with its economy figures: never a 5xx,
 * every rejection a problem detail, and a rejected report changes nothing stored.
 */
class EconomyReportWritePropertiesIT {

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;

    @BeforeContainer
    static void start() {
        service = RunningService.start(ReportingServiceApplication.class);
        api = service.api().as(Role.ORDERER_OFFICIAL, "board-von");
        mongo = service.mongo();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 300)
    void handingInAReportNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("reports") String report,
                                                                      @ForAll("economyBodies") String body) {
        List<Document> before = stored();

        HttpResponse<String> response = api.send("PUT", "/api/v1/reports/economy/2026/boards/board-von/reports/"
                + report, body);

        BadInput.assertSucceededOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            assertThat(Objects.toString(stored())).as(body).isEqualTo(Objects.toString(before));
        }
    }

    @Provide
    Arbitrary<String> reports() {
        return Arbitraries.of("MONTH_02", "MONTH_04", "INTERIM_08", "ANNUAL_REPORT", "annual_report", "MONTH_07",
                "%20");
    }

    @Provide
    Arbitrary<String> economyBodies() {
        Map<String, Arbitrary<?>> plausible = new LinkedHashMap<>();
        plausible.put("netFrame", amounts());
        plausible.put("budgetTurnover", amounts());
        plausible.put("netCostOutcome", amounts());
        plausible.put("netCostForecast", amounts());
        plausible.put("equityBroughtForward", amounts());
        Map<String, Arbitrary<?>> winter = new LinkedHashMap<>();
        winter.put("budget", amounts());
        winter.put("netCost", amounts());
        plausible.put("winterMaintenance", BadInput.objectWith(winter));
        Map<String, Arbitrary<?>> investment = new LinkedHashMap<>();
        investment.put("name", Arbitraries.of("Nya Vallbyskolan", "", " ", "Bro"));
        investment.put("decidedNetInvestment", amounts());
        investment.put("forecastNetInvestment", amounts());
        plausible.put("investments", BadInput.objectWith(investment).list().ofMaxSize(3));
        plausible.put("actionPlanFollowUp", Arbitraries.strings().ofMaxLength(30));
        return BadInput.bodiesOf(BadInput.objectWith(plausible));
    }

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(Arbitraries.of(new BigDecimal("480000000"), new BigDecimal("0.01"),
                        new BigDecimal("-2000000"), new BigDecimal("12.345"), new BigDecimal("1E+20"), BigDecimal.ZERO),
                Arbitraries.bigDecimals().ofScale(2).between(new BigDecimal("-1000000000"),
                        new BigDecimal("1000000000")));
    }

    private static List<Document> stored() {
        return mongo.getCollection("board_economy_reports").find().into(new ArrayList<>());
    }
}
