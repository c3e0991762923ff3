package se.samverkan.producer.resultunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestData;

/** Makes in-house providers, result units, months and sales through the API, as their owners do. */
public final class ResultUnitFixtures {

    private static final AtomicInteger NUMBERS = new AtomicInteger(700_000);

    private final ApiClient api;
    private final Set<String> inHouse = ConcurrentHashMap.newKeySet();

    public ResultUnitFixtures(ApiClient anonymous) {
        this.api = anonymous;
    }

    /** Registers the in-house provider (KOMMUNAL_EGENREGI) run by the organisation; answers its id. */
    public String inHouseProvider(String organisation) {
        return provider(organisation, "KOMMUNAL_EGENREGI");
    }

    public String provider(String organisation, String legalForm) {
        HttpResponse<String> created = api.as(Role.ADMINISTRATOR, "ks-klk").post("/api/v1/providers",
                "{\"name\":\"Utförare " + organisation + "\",\"legalForm\":\"" + legalForm + "\",\"organisationNumber\":\""
                + TestData.organisationNumber(NUMBERS.incrementAndGet()) + "\",\"organisationId\":\"" + organisation
                + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        inHouse.add(organisation);
        return ApiClient.json(created).get("id").asString();
    }

    public ApiClient board(String organisation) {
        return api.as(Role.PRODUCTION_BOARD, organisation);
    }

    /** A new result unit of the organisation's in-house provider (registered on first use); answers the unit's id. */
    public String unit(String organisation) {
        if (!inHouse.contains(organisation)) {
            inHouseProvider(organisation);
        }
        HttpResponse<String> created = board(organisation).post("/api/v1/result-units", registration("HOME_CARE"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    /** A unit with a 2026 budget and an open January 2026 within budget. */
    public String unitWithOpenJanuary(String organisation) {
        String id = unit(organisation);
        expect(200, board(organisation).send("PUT", "/api/v1/result-units/" + id + "/budgets/2026",
                "{\"revenues\":12000000,\"costs\":11400000}"));
        expect(200, board(organisation).send("PUT", "/api/v1/result-units/" + id + "/months/2026-01",
                "{\"revenues\":1000000,\"costs\":950000}"));
        return id;
    }

    /** A unit with a sale that needs the consent of the board; answers "unitId/sales/saleId". */
    public String sale(String organisation, String ordererBoard) {
        String id = unit(organisation);
        HttpResponse<String> sale = board(organisation).post("/api/v1/result-units/" + id + "/sales",
                "{\"buyerMunicipality\":\"Grannby kommun\",\"service\":\"Hemtjänst\",\"annualAmount\":250000,"
                + "\"ordererBoard\":\"" + ordererBoard + "\"}");
        expect(201, sale);
        return id + "/sales/" + ApiClient.json(sale).get("id").asString();
    }

    /** A sale the board consented to; answers "unitId/sales/saleId". */
    public String consentedSale(String organisation, String ordererBoard) {
        String path = sale(organisation, ordererBoard);
        expect(200, api.as(Role.ORDERER_OFFICIAL, ordererBoard).post("/api/v1/result-units/" + path + "/decision",
                "{\"decision\":\"CONSENT\",\"reason\":\"Belastar inte kommunens ekonomi\"}"));
        return path;
    }

    /** A sale that has started; answers "unitId/sales/saleId". */
    public String startedSale(String organisation, String ordererBoard) {
        String path = consentedSale(organisation, ordererBoard);
        expect(200, board(organisation).post("/api/v1/result-units/" + path + "/start", "{}"));
        return path;
    }

    /** A dialogue meeting recorded by the organisation's production board; answers its id. */
    public String dialogueMeeting(String organisation) {
        if (!inHouse.contains(organisation)) {
            inHouseProvider(organisation);
        }
        HttpResponse<String> created = expect(201, board(organisation).post("/api/v1/dialogue-meetings", meeting()));
        return ApiClient.json(created).get("id").asString();
    }

    public static String meeting() {
        return "{\"heldOn\":\"2026-10-12\",\"season\":\"AUTUMN\",\"participants\":[\"Kommundirektör\","
                + "\"Produktionsdirektör\"],\"agenda\":[\"Budget 2027\",\"Marknadsandelar\"],"
                + "\"decisions\":[\"Resultatkrav 2027: 5 %\"]}";
    }

    public static String registration(String serviceArea) {
        return "{\"name\":\"Enhet " + UUID.randomUUID() + "\",\"serviceArea\":\"" + serviceArea
                + "\",\"firstYear\":2026,\"equityBroughtForward\":0}";
    }

    public static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
