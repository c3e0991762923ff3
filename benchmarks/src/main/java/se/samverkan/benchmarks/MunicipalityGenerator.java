package se.samverkan.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * Loads a generated municipality through the services' public APIs, as its officials and providers
 * would: the administrator sets up boards, council and board goals, statistics specifications,
 * providers with their units and signed LOV agreements; then every provider reports every unit's
 * monthly statistics (kvinnor/män, age bands, area). Nothing is written to a database directly, so
 * the events flow as in production and the read models of transparency- and reporting-service are
 * built by them.
 */
final class MunicipalityGenerator {

    static final String MANDATE_PERIOD = "2023-2026";
    static final List<String> AGE_BANDS = List.of("0-19", "20-64", "65-79", "80-");
    private static final List<String> SERVICE_AREAS = List.of("HOME_CARE", "RESIDENTIAL_CARE", "LSS",
            "DAILY_ACTIVITY", "PRESCHOOL", "COMPULSORY_SCHOOL", "YOUTH_CENTRE", "SWIMMING_HALL", "SNOW_CLEARING");
    private static final List<String> BOARD_NAMES = List.of("Äldrenämnden", "Socialnämnden", "Funktionsstödsnämnden",
            "Arbetsmarknadsnämnden", "Förskolenämnden", "Utbildningsnämnden", "Kulturnämnden", "Idrottsnämnden",
            "Trafiknämnden", "Stadsdelsnämnd Norr", "Stadsdelsnämnd Söder", "Stadsdelsnämnd Väster",
            "Stadsdelsnämnd Öster", "Stadsdelsnämnd Centrum");

    /** A generated provider: its ids, board and units. */
    record Provider(String id, String organisationId, int board, List<String> unitIds, List<String> unitAreas) {
    }

    /** A generated board: its id, service area and the measure codes of its specification. */
    record Board(String id, String organisationId, String serviceArea, List<String> measures) {
    }

    /** What was loaded, for the measurements that follow. */
    record Municipality(List<Board> boards, List<Provider> providers, long submissions, Duration took) {
    }

    /** Mints tokens for generated users: administrator and provider users of generated organisations. */
    interface Tokens {
        String admin();

        String providerUser(String organisationId);
    }

    private final Scale scale;
    private final URI orderer;
    private final URI producer;
    private final Tokens tokens;
    private final Consumer<String> log;
    private final Http http = new Http();

    MunicipalityGenerator(Scale scale, URI orderer, URI producer, Tokens tokens, Consumer<String> log) {
        this.scale = scale;
        this.orderer = orderer;
        this.producer = producer;
        this.tokens = tokens;
        this.log = log;
    }

    Municipality load(int parallelism) {
        Instant begin = Instant.now();
        String admin = tokens.admin();
        List<Board> boards = boards(admin);
        log.accept("Generator: " + boards.size() + " nämnder med mål, indikatorer och statistikspecifikationer.");
        List<Provider> providers = providers(admin, boards, parallelism);
        log.accept("Generator: " + providers.size() + " utförare, " + scale.units() + " enheter, "
                + providers.size() + " avtal.");
        long submissions = statistics(boards, providers, parallelism);
        Duration took = Duration.between(begin, Instant.now());
        log.accept("Generator: " + submissions + " inlämningar av månadsstatistik på " + took.toSeconds() + " s.");
        return new Municipality(boards, providers, submissions, took);
    }

    private List<Board> boards(String admin) {
        http.expect(201, http.send("POST", orderer.resolve("/api/v1/council-goals"), admin, Map.of(
                "mandatePeriod", MANDATE_PERIOD,
                "vision", "En stad där alla kan leva ett gott liv",
                "councilProgramme", "Mål och budget " + MANDATE_PERIOD,
                "goals", List.of(
                        Map.of("title", "Välfärden håller hög kvalitet för alla", "goalArea", "SOCIAL"),
                        Map.of("title", "Staden är hållbar och klimatsmart", "goalArea", "ECOLOGICAL"),
                        Map.of("title", "En ekonomi i balans", "goalArea", "ECONOMIC")))));
        JsonNode councilGoals = http.expect(200, http.send("GET",
                orderer.resolve("/api/v1/council-goals/" + MANDATE_PERIOD), admin, null));
        String councilGoal = councilGoals.get("goals").get(0).get("id").asString();

        List<Board> boards = new ArrayList<>();
        for (int b = 0; b < scale.boards(); b++) {
            String name = b < BOARD_NAMES.size() ? BOARD_NAMES.get(b) : "Nämnd " + (b + 1);
            JsonNode board = http.expect(201, http.send("POST", orderer.resolve("/api/v1/boards"), admin, Map.of(
                    "name", name, "shortName", "GEN" + (b + 1))));
            String boardId = board.get("id").asString();
            String serviceArea = SERVICE_AREAS.get(b % SERVICE_AREAS.size());
            List<String> measures = new ArrayList<>();
            for (int m = b; m < scale.indicators(); m += scale.boards()) {
                measures.add("GEN_M" + String.format("%02d", m + 1));
            }
            publishSpecification(admin, boardId, serviceArea, measures);
            adoptGoals(admin, boardId, councilGoal, measures);
            boards.add(new Board(boardId, board.get("organisationId").asString(), serviceArea, measures));
        }
        return boards;
    }

    private void publishSpecification(String admin, String boardId, String serviceArea, List<String> measures) {
        JsonNode created = http.expect(201, http.send("POST", orderer.resolve("/api/v1/statistics-specifications"),
                admin, Map.of("boardId", boardId, "serviceArea", serviceArea)));
        String id = created.get("id").asString();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String code : measures) {
            Map<String, Object> measure = new LinkedHashMap<>();
            measure.put("code", code);
            measure.put("name", "Antal brukare, mått " + code.substring(5));
            measure.put("definition", "Genererat mått för prestandamätningen.");
            measure.put("category", "VOLUME");
            measure.put("valueType", "COUNT");
            measure.put("unit", "brukare");
            measure.put("frequency", "MONTHLY");
            measure.put("breakdowns", List.of("GENDER", "AGE_BAND", "AREA"));
            fields.add(measure);
        }
        http.expect(200, http.send("PUT", orderer.resolve("/api/v1/statistics-specifications/" + id + "/draft"), admin,
                Map.of("validFrom", scale.firstMonth().atDay(1).toString(), "ageBands", AGE_BANDS,
                        "measures", fields)));
        http.expect(201, http.send("POST", orderer.resolve("/api/v1/statistics-specifications/" + id + "/publish"),
                admin, null));
    }

    private void adoptGoals(String admin, String boardId, String councilGoal, List<String> measures) {
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (String code : measures) {
            Map<String, Object> indicator = new LinkedHashMap<>();
            indicator.put("name", "Antal brukare, mått " + code.substring(5));
            indicator.put("unit", "antal");
            indicator.put("direction", "INCREASE");
            indicator.put("concernsPeople", true);
            indicator.put("breakdowns", List.of("GENDER", "AGE_BAND", "AREA"));
            indicator.put("measureCode", code);
            indicator.put("aggregation", "SUM");
            indicator.put("targets", List.of(Map.of("year", 2023, "value", 1000), Map.of("year", 2024, "value", 1100),
                    Map.of("year", 2025, "value", 1200), Map.of("year", 2026, "value", 1300)));
            indicators.add(indicator);
        }
        http.expect(201, http.send("POST", orderer.resolve("/api/v1/boards/" + boardId + "/goals"), admin, Map.of(
                "mandatePeriod", MANDATE_PERIOD,
                "goals", List.of(Map.of("title", "Fler får stöd i tid", "description", "Genererat nämndmål.",
                        "councilGoalId", councilGoal, "indicators", indicators)))));
    }

    private List<Provider> providers(String admin, List<Board> boards, int parallelism) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<Provider>> futures = new ArrayList<>();
            for (int p = 0; p < scale.providers(); p++) {
                int index = p;
                futures.add(pool.submit(() -> provider(admin, index, boards)));
            }
            List<Provider> providers = new ArrayList<>();
            for (Future<Provider> future : futures) {
                providers.add(future.get());
            }
            return providers;
        } catch (Exception e) {
            throw new IllegalStateException("Generatorn kunde inte lägga in utförarna: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Provider provider(String admin, int p, List<Board> boards) {
        int boardIndex = p % boards.size();
        Board board = boards.get(boardIndex);
        String organisationId = "provider-gen-" + (p + 1);
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("name", "Utförare " + (p + 1) + (p % 10 == 0 ? " (egen regi)" : " AB"));
        registration.put("legalForm", p % 10 == 0 ? "KOMMUNAL_EGENREGI" : "AKTIEBOLAG");
        registration.put("organisationNumber", organisationNumber(p));
        registration.put("organisationId", organisationId);
        String providerId = http.expect(201, http.send("POST", producer.resolve("/api/v1/providers"), admin,
                registration)).get("id").asString();
        List<String> unitIds = new ArrayList<>();
        List<String> areas = new ArrayList<>();
        for (int u = 0; u < scale.unitsPerProvider(); u++) {
            String area = "Område " + (1 + (p * scale.unitsPerProvider() + u) % scale.areas());
            JsonNode unit = http.expect(201, http.send("POST", producer.resolve("/api/v1/providers/" + providerId
                    + "/units"), admin, Map.of("name", "Enhet " + (p + 1) + "." + (u + 1), "serviceArea",
                    board.serviceArea(), "area", area, "openedOn", "2020-01-01")));
            unitIds.add(unit.get("id").asString());
            areas.add(area);
        }
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("boardId", board.id());
        agreement.put("providerId", providerId);
        agreement.put("title", "Auktorisation, utförare " + (p + 1));
        agreement.put("route", "LOV");
        agreement.put("serviceArea", board.serviceArea());
        agreement.put("startsOn", "2020-01-01");
        agreement.put("annualValueSek", 5_000_000 + 10_000L * p);
        agreement.put("valueLevel", "HIGH");
        agreement.put("impactLevel", "HIGH");
        agreement.put("rulebookReference", "Förfrågningsunderlag enligt LOV");
        agreement.put("requirements", Http.JSON.readTree(REQUIREMENTS));
        String agreementId = http.await(201, "POST", orderer.resolve("/api/v1/agreements"), admin, agreement)
                .get("id").asString();
        http.expect(200, http.send("POST", orderer.resolve("/api/v1/agreements/" + agreementId + "/sign"), admin, "{}"));
        return new Provider(providerId, organisationId, boardIndex, unitIds, areas);
    }

    private long statistics(List<Board> boards, List<Provider> providers, int parallelism) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        AtomicLong done = new AtomicLong();
        long total = scale.submissions();
        Instant begin = Instant.now();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Provider provider : providers) {
                futures.add(pool.submit(() -> {
                    String token = tokens.providerUser(provider.organisationId());
                    Board board = boards.get(provider.board());
                    for (int u = 0; u < provider.unitIds().size(); u++) {
                        for (int month = 0; month < scale.months(); month++) {
                            YearMonth period = scale.firstMonth().plusMonths(month);
                            Map<String, Object> body = submission(board, provider.unitIds().get(u),
                                    provider.unitAreas().get(u), period, 0);
                            // the first submission of a unit may come before producer-service has read the
                            // agreement and the specification: it answers 400 for that moment
                            if (u == 0 && month == 0) {
                                http.await(201, "POST", producer.resolve("/api/v1/providers/" + provider.id()
                                        + "/statistics"), token, body);
                            } else {
                                http.expect(201, http.send("POST", producer.resolve("/api/v1/providers/"
                                        + provider.id() + "/statistics"), token, body));
                            }
                            long n = done.incrementAndGet();
                            if (n % 5_000 == 0) {
                                long seconds = Math.max(1, Duration.between(begin, Instant.now()).toSeconds());
                                log.accept("Generator: " + n + " av " + total + " inlämningar (" + n / seconds
                                        + " per sekund)");
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return done.get();
        } catch (Exception e) {
            throw new IllegalStateException("Generatorn kunde inte lämna statistiken: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One unit's statistics for one month; {@code variant} changes the figures (a correction). */
    static Map<String, Object> submission(Board board, String unitId, String area, YearMonth period, int variant) {
        List<Map<String, Object>> values = new ArrayList<>();
        int seed = Math.floorMod((unitId + period).hashCode(), 1000);
        for (int m = 0; m < board.measures().size(); m++) {
            int total = 40 + (seed + 37 * m + variant) % 160;
            int women = total * 58 / 100;
            int[] bands = {total * 5 / 100, total * 25 / 100, total * 35 / 100};
            Map<String, Object> byAgeBand = new LinkedHashMap<>();
            byAgeBand.put(AGE_BANDS.get(0), bands[0]);
            byAgeBand.put(AGE_BANDS.get(1), bands[1]);
            byAgeBand.put(AGE_BANDS.get(2), bands[2]);
            byAgeBand.put(AGE_BANDS.get(3), total - bands[0] - bands[1] - bands[2]);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("measure", board.measures().get(m));
            value.put("value", total);
            value.put("byGender", Map.of("K", women, "M", total - women, "T", total));
            value.put("byAgeBand", byAgeBand);
            value.put("byArea", Map.of(area, total));
            values.add(value);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("period", period.toString());
        body.put("values", values);
        return body;
    }

    /** A valid organisation number (Luhn check digit), one per generated provider. */
    static String organisationNumber(int i) {
        String nine = String.valueOf(559_100_000 + i);
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            int digit = nine.charAt(k) - '0';
            if (k % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        int check = (10 - sum % 10) % 10;
        return nine.substring(0, 6) + "-" + nine.substring(6) + check;
    }

    private static final String REQUIREMENTS = """
            [{"category":"BASIC_QUALITY","text":"Varje brukare har en fast kontaktperson och en genomförandeplan.","followUpMethod":"USER_SURVEY"},
             {"category":"ACTIVITY_GOALS","text":"Verksamheten bidrar till nämndens mål.","followUpMethod":"STATISTICS"},
             {"category":"ENVIRONMENTAL_SUSTAINABILITY","text":"Tjänsteresor görs med fossilfria fordon.","followUpMethod":"DOCUMENT_REVIEW"},
             {"category":"LABOUR_CONDITIONS","text":"Lön, semester, arbetstid, pension och försäkring minst enligt kollektivavtal.","followUpMethod":"DOCUMENT_REVIEW"},
             {"category":"FOLLOW_UP_DUTY","text":"Lämnar statistik enligt nämndens specifikation.","followUpMethod":"STATISTICS"},
             {"category":"PUBLIC_INSIGHT_DUTY","text":"Lämnar på begäran information så att allmänheten får insyn.","followUpMethod":"DOCUMENT_REVIEW"}]""";
}
