package se.samverkan.apphost;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's year of work, done through the public API as the demo users who would do it, after
 * {@link DemoData} has set up boards, providers, agreements and specifications: the providers'
 * monthly statistics for 2026 (the in-house unit has left two months out; one month is
 * corrected), the production's two result units with 2025 and 2026 economy, the board's visits,
 * a serious complaint and a provider meeting, the board's internal control, a LOV choice system
 * with an application waiting, a provider's activity report and public-insight package, and VON's
 * economy reports to the council (BUN has handed in none, so the reporting calendar shows both).
 * Each part is skipped when it is there already, so a restart on the same data loads nothing twice.
 *
 * <p>Everything is loaded now, so statistics for months whose due date has passed count as late:
 * that is what the platform would say of a provider that reported them today.
 */
final class DemoOperations {

    static final String YEAR = "2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI gateway;
    private final Function<String, String> tokens;
    private final Consumer<String> log;

    DemoOperations(URI gateway, Function<String, String> tokens, Consumer<String> log) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.log = log;
    }

    void load() {
        String norr = providerId("556677-8899");
        String inHouse = providerId("212000-0142");
        String norrUnit = unitId(norr, "Hemtjänst Norr");
        String centrumUnit = unitId(inHouse, "Hemtjänst Centrum");
        String von = boardId("VON");
        List<String> done = new ArrayList<>();
        if (statistics(norr, norrUnit, inHouse, centrumUnit)) {
            done.add("månadsstatistik 2026");
        }
        if (resultUnits()) {
            done.add("två resultatenheter med ekonomi 2025–2026");
        }
        if (visits(von, norrUnit, centrumUnit)) {
            done.add("besök, ett allvarligt klagomål och ett utförarmöte");
        }
        if (internalControl(von)) {
            done.add("plan för intern kontroll 2027");
        }
        if (choiceSystem(von)) {
            done.add("ett valfrihetssystem med en ansökan");
        }
        if (providerDocuments(norr)) {
            done.add("verksamhetsberättelse och insynsuppgifter");
        }
        if (boardEconomy()) {
            done.add("VON:s ekonomirapporter för 2025 och våren 2026");
        }
        log.accept("Demodata, årets arbete: " + (done.isEmpty() ? "fanns redan" : String.join(", ", done) + " (nya)")
                + ".");
    }

    /**
     * Omsorgsgruppen Norr reports January to October and corrects June; the in-house Hemtjänst
     * Centrum reports January to August, so September and October show as missing.
     */
    private boolean statistics(String norr, String norrUnit, String inHouse, String centrumUnit) {
        if (call("norr.utforare", "GET", "/api/v1/providers/" + norr + "/units/" + norrUnit + "/statistics/2026-01",
                null).statusCode() == 200) {
            return false;
        }
        for (int month = 1; month <= 10; month++) {
            submit("norr.utforare", norr, norrUnit, month, 180 + month, 3_400 + 20 * month, 24, month % 4);
        }
        submit("norr.utforare", norr, norrUnit, 6, 187, 3_530, 24, 1);
        for (int month = 1; month <= 8; month++) {
            submit("produktion.styrelse", inHouse, centrumUnit, month, 240 + month, 4_600 + 15 * month, 33,
                    1 + month % 3);
        }
        // the year's user survey and continuity, which the board's goals are measured by
        yearly("norr.utforare", norr, norrUnit, 91, 82, 118, 11.5);
        yearly("produktion.styrelse", inHouse, centrumUnit, 89, 86, 164, 12.5);
        return true;
    }

    private void yearly(String user, String provider, String unit, int satisfiedWomen, int satisfiedMen,
                        int respondents, double continuity) {
        Map<String, Object> survey = new LinkedHashMap<>(value("HOME_CARE_SATISFIED_USERS",
                (satisfiedWomen + satisfiedMen) / 2, Map.of("K", satisfiedWomen, "M", satisfiedMen), null, null));
        survey.put("respondents", respondents);
        survey.put("responseRate", 64);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unit);
        body.put("period", YEAR);
        body.put("values", List.of(survey, value("HOME_CARE_STAFF_CONTINUITY", continuity, null, null, null)));
        awaitAccepted(user, "POST", "/api/v1/providers/" + provider + "/statistics", JSON.writeValueAsString(body),
                201);
    }

    private void submit(String user, String provider, String unit, int month, int users, int hours, int fte,
                        int deviations) {
        int women = users * 62 / 100;
        int hoursWomen = hours * 64 / 100;
        List<Map<String, Object>> values = List.of(
                value("HOME_CARE_HOURS_PERFORMED", hours, Map.of("K", hoursWomen, "M", hours - hoursWomen, "T", hours),
                        split(hours), null),
                value("HOME_CARE_USERS", users, Map.of("K", women, "M", users - women, "T", users), split(users),
                        Map.of("Vallby", users)),
                value("HOME_CARE_STAFF_FTE", fte, null, null, null),
                value("HOME_CARE_HOURS_PER_FTE", new BigDecimal(hours).divide(new BigDecimal(fte), 1,
                        RoundingMode.HALF_UP), null, null, null),
                value("HOME_CARE_DEVIATIONS", deviations, null, null, null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unit);
        body.put("period", YearMonth.of(2026, month).toString());
        body.put("values", values);
        awaitAccepted(user, "POST", "/api/v1/providers/" + provider + "/statistics", JSON.writeValueAsString(body),
                201);
    }

    /** Splits a whole number over the four age bands of the specification, summing to it. */
    private static Map<String, Object> split(int total) {
        int young = total * 10 / 100;
        int middle = total * 30 / 100;
        int old = total * 40 / 100;
        return Map.of("0-64", young, "65-79", middle, "80-89", old, "90-", total - young - middle - old);
    }

    private static Map<String, Object> value(String measure, Object value, Map<String, Object> byGender,
                                             Map<String, Object> byAgeBand, Map<String, Object> byArea) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("measure", measure);
        v.put("value", value);
        if (byGender != null) {
            v.put("byGender", byGender);
        }
        if (byAgeBand != null) {
            v.put("byAgeBand", byAgeBand);
        }
        if (byArea != null) {
            v.put("byArea", byArea);
        }
        return v;
    }

    /**
     * Two of the production's result units with their 2025 and 2026 budgets and every month
     * from January 2025 to October 2026 closed; the preschool's costs jump in March 2026, a major
     * deviation that needs an action plan until the result has caught up.
     */
    private boolean resultUnits() {
        String production = "produktion.styrelse";
        if (json(call(production, "GET", "/api/v1/result-units", null)).path("totalElements").asLong() > 0) {
            return false;
        }
        String homeCare = created(call(production, "POST", "/api/v1/result-units", """
                {"name":"Hemtjänst Vallby centrum","serviceArea":"HOME_CARE","firstYear":2025,
                 "equityBroughtForward":250000}"""));
        String preschool = created(call(production, "POST", "/api/v1/result-units", """
                {"name":"Förskolan Ekorren","serviceArea":"PRESCHOOL","firstYear":2025,"equityBroughtForward":-40000}"""));
        for (String year : List.of("2025", "2026")) {
            expect(200, call(production, "PUT", "/api/v1/result-units/" + homeCare + "/budgets/" + year,
                    "{\"revenues\":12000000,\"costs\":11400000}"));
            expect(200, call(production, "PUT", "/api/v1/result-units/" + preschool + "/budgets/" + year,
                    "{\"revenues\":6000000,\"costs\":5700000}"));
        }
        for (YearMonth month = YearMonth.of(2025, 1); !month.isAfter(YearMonth.of(2026, 10)); month = month.plusMonths(1)) {
            int homeCareCosts = 944_000 + (month.getMonthValue() == 7 ? 60_000 : 0);
            int preschoolCosts = month.equals(YearMonth.of(2026, 3)) ? 560_000 : 474_000;
            closeMonth(homeCare, month, 1_000_000, homeCareCosts, 31, "Brukare och timmar enligt plan.");
            closeMonth(preschool, month, 500_000, preschoolCosts, 14, month.equals(YearMonth.of(2026, 3))
                    ? "Vattenskada: tillfälliga lokaler i mars." : "Barngrupper enligt plan.");
        }
        expect(201, call(production, "POST", "/api/v1/dialogue-meetings", """
                {"heldOn":"2025-10-14","season":"AUTUMN","participants":["Kommundirektören","Produktionsdirektören",
                 "Ekonomichefen"],"agenda":["Prognos 2025","Resultatkrav 2026"],
                 "decisions":["Resultatkravet 5 procent gäller även 2026."]}"""));
        expect(201, call(production, "POST", "/api/v1/dialogue-meetings", """
                {"heldOn":"2026-04-22","season":"SPRING","participants":["Kommundirektören","Produktionsdirektören"],
                 "agenda":["Bokslut 2025","Förskolans vattenskada"],
                 "decisions":["Överskottet 2025 förs till resultatenheternas egna kapital."]}"""));
        String sale = json(call(production, "POST", "/api/v1/result-units/" + homeCare + "/sales", """
                {"buyerMunicipality":"Åkerby kommun","service":"Nattpatrull i hemtjänsten",
                 "annualAmount":900000,"ordererBoard":"board-von"}""")).path("id").asString();
        if (!sale.isEmpty()) {
            call("von.handlaggare", "POST", "/api/v1/result-units/" + homeCare + "/sales/" + sale + "/decision",
                    "{\"decision\":\"CONSENT\",\"reason\":\"Ryms inom kapaciteten utan att påverka Vallbys brukare.\"}");
        }
        return true;
    }

    private void closeMonth(String unit, YearMonth month, int revenues, int costs, int fte, String output) {
        String path = "/api/v1/result-units/" + unit + "/months/" + month;
        expect(200, call("produktion.styrelse", "PUT", path, JSON.writeValueAsString(Map.of("revenues", revenues,
                "costs", costs, "outputNote", output, "staffFullTimeEquivalents", fte, "sickLeavePercent", 6.5))));
        HttpResponse<String> closed = call("produktion.styrelse", "POST", path + "/close", "{}");
        if (closed.statusCode() == 400 && closed.body().contains("required-on-major-deviation")) {
            closed = call("produktion.styrelse", "POST", path + "/close", """
                    {"actionPlan":"Försäkringsärende för vattenskadan; vikarier minskas och inköp skjuts upp tills \
                    resultatet är i fas med budgeten."}""");
        }
        expect(200, closed);
    }

    /** VON's officials follow up the home-care units and hold the area's provider meeting. */
    private boolean visits(String von, String norrUnit, String centrumUnit) {
        String official = "von.avtal";
        if (json(call(official, "GET", "/api/v1/visits", null)).path("totalElements").asLong() > 0) {
            return false;
        }
        expect(200, call(official, "PUT", "/api/v1/boards/" + von + "/service-areas", """
                {"serviceAreas":[{"serviceArea":"HOME_CARE","responsibleOfficial":"Anna Andersson"},
                 {"serviceArea":"RESIDENTIAL_CARE","responsibleOfficial":"Bertil Berg"}]}"""));
        LocalDate today = LocalDate.now();
        String visit = created(awaitAccepted(official, "POST", "/api/v1/visits", JSON.writeValueAsString(Map.of(
                "boardId", von, "unitId", norrUnit, "kind", "ANNOUNCED", "plannedOn", today.minusDays(30).toString(),
                "responsible", "Anna Andersson", "purpose", "Årligt verksamhetsbesök")), 201));
        expect(200, call(official, "POST", "/api/v1/visits/" + visit + "/performed", JSON.writeValueAsString(Map.of(
                "performedOn", today.minusDays(28).toString(), "performedBy", "Anna Andersson",
                "outcome", "Genomförandeplanerna är aktuella; kontaktmannaskapet fungerar."))));
        expect(201, awaitAccepted(official, "POST", "/api/v1/visits", JSON.writeValueAsString(Map.of("boardId", von,
                "unitId", centrumUnit, "kind", "DEEP_FOLLOW_UP", "plannedOn", today.plusDays(30).toString(),
                "responsible", "Anna Andersson", "purpose", "Fördjupad uppföljning av läkemedelshanteringen")), 201));
        expect(201, call(official, "POST", "/api/v1/serious-complaints", JSON.writeValueAsString(Map.of("boardId", von,
                "unitId", centrumUnit, "receivedOn", today.toString(), "summary",
                "Anhörig uppger att en brukare blev utan insats en hel helg.", "responsible", "Anna Andersson"))));
        String meeting = created(call(official, "POST", "/api/v1/provider-meetings", JSON.writeValueAsString(Map.of(
                "boardId", von, "serviceArea", "HOME_CARE", "plannedOn", today.minusDays(14).toString(),
                "agenda", "Nämndens uppföljning 2026 och ersättningsnivåer 2027"))));
        expect(200, call(official, "POST", "/api/v1/provider-meetings/" + meeting + "/held", JSON.writeValueAsString(
                Map.of("heldOn", today.minusDays(14).toString(), "participants", List.of("Omsorgsgruppen Norr AB",
                        "Hemtjänst Centrum (egenregi)", "Trygga Hem Hemtjänst AB"), "notes",
                        "Genomgång av uppföljningen; inga frågor om ersättningen."))));
        return true;
    }

    /** VON's 2027 plan for internal control, decided. */
    private boolean internalControl(String von) {
        String official = "von.handlaggare";
        if (json(call(official, "GET", "/api/v1/internal-control-plans?year=2027", null)).path("totalElements")
                .asLong() > 0) {
            return false;
        }
        String plan = created(call(official, "POST", "/api/v1/internal-control-plans",
                "{\"boardId\":\"" + von + "\",\"year\":2027}"));
        JsonNode withRisk = json(call(official, "POST", "/api/v1/internal-control-plans/" + plan + "/risks", """
                {"title":"Ersättning betalas för insatser som inte utförts","source":"AUDIT","probability":3,
                 "consequence":4,"description":"Revisionen 2026 fann brister i kontrollen av utförda timmar."}"""));
        expect(200, call(official, "POST", "/api/v1/internal-control-plans/" + plan + "/risks", """
                {"title":"Sen handläggning av klagomål","source":"LAWS_AND_REGULATIONS","probability":2,"consequence":2}"""));
        String risk = withRisk.path("risks").path(0).path("id").asString();
        expect(200, call(official, "POST", "/api/v1/internal-control-plans/" + plan + "/risks/" + risk + "/controls", """
                {"what":"Utförda timmar mot beviljade per utförare","method":"Stickprov på 20 brukare per halvår",
                 "responsible":"Controller, socialförvaltningen","schedule":"April och oktober"}"""));
        expect(200, call(official, "POST", "/api/v1/internal-control-plans/" + plan + "/decide",
                "{\"decidedOn\":\"" + LocalDate.now() + "\",\"reference\":\"VON § 118\"}"));
        return true;
    }

    /** VON's choice system for home care, and an application waiting for its decision. */
    private boolean choiceSystem(String von) {
        if (json(call("von.handlaggare", "GET", "/api/v1/rulebooks?boardId=" + von, null)).path("totalElements")
                .asLong() > 0) {
            return false;
        }
        String rulebook = created(call("von.handlaggare", "POST", "/api/v1/rulebooks", """
                {"boardId":"%s","reference":"VON 2026/31","title":"Hemtjänst enligt LOV",
                 "serviceArea":"HOME_CARE","openFrom":"2027-01-01","estimatedAnnualValueSek":8000000,
                 "valueLevel":"HIGH","impactLevel":"HIGH","compensation":"512 kronor per utförd timme 2027",
                 "requirements":[
                  {"category":"BASIC_QUALITY","text":"Fast kontaktperson och genomförandeplan inom 14 dagar.","followUpMethod":"VISIT"},
                  {"category":"LABOUR_CONDITIONS","text":"Villkor minst enligt kollektivavtal; meddelarfrihet gäller.","followUpMethod":"DOCUMENT_REVIEW"},
                  {"category":"FOLLOW_UP_DUTY","text":"Statistik enligt nämndens specifikation varje månad.","followUpMethod":"STATISTICS"},
                  {"category":"PUBLIC_INSIGHT_DUTY","text":"Uppgifter för allmänhetens insyn på begäran.","followUpMethod":"DOCUMENT_REVIEW"}]}"""
                .formatted(von)));
        expect(201, call("admin", "POST", "/api/v1/lov-applications", JSON.writeValueAsString(Map.of(
                "rulebookId", rulebook, "providerId", providerId("556345-6788"),
                "motivation", "Åkerbo Omsorg vill utöka till hela kommunen från 2027."))));
        return true;
    }

    /** Omsorgsgruppen Norr's activity report on 2025, and VON's request for insight information. */
    private boolean providerDocuments(String norr) {
        if (json(call("von.handlaggare", "GET", "/api/v1/insight-packages?providerId=" + norr, null))
                .path("totalElements").asLong() > 0) {
            return false;
        }
        expect(200, call("norr.utforare", "PUT", "/api/v1/providers/" + norr + "/activity-reports/2025", """
                {"sections":{"RESULTS":"41 200 utförda timmar hos 182 brukare.",
                 "GOAL_ATTAINMENT":"Kontinuitetsmålet nåddes: i median 11 personal per brukare på 14 dagar.",
                 "QUALITY_WORK":"Genomförandeplanerna följs upp var tredje månad.",
                 "DEVIATIONS_AND_COMPLAINTS":"14 avvikelser och 6 klagomål, samtliga utredda.",
                 "STAFFING":"92 procent av personalen är undersköterskor.","ECONOMY":"Resultat +1,8 mnkr."}}"""));
        JsonNode request = json(call("von.handlaggare", "POST", "/api/v1/providers/" + norr + "/insight-packages",
                JSON.writeValueAsString(Map.of("title", "Insynsuppgifter 2026", "dueOn",
                        LocalDate.now().plusDays(21).toString(), "items", List.of("Personalens utbildningsnivå",
                                "Antal klagomål och hur de hanterats", "Språk som personalen talar")))));
        String id = request.path("id").asString();
        expect(200, call("norr.utforare", "POST", "/api/v1/insight-packages/" + id + "/items/"
                + request.path("items").path(0).path("id").asString() + "/delivery",
                "{\"content\":\"92 procent undersköterskor, 8 procent vårdbiträden.\"}"));
        return true;
    }

    /**
     * VON's officials hand in the accounts on 2025, which closed with a deficit of 2.6 million
     * kronor, and the monthly reports per February and April 2026; the April forecast follows up
     * the deficit's action plan and shows the new residential care home's overrun, which needs a
     * new decision. March, May and the interim report are left out, and BUN hands in nothing, so
     * the calendar shows what is missing from whom.
     */
    private boolean boardEconomy() {
        String official = "von.handlaggare";
        JsonNode economy = json(expect(200, call(official, "GET", "/api/v1/reports/economy/2026", null)));
        for (JsonNode board : economy.path("boards")) {
            if (!board.path("latestReport").isNull() && !board.path("latestReport").isMissingNode()) {
                return false;
            }
        }
        String accounts = """
                {"netFrame":812000000,"budgetTurnover":1046000000,"netCostOutcome":814600000,
                 "equityBroughtForward":4000000}""";
        expect(200, call(official, "PUT", "/api/v1/reports/economy/2025/boards/board-von/reports/PRELIMINARY_ACCOUNTS",
                accounts));
        expect(200, call(official, "PUT", "/api/v1/reports/economy/2025/boards/board-von/reports/ANNUAL_REPORT",
                accounts));
        expect(200, call(official, "PUT", "/api/v1/reports/economy/2026/boards/board-von/reports/MONTH_02", """
                {"netFrame":830000000,"budgetTurnover":1068000000,"netCostOutcome":139000000,
                 "equityBroughtForward":1400000}"""));
        expect(200, call(official, "PUT", "/api/v1/reports/economy/2026/boards/board-von/reports/MONTH_04", """
                {"netFrame":830000000,"budgetTurnover":1068000000,"netCostOutcome":279000000,
                 "netCostForecast":827500000,"equityBroughtForward":1400000,
                 "investments":[{"name":"Nytt särskilt boende, Lindgården etapp 2","decidedNetInvestment":180000000,
                                 "forecastNetInvestment":226000000},
                                {"name":"Trygghetslarm, digitala","decidedNetInvestment":4000000,
                                 "forecastNetInvestment":4600000}],
                 "actionPlanFollowUp":"Åtgärdsplanen för underskottet 2025 (KS § 42) följs: hemtjänstens \
                planering är omlagd och inhyrd personal minskad; prognosen visar 2,5 miljoner kronor tillbaka i år."}"""));
        return true;
    }

    private String providerId(String organisationNumber) {
        return only(call("admin", "GET", "/api/v1/providers?organisationNumber=" + organisationNumber, null))
                .path("id").asString();
    }

    private String unitId(String providerId, String name) {
        for (JsonNode unit : json(call("admin", "GET", "/api/v1/providers/" + providerId, null)).path("units")) {
            if (name.equals(unit.path("name").asString())) {
                return unit.path("id").asString();
            }
        }
        throw new IllegalStateException("Demodata: enheten " + name + " finns inte hos utföraren " + providerId);
    }

    private String boardId(String shortName) {
        for (JsonNode board : json(call("admin", "GET", "/api/v1/boards?size=100", null)).path("content")) {
            if (shortName.equals(board.path("shortName").asString())) {
                return board.path("id").asString();
            }
        }
        throw new IllegalStateException("Demodata: nämnden " + shortName + " finns inte");
    }

    /**
     * Calls until the request is taken: what one service tells another travels by event, so a
     * unit or an agreement may not be known on the other side for a moment.
     */
    private HttpResponse<String> awaitAccepted(String user, String method, String path, String body, int success) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            HttpResponse<String> response = call(user, method, path, body);
            if (response.statusCode() == success || Instant.now().isAfter(deadline)
                    || response.statusCode() != 400 && response.statusCode() != 404) {
                return expect(success, response);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("avbruten", e);
            }
        }
    }

    private static String created(HttpResponse<String> response) {
        return json(expect(201, response)).path("id").asString();
    }

    private static JsonNode only(HttpResponse<String> list) {
        JsonNode content = json(expect(200, list)).path("content");
        if (content.size() != 1) {
            throw new IllegalStateException("Demodata: " + list.request().uri() + " svarade " + list.body());
        }
        return content.get(0);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Demodata kunde inte läsas in: " + response.request().method() + " "
                    + response.request().uri() + " svarade " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private HttpResponse<String> call(String user, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + tokens.apply(user)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Demodata kunde inte läsas in: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("avbruten", e);
        }
    }
}
