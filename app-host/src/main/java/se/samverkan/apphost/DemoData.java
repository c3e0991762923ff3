package se.samverkan.apphost;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * 2023–2026 and VON's board goals with their indicators. Loaded through the gateway's public API,
 * like any client would, as the demo administrator; loading it again changes nothing, because the
 * services refuse a second board, provider or unit with the same name or organisation number, and
 * second goals for the same mandate period.
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

    /** targets: year → target value, in year order. */
    record Indicator(String name, String unit, String direction, boolean concernsPeople, List<String> breakdowns,
                     Map<Integer, Integer> targets) {
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
                            List.of("GENDER", "AGE_BAND", "AREA"), ordered(2024, 88, 2025, 90, 2026, 92)),
                    new Indicator("Antal personal som en brukare möter under 14 dagar", "antal", "DECREASE", true,
                            List.of("GENDER"), ordered(2024, 15, 2025, 14, 2026, 12)))),
            new BoardGoal("Omsorgens transporter blir fossilfria", null, "Kommunens klimatavtryck ska minska",
                    List.of(new Indicator("Andel fossilfria fordon i hemtjänsten", "procent", "INCREASE", false,
                            List.of("AREA"), ordered(2024, 40, 2025, 60, 2026, 80)))));

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
        log.accept("Demodata (Vallby kommun): " + BOARDS.size() + " nämnder (" + newBoards + " nya), "
                + PROVIDERS.size() + " utförare (" + newProviders + " nya), " + units + " enheter (" + newUnits
                + " nya), " + COUNCIL_GOALS.size() + " KF-mål för " + MANDATE_PERIOD + (newCouncilGoals ? " (nya)" : "")
                + ", " + BOARD_GOALS.size() + " nämndmål för " + GOALS_BOARD + (newBoardGoals ? " (nya)" : "")
                + ". Det som redan fanns lämnades orört.");
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

    private static String json(Map<String, String> fields) {
        return JSON.writeValueAsString(fields);
    }
}
