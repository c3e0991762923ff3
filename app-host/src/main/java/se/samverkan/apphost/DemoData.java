package se.samverkan.apphost;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo municipality, Vallby kommun (fictional): two orderer boards and ten providers with
 * their units in home care, residential care, preschool and more, the in-house production among
 * them on the same terms as the private ones. Loaded through the gateway's public API, like any
 * client would, as the demo administrator; loading it again changes nothing, because the services refuse a second board,
 * provider or unit with the same name or organisation number.
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
        log.accept("Demodata (Vallby kommun): " + BOARDS.size() + " nämnder (" + newBoards + " nya), "
                + PROVIDERS.size() + " utförare (" + newProviders + " nya), " + units + " enheter (" + newUnits
                + " nya). Det som redan fanns lämnades orört.");
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
