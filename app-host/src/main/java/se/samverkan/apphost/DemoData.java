package se.samverkan.apphost;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo municipality, Vallby kommun (fictional): two orderer boards and ten providers with
 * their units in home care, residential care, preschool and more, the in-house production among
 * them on the same terms as the private ones; the council's goals for the mandate period
 * 2023–2026 and VON's board goals with their indicators; the boards' agreements by every
 * procurement route, findings on the signed ones with their action plans in every state of the
 * life cycle, the boards' follow-up plans for 2027, and the
 * statistics VON's providers report in home care and residential care. Loaded through the gateway's public API,
 * like any client would, as the demo administrator; loading it again changes nothing: the services
 * refuse a second board, provider, unit, goal document or plan, and agreements and findings are
 * looked up (an agreement by title, a finding by its evidence) and only the missing ones added.
 */
final class DemoData {

    record Board(String name, String shortName) {
    }

    record Unit(String name, String serviceArea, String area, String openedOn) {
    }

    /** organisationId: the org claim of the provider's users; the realm's demo users act for two of them. */
    record Provider(String name, String legalForm, String organisationNumber, String organisationId, List<Unit> units) {

        Provider(String name, String legalForm, String organisationNumber, List<Unit> units) {
            this(name, legalForm, organisationNumber, null, units);
        }
    }

    record CouncilGoal(String title, String description, String goalArea) {
    }

    /**
     * targets: year → target value, in year order; measureCode and aggregation: the statistics
     * measure it is measured by and how units' figures are combined (both may be null).
     */
    record Indicator(String name, String unit, String direction, boolean concernsPeople, List<String> breakdowns,
                     Map<Integer, Integer> targets, String measureCode, String aggregation) {
    }

    record BoardGoal(String title, String description, String councilGoalTitle, List<Indicator> indicators) {
    }

    static final String MANDATE_PERIOD = "2023-2026";
    static final String VISION = "Vallby – en trygg och grön kommun nära stad och natur, där alla kan leva ett gott liv";
    static final String COUNCIL_PROGRAMME = "Mål och budget 2023–2026";

    static final List<CouncilGoal> COUNCIL_GOALS = List.of(
            new CouncilGoal("Äldre ska kunna leva ett tryggt och självständigt liv",
                    "Omsorgen utgår från den enskildes behov och önskemål, oavsett vem som utför den.", "SOCIAL"),
            new CouncilGoal("Alla barn och unga ska ges goda förutsättningar att lyckas i skolan", null, "SOCIAL"),
            new CouncilGoal("Fler går till arbete eller studier", null, "SOCIAL"),
            new CouncilGoal("Kommunens klimatavtryck ska minska", "Kommunens verksamheter och utförare ska vara"
                    + " fossilfria 2030.", "ECOLOGICAL"),
            new CouncilGoal("Naturen och den biologiska mångfalden ska värnas", null, "ECOLOGICAL"),
            new CouncilGoal("En ansvarsfull ekonomi i balans", "Varje nämnd håller sin budget.", "ECONOMIC"));

    /** Vård- och omsorgsnämnden's goals for the mandate period. */
    static final String GOALS_BOARD = "VON";
    static final List<BoardGoal> BOARD_GOALS = List.of(
            new BoardGoal("Brukarna är nöjda med hemtjänsten",
                    "Hemtjänsten ges med respekt för brukarens vilja, av få och kända personer.",
                    "Äldre ska kunna leva ett tryggt och självständigt liv", List.of(
                    new Indicator("Andel brukare nöjda med hemtjänsten", "procent", "INCREASE", true,
                            List.of("GENDER", "AGE_BAND", "AREA"), ordered(2024, 88, 2025, 90, 2026, 92),
                            "HOME_CARE_SATISFIED_USERS", "WEIGHTED_AVERAGE"),
                    new Indicator("Antal personal som en brukare möter under 14 dagar", "antal", "DECREASE", true,
                            List.of("GENDER"), ordered(2024, 15, 2025, 14, 2026, 12), "HOME_CARE_STAFF_CONTINUITY",
                            "AVERAGE"))),
            new BoardGoal("Omsorgens transporter blir fossilfria", null, "Kommunens klimatavtryck ska minska",
                    List.of(new Indicator("Andel fossilfria fordon i hemtjänsten", "procent", "INCREASE", false,
                            List.of("AREA"), ordered(2024, 40, 2025, 60, 2026, 80), null, null))));

    static final List<Board> BOARDS = List.of(
            new Board("Vård- och omsorgsnämnden", "VON"),
            new Board("Barn- och utbildningsnämnden", "BUN"));

    static final List<Provider> PROVIDERS = List.of(
            new Provider("Vallby kommun, produktionsförvaltningen", "KOMMUNAL_EGENREGI", "212000-0142",
                    "provider-vallby-produktion", List.of(
                    new Unit("Hemtjänst Centrum", "HOME_CARE", "Vallby centrum", "2015-01-01"),
                    new Unit("Lindgårdens särskilda boende", "RESIDENTIAL_CARE", "Vallby södra", "2015-01-01"),
                    new Unit("Förskolan Ekorren", "PRESCHOOL", "Vallby norra", "2015-01-01"))),
            new Provider("Omsorgsgruppen Norr AB", "AKTIEBOLAG", "556677-8899",
                    "provider-omsorgsgruppen-norr", List.of(
                    new Unit("Hemtjänst Norr", "HOME_CARE", "Vallby norra", "2019-03-01"))),
            new Provider("Trygga Hem Hemtjänst AB", "AKTIEBOLAG", "556712-3459", List.of(
                    new Unit("Trygga Hem Väster", "HOME_CARE", "Vallby västra", "2021-09-01"))),
            new Provider("Ekbackens Äldreboende AB", "AKTIEBOLAG", "556890-1234", List.of(
                    new Unit("Ekbackens äldreboende", "RESIDENTIAL_CARE", "Ekbacken", "2018-05-01"))),
            new Provider("Förskolan Äppelträdet AB", "AKTIEBOLAG", "559034-5673", List.of(
                    new Unit("Förskolan Äppelträdet", "PRESCHOOL", "Vallby centrum", "2020-08-15"))),
            new Provider("Solrosens förskola ekonomisk förening", "EKONOMISK_FORENING", "769612-3459", List.of(
                    new Unit("Solrosens förskola", "PRESCHOOL", "Vallby södra", "2012-08-15"))),
            new Provider("Kooperativet Lärkan", "KOOPERATIV", "769623-4561", List.of(
                    new Unit("Lärkans förskola", "PRESCHOOL", "Ekbacken", "2016-08-15"))),
            new Provider("Stiftelsen Vallby Diakoni", "STIFTELSE", "802002-4280", List.of(
                    new Unit("Diakonigårdens boende", "RESIDENTIAL_CARE", "Vallby centrum", "2010-01-01"))),
            new Provider("Föreningen Vallbygårdens Vänner", "IDEELL_FORENING", "802456-7896", List.of(
                    new Unit("Vallbygårdens fritidsgård", "YOUTH_CENTRE", "Vallby norra", "2017-01-01"))),
            new Provider("Åkerbo Omsorg AB", "AKTIEBOLAG", "556345-6788", List.of(
                    new Unit("Åkerbo hemtjänst", "HOME_CARE", "Åkerbo", "2022-02-01"))));

    /**
     * A measure of a statistics specification; {@code more} holds the fields a measure has only
     * sometimes (bounds, survey and productivity fields, source system, {@code required: false}).
     */
    record Measure(String code, String name, String definition, String category, String valueType, String unit,
                   String frequency, List<String> breakdowns, Map<String, Object> more) {
    }

    record StatisticsSpecification(String boardShortName, String serviceArea, String validFrom, List<String> ageBands,
                                   List<Measure> measures) {
    }

    private static final List<String> AGE_BANDS = List.of("0-64", "65-79", "80-89", "90-");
    private static final Map<String, Object> SURVEY = Map.of("reportsRespondents", true, "reportsResponseRate", true);

    /** What VON's providers report in home care and residential care (003 Bilaga 3), from 2026. */
    static final List<StatisticsSpecification> STATISTICS_SPECIFICATIONS = List.of(
            new StatisticsSpecification("VON", "HOME_CARE", "2026-01-01", AGE_BANDS, List.of(
                    new Measure("HOME_CARE_HOURS_GRANTED", "Beviljade timmar", "Timmar beviljade i biståndsbeslut "
                            + "för månaden.", "VOLUME", "AMOUNT", "timmar", "MONTHLY", List.of("GENDER"),
                            Map.of("minValue", 0, "sourceSystem", "Verksamhetssystemet för biståndsbeslut")),
                    new Measure("HOME_CARE_HOURS_PERFORMED", "Utförda timmar", "Timmar hos brukaren enligt "
                            + "tidsregistreringen.", "VOLUME", "AMOUNT", "timmar", "MONTHLY",
                            List.of("GENDER", "AGE_BAND"), Map.of("minValue", 0)),
                    new Measure("HOME_CARE_USERS", "Antal brukare", "Brukare med minst en insats under månaden.",
                            "VOLUME", "COUNT", "brukare", "MONTHLY", List.of("GENDER", "AGE_BAND", "AREA"), Map.of()),
                    new Measure("HOME_CARE_STAFF_FTE", "Årsarbetare i omsorgsarbetet", null, "RESOURCE", "AMOUNT",
                            "årsarbetare", "MONTHLY", List.of(), Map.of("minValue", 0)),
                    new Measure("HOME_CARE_HOURS_PER_FTE", "Utförda timmar per årsarbetare", null, "PRODUCTIVITY",
                            "AMOUNT", "timmar per årsarbetare", "MONTHLY", List.of(), Map.of(
                            "volumeMeasure", "HOME_CARE_HOURS_PERFORMED", "resourceMeasure", "HOME_CARE_STAFF_FTE")),
                    new Measure("HOME_CARE_STAFF_CONTINUITY", "Personalkontinuitet", "Antal olika personal som en "
                            + "brukare med hemtjänst varje dag möter under 14 dagar (median).", "QUALITY", "AMOUNT",
                            "personal", "YEARLY", List.of(), Map.of("minValue", 0)),
                    new Measure("HOME_CARE_SATISFIED_USERS", "Andel nöjda brukare", "Andel som är mycket eller ganska "
                            + "nöjda med hemtjänsten som helhet i brukarundersökningen.", "USER_SURVEY", "PERCENT",
                            null, "YEARLY", List.of("GENDER"), SURVEY),
                    new Measure("HOME_CARE_FALL_RISK_ASSESSED", "Andel brukare med riskbedömning för fall",
                            "Registrerat i Senior alert.", "NATIONAL_REGISTER", "PERCENT", null, "QUARTERLY", List.of(),
                            Map.of()),
                    new Measure("HOME_CARE_DIGITAL_NIGHT_SUPERVISION", "Brukare med digital nattillsyn",
                            "Satsningsområde 2026: kameratillsyn i stället för nattbesök, där brukaren vill.",
                            "FOCUS_AREA", "COUNT", "brukare", "QUARTERLY", List.of(), Map.of("required", false)),
                    new Measure("HOME_CARE_DEVIATIONS", "Antal avvikelser", "Avvikelser enligt ledningssystemet, "
                            + "t.ex. missade insatser och läkemedelsavvikelser.", "COMPLAINTS_AND_DEVIATIONS", "COUNT",
                            "avvikelser", "MONTHLY", List.of(), Map.of()),
                    new Measure("HOME_CARE_COMPLAINTS", "Antal synpunkter och klagomål", null,
                            "COMPLAINTS_AND_DEVIATIONS", "COUNT", "ärenden", "QUARTERLY", List.of(), Map.of()))),
            new StatisticsSpecification("VON", "RESIDENTIAL_CARE", "2026-01-01", AGE_BANDS, List.of(
                    new Measure("RESIDENTIAL_CARE_PLACES", "Antal platser", null, "VOLUME", "COUNT", "platser",
                            "MONTHLY", List.of(), Map.of()),
                    new Measure("RESIDENTIAL_CARE_CARE_DAYS", "Vårddagar", "Belagda dygn under månaden.", "VOLUME",
                            "COUNT", "vårddagar", "MONTHLY", List.of("GENDER"), Map.of()),
                    new Measure("RESIDENTIAL_CARE_RESIDENTS", "Antal boende", null, "VOLUME", "COUNT", "boende",
                            "MONTHLY", List.of("GENDER", "AGE_BAND"), Map.of()),
                    new Measure("RESIDENTIAL_CARE_STAFF_FTE", "Årsarbetare i omsorgsarbetet", null, "RESOURCE",
                            "AMOUNT", "årsarbetare", "MONTHLY", List.of(), Map.of("minValue", 0)),
                    new Measure("RESIDENTIAL_CARE_COST", "Kostnad för verksamheten", null, "RESOURCE", "AMOUNT",
                            "kronor", "QUARTERLY", List.of(), Map.of()),
                    new Measure("RESIDENTIAL_CARE_DAYS_PER_FTE", "Vårddagar per årsarbetare", null, "PRODUCTIVITY",
                            "AMOUNT", "vårddagar per årsarbetare", "MONTHLY", List.of(), Map.of(
                            "volumeMeasure", "RESIDENTIAL_CARE_CARE_DAYS", "resourceMeasure",
                            "RESIDENTIAL_CARE_STAFF_FTE")),
                    new Measure("RESIDENTIAL_CARE_PRESSURE_ULCER_ASSESSED", "Andel boende med riskbedömning för "
                            + "trycksår", "Registrerat i Senior alert.", "NATIONAL_REGISTER", "PERCENT", null,
                            "QUARTERLY", List.of(), Map.of()),
                    new Measure("RESIDENTIAL_CARE_BPSD_REGISTERED", "Andel boende med demenssjukdom i BPSD-registret",
                            null, "NATIONAL_REGISTER", "PERCENT", null, "YEARLY", List.of(), Map.of("required", false)),
                    new Measure("RESIDENTIAL_CARE_SATISFIED_RESIDENTS", "Andel nöjda boende", "Andel som är mycket "
                            + "eller ganska nöjda med sitt äldreboende som helhet i brukarundersökningen.",
                            "USER_SURVEY", "PERCENT", null, "YEARLY", List.of("GENDER"), SURVEY),
                    new Measure("RESIDENTIAL_CARE_DEVIATIONS", "Antal avvikelser", null, "COMPLAINTS_AND_DEVIATIONS",
                            "COUNT", "avvikelser", "MONTHLY", List.of(), Map.of()),
                    new Measure("RESIDENTIAL_CARE_LEX_SARAH", "Antal rapporter enligt lex Sarah", null,
                            "COMPLAINTS_AND_DEVIATIONS", "COUNT", "rapporter", "QUARTERLY", List.of(), Map.of()))));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI gateway;
    private final String token;
    private final Consumer<String> log;

    DemoData(URI gateway, String token, Consumer<String> log) {
        this.gateway = gateway;
        this.token = token;
        this.log = log;
    }

    void load() {
        int newBoards = 0;
        for (Board board : BOARDS) {
            newBoards += isNew(post("/api/v1/boards", json(Map.of("name", board.name(), "shortName",
                    board.shortName())))) ? 1 : 0;
        }
        int newProviders = 0;
        int newUnits = 0;
        int units = 0;
        Map<String, String> providerIds = new LinkedHashMap<>();
        for (Provider provider : PROVIDERS) {
            Map<String, String> registration = new LinkedHashMap<>();
            registration.put("name", provider.name());
            registration.put("legalForm", provider.legalForm());
            registration.put("organisationNumber", provider.organisationNumber());
            if (provider.organisationId() != null) {
                registration.put("organisationId", provider.organisationId());
            }
            HttpResponse<String> created = post("/api/v1/providers", json(registration));
            String id;
            if (isNew(created)) {
                newProviders++;
                id = JSON.readTree(created.body()).get("id").asString();
            } else {
                id = existingProviderId(provider.organisationNumber());
            }
            providerIds.put(provider.organisationNumber(), id);
            for (Unit unit : provider.units()) {
                units++;
                Map<String, String> body = new LinkedHashMap<>();
                body.put("name", unit.name());
                body.put("serviceArea", unit.serviceArea());
                body.put("area", unit.area());
                body.put("openedOn", unit.openedOn());
                newUnits += isNew(post("/api/v1/providers/" + id + "/units", json(body))) ? 1 : 0;
            }
        }
        boolean newCouncilGoals = isNew(post("/api/v1/council-goals", councilGoals()));
        boolean newBoardGoals = isNew(post("/api/v1/boards/" + boardId(GOALS_BOARD) + "/goals",
                boardGoals(councilGoalIds())));
        int newSpecifications = 0;
        for (StatisticsSpecification specification : STATISTICS_SPECIFICATIONS) {
            newSpecifications += publish(specification) ? 1 : 0;
        }
        log.accept("Demodata (Vallby kommun): " + BOARDS.size() + " nämnder (" + newBoards + " nya), "
                + PROVIDERS.size() + " utförare (" + newProviders + " nya), " + units + " enheter (" + newUnits
                + " nya), " + COUNCIL_GOALS.size() + " KF-mål för " + MANDATE_PERIOD + (newCouncilGoals ? " (nya)" : "")
                + ", " + BOARD_GOALS.size() + " nämndmål för " + GOALS_BOARD + (newBoardGoals ? " (nya)" : "")
                + ", " + STATISTICS_SPECIFICATIONS.size() + " statistikspecifikationer (" + newSpecifications
                + " nya)"
                + ". Det som redan fanns lämnades orört.");
        loadFindings(loadAgreements(providerIds));
    }

    /** An agreement of the demo: the board by short name, the provider by organisation number. */
    record Agreement(String board, String provider, String route, String serviceArea, String title, String startsOn,
                     String endsOn, long annualValueSek, String valueLevel, String impactLevel, String rulebook,
                     String tender, String awardedOn, String standstillEndsOn, boolean signed) {
    }

    static final List<Agreement> AGREEMENTS = List.of(
            new Agreement("VON", "556677-8899", "LOV", "HOME_CARE", "Auktorisation hemtjänst, Omsorgsgruppen Norr AB",
                    "2019-03-01", null, 14_500_000, "HIGH", "HIGH", "Förfrågningsunderlag hemtjänst enligt LOV", null,
                    null, null, true),
            new Agreement("VON", "212000-0142", "LOV", "HOME_CARE", "Auktorisation hemtjänst, Hemtjänst Centrum (egenregi)",
                    "2015-01-01", null, 22_000_000, "HIGH", "HIGH", "Förfrågningsunderlag hemtjänst enligt LOV", null,
                    null, null, true),
            new Agreement("VON", "212000-0142", "DIRECT_ORDER", "RESIDENTIAL_CARE",
                    "Direktbeställning särskilt boende 2026, Lindgårdens särskilda boende", "2026-01-01", "2026-12-31",
                    48_000_000, "HIGH", "HIGH", null, null, null, null, true),
            new Agreement("VON", "556890-1234", "LOU", "RESIDENTIAL_CARE", "Drift av Ekbackens äldreboende 2025–2029",
                    "2025-11-01", "2029-10-31", 31_000_000, "HIGH", "HIGH", null, "Dnr VON 2025/214", "2025-09-15",
                    "2025-09-26", true),
            new Agreement("BUN", "802456-7896", "IOP", "YOUTH_CENTRE", "IOP fritidsgård Vallbygården 2026–2027",
                    "2026-01-01", "2027-12-31", 1_200_000, "LOW", "HIGH", null, null, null, null, true),
            new Agreement("BUN", "559034-5673", "LOV", "PRESCHOOL", "Godkännande förskola, Förskolan Äppelträdet",
                    "2020-08-15", null, 9_000_000, "HIGH", "LOW", "Regler för fristående förskola", null, null, null,
                    false));

    private static final String DEMO_REQUIREMENTS = """
            [{"category":"BASIC_QUALITY","text":"Varje brukare har en fast kontaktperson och en genomförandeplan.","followUpMethod":"USER_SURVEY"},
             {"category":"ACTIVITY_GOALS","text":"Verksamheten bidrar till nämndens mål om trygghet och självbestämmande.","followUpMethod":"STATISTICS"},
             {"category":"ENVIRONMENTAL_SUSTAINABILITY","text":"Tjänsteresor görs med fossilfria fordon.","followUpMethod":"DOCUMENT_REVIEW"},
             {"category":"LABOUR_CONDITIONS","text":"Lön, semester, arbetstid, pension och försäkring minst enligt kollektivavtal; meddelarfrihet gäller.","followUpMethod":"DOCUMENT_REVIEW"},
             {"category":"FOLLOW_UP_DUTY","text":"Medverkar i uppföljning, lämnar statistik enligt nämndens specifikation och rapporterar till nationella kvalitetsregister.","followUpMethod":"STATISTICS"},
             {"category":"PUBLIC_INSIGHT_DUTY","text":"Lämnar på begäran information så att allmänheten får insyn i verksamheten.","followUpMethod":"DOCUMENT_REVIEW"}]""";

    /** Loads the agreements that are not there yet; answers every demo agreement's id by its title. */
    private Map<String, String> loadAgreements(Map<String, String> providerIds) {
        Map<String, String> boardIds = new LinkedHashMap<>();
        JSON.readTree(send(HttpRequest.newBuilder(gateway.resolve("/api/v1/boards?size=100")).GET()).body())
                .get("content").forEach(board -> boardIds.put(board.get("shortName").asString(),
                        board.get("id").asString()));
        int created = 0;
        Map<String, String> agreementIds = new LinkedHashMap<>();
        for (Agreement agreement : AGREEMENTS) {
            String boardId = boardIds.get(agreement.board());
            String providerId = providerIds.get(agreement.provider());
            String existing = existing(boardId, providerId, agreement.title());
            if (existing != null) {
                agreementIds.put(agreement.title(), existing);
                continue;
            }
            String id = draft(agreement, boardId, providerId);
            agreementIds.put(agreement.title(), id);
            if (agreement.route().equals("DIRECT_ORDER")) {
                for (String step : List.of("ORDERER_BOARD_APPROVAL", "PRODUCTION_BOARD_APPROVAL",
                        "ORDERER_HEAD_SIGNATURE", "PRODUCTION_HEAD_SIGNATURE")) {
                    expect(200, post("/api/v1/agreements/" + id + "/direct-order-steps", json(Map.of("step", step,
                            "on", "2025-11-20", "reference", step.endsWith("APPROVAL") ? "Protokoll § 98" : ""))));
                }
            }
            if (agreement.signed()) {
                expect(200, post("/api/v1/agreements/" + id + "/sign", "{}"));
            }
            created++;
        }
        log.accept("Demodata: " + AGREEMENTS.size() + " avtal (" + created + " nya) genom kundval, upphandling, "
                + "direktbeställning och IOP.");
        loadFollowUpPlans(boardIds, providerIds);
        return agreementIds;
    }

    /** VON's decided follow-up plan for 2027, covering every provider it has an agreement with; BUN's draft. */
    private void loadFollowUpPlans(Map<String, String> boardIds, Map<String, String> providerIds) {
        int created = 0;
        for (String board : List.of("VON", "BUN")) {
            HttpResponse<String> plan = post("/api/v1/follow-up-plans", JSON.writeValueAsString(Map.of("boardId",
                    boardIds.get(board), "year", 2027)));
            if (plan.statusCode() == 409) {
                continue;
            }
            expect(201, plan);
            created++;
            String planId = JSON.readTree(plan.body()).get("id").asString();
            for (Agreement agreement : AGREEMENTS) {
                if (!agreement.board().equals(board) || !agreement.signed()) {
                    continue;
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("providerId", providerIds.get(agreement.provider()));
                item.put("what", agreement.route().equals("DIRECT_ORDER") ? "Verksamhetsmål och kvalitet enligt "
                        + "direktbeställningen" : "Avtalets kvalitetskrav, kontinuitet och brukarnas nöjdhet");
                item.put("form", agreement.route().equals("LOV") ? "CONTRACT_FOLLOW_UP" : "ACTIVITY_FOLLOW_UP");
                item.put("responsible", board.equals("VON") ? "von.avtal" : "Avtalsansvarig BUN");
                item.put("interval", "TWICE_A_YEAR");
                item.put("feedbackTo", List.of("BOARD", "PROVIDER", "PUBLIC"));
                expect(200, post("/api/v1/follow-up-plans/" + planId + "/items", JSON.writeValueAsString(item)));
            }
            if (board.equals("VON")) {
                expect(200, post("/api/v1/follow-up-plans/" + planId + "/decide", json(Map.of("decidedOn",
                        "2026-12-10", "reference", "VON § 145"))));
            }
        }
        log.accept("Demodata: uppföljningsplaner 2027 för VON (beslutad) och BUN (utkast), " + created + " nya.");
    }

    /** The id of the board's agreement with the provider that has the title, or null. */
    private String existing(String boardId, String providerId, String title) {
        JsonNode page = JSON.readTree(send(HttpRequest.newBuilder(gateway.resolve("/api/v1/agreements?size=100&boardId="
                + boardId + "&providerId=" + providerId)).GET()).body());
        for (JsonNode row : page.get("content")) {
            if (title.equals(row.get("title").asString())) {
                return row.get("id").asString();
            }
        }
        return null;
    }

    /** An action of a demo plan, due the given number of days from the day the demo is loaded. */
    record PlannedAction(String description, String responsible, int dueInDays, String expectedEffect) {
    }

    /**
     * A finding of the demo on a signed agreement (by title), naming the agreement's requirement of
     * the category, and how far it has come: AWAITING_ACTION_PLAN, PLAN_SUBMITTED, PLAN_REJECTED,
     * PLAN_ACCEPTED (the first action done) or CLOSED (after a rejected and an accepted plan).
     * Dates are relative to the day the demo is loaded, since a plan is always due after it.
     */
    record Finding(String agreement, String requirementCategory, String evidence, String evidenceSource,
                   int observedDaysAgo, String severity, int planDueInDays, String goalImpact, String status,
                   String analysis, List<PlannedAction> actions, String rejection) {
    }

    static final List<Finding> FINDINGS = List.of(
            new Finding("Auktorisation hemtjänst, Omsorgsgruppen Norr AB", "BASIC_QUALITY",
                    "Brukarundersökningen: 38 % av brukarna i Hemtjänst Norr vet inte vem som är deras kontaktperson.",
                    "USER_SURVEY", 20, "HIGH", 21, "Påverkar nämndens mål om trygghet och självbestämmande i hemtjänsten.",
                    "AWAITING_ACTION_PLAN", null, List.of(), null),
            new Finding("Drift av Ekbackens äldreboende 2025–2029", "LABOUR_CONDITIONS",
                    "Oktoberschemana visar att timanställda inte fått OB-ersättning enligt kollektivavtalet.",
                    "DOCUMENT_REVIEW", 15, "MEDIUM", 30, null, "PLAN_SUBMITTED",
                    "Lönesystemet saknade OB-reglerna för timanställda efter bytet av system i somras.", List.of(
                    new PlannedAction("Rätta OB-reglerna i lönesystemet och betala ut det som saknas retroaktivt.",
                            "Ekonomichef, Ekbackens Äldreboende AB", 25,
                            "Alla timanställda får rätt ersättning från nästa lönekörning."),
                    new PlannedAction("Stickprov varje månad på tre lönebesked.", "HR-ansvarig", 90,
                            "Fel upptäcks inom en månad.")), null),
            new Finding("Auktorisation hemtjänst, Hemtjänst Centrum (egenregi)", "FOLLOW_UP_DUTY",
                    "Månadsstatistiken för september och oktober har inte lämnats.", "STATISTICS", 10, "LOW", 14, null,
                    "PLAN_REJECTED", "Statistiken blev inte lämnad när enhetschefen var sjukskriven.", List.of(
                    new PlannedAction("Lämna statistiken för september och oktober.", "Enhetschef Hemtjänst Centrum", 7,
                            "Nämnden har statistiken för hela hösten.")),
                    "Planen säger inte vem som lämnar statistiken när enhetschefen är borta."),
            new Finding("Direktbeställning särskilt boende 2026, Lindgårdens särskilda boende", "BASIC_QUALITY",
                    "Vid ett oanmält besök efter ett klagomål saknades signeringar för läkemedel på två avdelningar.",
                    "UNANNOUNCED_VISIT", 5, "SERIOUS", 10,
                    "Påverkar nämndens mål om en trygg och säker vård i särskilt boende.", "PLAN_ACCEPTED",
                    "Nya vikarier hade inte fått introduktion i läkemedelsrutinen.", List.of(
                    new PlannedAction("Genomgång av läkemedelsrutinen med all personal, vikarier först.",
                            "Enhetschef Lindgården", 7, "All personal känner rutinen."),
                    new PlannedAction("Digital signering av läkemedel på alla avdelningar.", "Verksamhetschef", 45,
                            "En signering kan inte glömmas utan att det syns samma dag.")), null),
            new Finding("IOP fritidsgård Vallbygården 2026–2027", "PUBLIC_INSIGHT_DUTY",
                    "Öppettiderna och aktiviteterna på kommunens webbplats har inte uppdaterats sedan i våras.",
                    "DOCUMENT_REVIEW", 30, "LOW", 14, null, "CLOSED",
                    "Ingen i föreningen hade fått uppgiften att hålla uppgifterna aktuella.", List.of(
                    new PlannedAction("Uppdatera öppettider och höstens aktiviteter på webbplatsen.", "Föreningens ordförande",
                            3, "Besökarna hittar rätt öppettider."),
                    new PlannedAction("Utse en ansvarig som ser över uppgifterna varje månad.", "Föreningens styrelse", 10,
                            "Uppgifterna hålls aktuella.")),
                    "Planen säger inte hur uppgifterna hålls aktuella framöver."));

    /** Loads the demo findings not there yet, acting as the administrator for both the board and the provider. */
    private void loadFindings(Map<String, String> agreementIds) {
        int created = 0;
        for (Finding finding : FINDINGS) {
            String agreementId = agreementIds.get(finding.agreement());
            if (agreementId == null || findingExists(agreementId, finding.evidence())) {
                continue;
            }
            String id = register(finding, agreementId);
            String status = finding.status();
            if (status.equals("AWAITING_ACTION_PLAN")) {
                created++;
                continue;
            }
            submitPlan(id, finding.analysis(), finding.actions());
            if (status.equals("PLAN_REJECTED") || status.equals("CLOSED")) {
                expect(200, post("/api/v1/findings/" + id + "/plan-decisions", JSON.writeValueAsString(Map.of(
                        "decision", "REJECTED", "reason", finding.rejection(), "planDueOn", inDays(14)))));
            }
            if (status.equals("CLOSED")) {
                submitPlan(id, finding.analysis() + " Nu med en ansvarig som ser till att det inte händer igen.",
                        finding.actions());
            }
            if (status.equals("PLAN_ACCEPTED") || status.equals("CLOSED")) {
                expect(200, post("/api/v1/findings/" + id + "/plan-decisions", "{\"decision\":\"ACCEPTED\"}"));
                JsonNode plans = JSON.readTree(send(HttpRequest.newBuilder(gateway.resolve("/api/v1/findings/" + id))
                        .GET()).body()).get("plans");
                JsonNode actions = plans.get(plans.size() - 1).get("actions");
                int done = status.equals("CLOSED") ? actions.size() : 1;
                for (int i = 0; i < done; i++) {
                    expect(200, post("/api/v1/findings/" + id + "/actions/" + actions.get(i).get("id").asString()
                            + "/progress", json(Map.of("status", "DONE", "note", "Genomfört enligt planen."))));
                }
            }
            if (status.equals("CLOSED")) {
                expect(200, post("/api/v1/findings/" + id + "/follow-up-notes", json(Map.of("note",
                        "Kontrollerat webbplatsen vid två tillfällen; uppgifterna var aktuella."))));
                expect(200, post("/api/v1/findings/" + id + "/close", json(Map.of("note",
                        "Verifierat: webbplatsen visar aktuella öppettider och aktiviteter."))));
            }
            created++;
        }
        log.accept("Demodata: " + FINDINGS.size() + " avvikelser (" + created + " nya) med åtgärdsplaner i alla "
                + "skeden, från väntande plan till stängd.");
    }

    private boolean findingExists(String agreementId, String evidence) {
        JsonNode page = JSON.readTree(send(HttpRequest.newBuilder(gateway.resolve("/api/v1/findings?size=100&agreementId="
                + agreementId)).GET()).body());
        for (JsonNode row : page.get("content")) {
            if (evidence.equals(row.get("evidence").asString())) {
                return true;
            }
        }
        return false;
    }

    private String register(Finding finding, String agreementId) {
        JsonNode agreement = JSON.readTree(send(HttpRequest.newBuilder(gateway.resolve("/api/v1/agreements/"
                + agreementId)).GET()).body());
        String requirementId = null;
        for (JsonNode requirement : agreement.get("requirements")) {
            if (finding.requirementCategory().equals(requirement.get("category").asString())) {
                requirementId = requirement.get("id").asString();
            }
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("agreementId", agreementId);
        body.put("requirementId", requirementId);
        body.put("evidence", finding.evidence());
        body.put("evidenceSource", finding.evidenceSource());
        body.put("observedOn", inDays(-finding.observedDaysAgo()));
        body.put("severity", finding.severity());
        body.put("planDueOn", inDays(finding.planDueInDays()));
        body.put("goalImpact", finding.goalImpact());
        HttpResponse<String> response = post("/api/v1/findings", json(body));
        expect(201, response);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private void submitPlan(String findingId, String analysis, List<PlannedAction> actions) {
        List<Map<String, String>> planned = actions.stream().map(action -> Map.of("description", action.description(),
                "responsible", action.responsible(), "dueOn", inDays(action.dueInDays()),
                "expectedEffect", action.expectedEffect())).toList();
        expect(200, post("/api/v1/findings/" + findingId + "/action-plans",
                JSON.writeValueAsString(Map.of("analysis", analysis, "actions", planned))));
    }

    /** The day that many days from today, as the services count days (UTC). */
    private static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    /** Drafts it, waiting while the orderer side has not yet heard of a just-registered provider. */
    private String draft(Agreement agreement, String boardId, String providerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("boardId", boardId);
        body.put("providerId", providerId);
        body.put("title", agreement.title());
        body.put("route", agreement.route());
        body.put("serviceArea", agreement.serviceArea());
        body.put("startsOn", agreement.startsOn());
        body.put("endsOn", agreement.endsOn());
        body.put("annualValueSek", agreement.annualValueSek());
        body.put("valueLevel", agreement.valueLevel());
        body.put("impactLevel", agreement.impactLevel());
        body.put("contractManager", agreement.board().equals("VON") ? "von.avtal" : null);
        body.put("rulebookReference", agreement.rulebook());
        body.put("tenderReference", agreement.tender());
        body.put("awardedOn", agreement.awardedOn());
        body.put("standstillEndsOn", agreement.standstillEndsOn());
        body.put("requirements", JSON.readTree(DEMO_REQUIREMENTS));
        String json = JSON.writeValueAsString(body);
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> response = post("/api/v1/agreements", json);
            if (response.statusCode() == 201) {
                return JSON.readTree(response.body()).get("id").asString();
            }
            if (response.statusCode() != 400 || !response.body().contains("\"unknown\"")
                    || System.nanoTime() > giveUp) {
                throw new IllegalStateException("Demodata: avtalet '" + agreement.title() + "' kunde inte läggas in: "
                        + response.statusCode() + " " + response.body());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("avbruten", e);
            }
        }
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Demodata kunde inte läsas in: " + response.request().uri() + " svarade "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static Map<Integer, Integer> ordered(int year1, int value1, int year2, int value2, int year3, int value3) {
        Map<Integer, Integer> targets = new LinkedHashMap<>();
        targets.put(year1, value1);
        targets.put(year2, value2);
        targets.put(year3, value3);
        return targets;
    }

    private static String councilGoals() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mandatePeriod", MANDATE_PERIOD);
        body.put("vision", VISION);
        body.put("councilProgramme", COUNCIL_PROGRAMME);
        List<Map<String, String>> goals = new ArrayList<>();
        for (CouncilGoal goal : COUNCIL_GOALS) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", goal.title());
            fields.put("description", goal.description());
            fields.put("goalArea", goal.goalArea());
            goals.add(fields);
        }
        body.put("goals", goals);
        return JSON.writeValueAsString(body);
    }

    /** The ids of the council goals of the mandate period, by title, as the council adopted them. */
    private Map<String, String> councilGoalIds() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                gateway.resolve("/api/v1/council-goals/" + MANDATE_PERIOD)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Demodata: KF-målen för " + MANDATE_PERIOD + " hittades inte: "
                    + response.body());
        }
        Map<String, String> ids = new LinkedHashMap<>();
        JSON.readTree(response.body()).get("goals").forEach(goal -> ids.put(goal.get("title").asString(),
                goal.get("id").asString()));
        return ids;
    }

    private static String boardGoals(Map<String, String> councilGoalIds) {
        List<Map<String, Object>> goals = new ArrayList<>();
        for (BoardGoal goal : BOARD_GOALS) {
            String councilGoal = councilGoalIds.get(goal.councilGoalTitle());
            if (councilGoal == null) {
                throw new IllegalStateException("Demodata: KF-målet '" + goal.councilGoalTitle() + "' finns inte för "
                        + MANDATE_PERIOD + " (KF har antagit andra mål).");
            }
            List<Map<String, Object>> indicators = new ArrayList<>();
            for (Indicator indicator : goal.indicators()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("name", indicator.name());
                fields.put("unit", indicator.unit());
                fields.put("direction", indicator.direction());
                fields.put("concernsPeople", indicator.concernsPeople());
                fields.put("breakdowns", indicator.breakdowns());
                if (indicator.measureCode() != null) {
                    fields.put("measureCode", indicator.measureCode());
                    fields.put("aggregation", indicator.aggregation());
                }
                fields.put("targets", indicator.targets().entrySet().stream()
                        .map(target -> Map.of("year", target.getKey(), "value", target.getValue())).toList());
                indicators.add(fields);
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", goal.title());
            fields.put("description", goal.description());
            fields.put("councilGoalId", councilGoal);
            fields.put("indicators", indicators);
            goals.add(fields);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mandatePeriod", MANDATE_PERIOD);
        body.put("goals", goals);
        return JSON.writeValueAsString(body);
    }

    private String boardId(String shortName) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                gateway.resolve("/api/v1/boards?size=100")).GET());
        if (response.statusCode() == 200) {
            for (JsonNode board : JSON.readTree(response.body()).get("content")) {
                if (shortName.equals(board.get("shortName").asString())) {
                    return board.get("id").asString();
                }
            }
        }
        throw new IllegalStateException("Demodata: nämnden " + shortName + " hittades inte: " + response.body());
    }

    /** Creates and publishes the specification unless it has a published version already; true when it was published now. */
    private boolean publish(StatisticsSpecification specification) {
        String boardId = boardId(specification.boardShortName());
        HttpResponse<String> created = post("/api/v1/statistics-specifications", json(Map.of("boardId", boardId,
                "serviceArea", specification.serviceArea())));
        String id = isNew(created) ? JSON.readTree(created.body()).get("id").asString()
                : only(get("/api/v1/statistics-specifications?boardId=" + boardId + "&serviceArea="
                + specification.serviceArea())).get("id").asString();
        if (!JSON.readTree(get("/api/v1/statistics-specifications/" + id).body()).get("latestVersion").isNull()) {
            return false;
        }
        List<Map<String, Object>> measures = specification.measures().stream().map(measure -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("code", measure.code());
            fields.put("name", measure.name());
            fields.put("definition", measure.definition());
            fields.put("category", measure.category());
            fields.put("valueType", measure.valueType());
            fields.put("unit", measure.unit());
            fields.put("frequency", measure.frequency());
            fields.put("breakdowns", measure.breakdowns());
            fields.putAll(measure.more());
            return fields;
        }).toList();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("validFrom", specification.validFrom());
        draft.put("ageBands", specification.ageBands());
        draft.put("measures", measures);
        expect(200, send(HttpRequest.newBuilder(gateway.resolve("/api/v1/statistics-specifications/" + id
                + "/draft")).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                JSON.writeValueAsString(draft), StandardCharsets.UTF_8))));
        expect(201, post("/api/v1/statistics-specifications/" + id + "/publish", ""));
        return true;
    }

    private static JsonNode only(HttpResponse<String> list) {
        expect(200, list);
        JsonNode content = JSON.readTree(list.body()).get("content");
        if (content == null || content.size() != 1) {
            throw new IllegalStateException("Demodata: " + list.request().uri() + " svarade " + list.body());
        }
        return content.get(0);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).GET());
    }

    /** True when created; false when it existed already (409, or a unit's name taken); anything else is an error. */
    private static boolean isNew(HttpResponse<String> response) {
        if (response.statusCode() == 201) {
            return true;
        }
        if (response.statusCode() == 409 || response.statusCode() == 400 && response.body().contains("\"unique\"")) {
            return false;
        }
        throw new IllegalStateException("Demodata kunde inte läsas in: " + response.request().uri() + " svarade "
                + response.statusCode() + ": " + response.body());
    }

    private String existingProviderId(String organisationNumber) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                gateway.resolve("/api/v1/providers?organisationNumber=" + organisationNumber)).GET());
        JsonNode content = JSON.readTree(response.body()).get("content");
        if (response.statusCode() != 200 || content == null || content.isEmpty()) {
            throw new IllegalStateException("Demodata: utföraren " + organisationNumber + " finns men hittades inte: "
                    + response.body());
        }
        return content.get(0).get("id").asString();
    }

    private HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(gateway.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + token);
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Demodata kunde inte läsas in: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("avbruten", e);
        }
    }

    private static String json(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }
}
