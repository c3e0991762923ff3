package se.samverkan.apphost;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The demo municipality, Vallby kommun (fictional): two orderer boards and ten providers, the
 * in-house production among them on the same terms as the private ones. Loaded through the
 * gateway's public API, like any client would; loading it again changes nothing, because the
 * services refuse a second board or provider with the same name or organisation number.
 */
final class DemoData {

    record Board(String name, String shortName) {
    }

    record Provider(String name, String legalForm, String organisationNumber) {
    }

    static final List<Board> BOARDS = List.of(
            new Board("Vård- och omsorgsnämnden", "VON"),
            new Board("Barn- och utbildningsnämnden", "BUN"));

    static final List<Provider> PROVIDERS = List.of(
            new Provider("Vallby kommun, produktionsförvaltningen", "KOMMUNAL_EGENREGI", "212000-0142"),
            new Provider("Omsorgsgruppen Norr AB", "AKTIEBOLAG", "556677-8899"),
            new Provider("Trygga Hem Hemtjänst AB", "AKTIEBOLAG", "556712-3459"),
            new Provider("Ekbackens Äldreboende AB", "AKTIEBOLAG", "556890-1234"),
            new Provider("Förskolan Äppelträdet AB", "AKTIEBOLAG", "559034-5673"),
            new Provider("Solrosens förskola ekonomisk förening", "EKONOMISK_FORENING", "769612-3459"),
            new Provider("Kooperativet Lärkan", "KOOPERATIV", "769623-4561"),
            new Provider("Stiftelsen Vallby Diakoni", "STIFTELSE", "802002-4280"),
            new Provider("Föreningen Vallbygårdens Vänner", "IDEELL_FORENING", "802456-7896"),
            new Provider("Åkerbo Omsorg AB", "AKTIEBOLAG", "556345-6788"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI gateway;
    private final Consumer<String> log;

    DemoData(URI gateway, Consumer<String> log) {
        this.gateway = gateway;
        this.log = log;
    }

    void load() {
        int newBoards = 0;
        for (Board board : BOARDS) {
            newBoards += create("/api/v1/boards", "{\"name\":\"" + board.name() + "\",\"shortName\":\""
                    + board.shortName() + "\"}") ? 1 : 0;
        }
        int newProviders = 0;
        for (Provider provider : PROVIDERS) {
            newProviders += create("/api/v1/providers", "{\"name\":\"" + provider.name() + "\",\"legalForm\":\""
                    + provider.legalForm() + "\",\"organisationNumber\":\"" + provider.organisationNumber() + "\"}")
                    ? 1 : 0;
        }
        log.accept("Demodata (Vallby kommun): " + BOARDS.size() + " nämnder (" + newBoards + " nya), "
                + PROVIDERS.size() + " utförare (" + newProviders + " nya). Det som redan fanns lämnades orört.");
    }

    /** True when created, false when it was already there; anything else is an error. */
    private boolean create(String path, String json) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                return true;
            }
            if (response.statusCode() == 409) {
                return false;
            }
            throw new IllegalStateException("Demodata kunde inte läsas in: " + path + " svarade "
                    + response.statusCode() + ": " + response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Demodata kunde inte läsas in: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("avbruten", e);
        }
    }
}
