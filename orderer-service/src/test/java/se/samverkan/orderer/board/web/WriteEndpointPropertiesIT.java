package se.samverkan.orderer.board.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

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
import se.samverkan.orderer.OrdererServiceApplication;

/**
 * Generated bad input against every write endpoint of orderer-service: never a 5xx, every
 * rejection a problem detail, and a rejected request stores nothing.
 */
class WriteEndpointPropertiesIT {

    private static RunningService service;
    private static ApiClient api;
    private static MongoTemplate mongo;

    @BeforeContainer
    static void start() {
        service = RunningService.start(OrdererServiceApplication.class);
        api = service.api().as(Role.ADMINISTRATOR, "ks-klk");
        mongo = service.mongo();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 300)
    void creatingABoardNeverFailsWithA5xxAndARejectionStoresNothing(@ForAll("boardBodies") String body) {
        long before = mongo.getCollection("boards").countDocuments();

        HttpResponse<String> response = api.post("/api/v1/boards", body);

        BadInput.assertCreatedOrRejectedCleanly(response, body);
        if (response.statusCode() != 201) {
            assertThat(mongo.getCollection("boards").countDocuments()).as(body).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void assigningServiceAreasNeverFailsWithA5xxAndARejectionChangesNothing(@ForAll("serviceAreaBodies") String body) {
        String id = serviceAreaBoard();
        Document before = withoutOutbox(mongo.getCollection("boards").find(new Document("_id", id)).first());

        HttpResponse<String> response = api.send("PUT", "/api/v1/boards/" + id + "/service-areas", body);

        BadInput.assertAnsweredOrRejectedCleanly(response, body, 200);
        if (response.statusCode() != 200) {
            assertThat(withoutOutbox(mongo.getCollection("boards").find(new Document("_id", id)).first())).as(body)
                    .isEqualTo(before);
        }
    }

    /** The board as the request could change it: the outbox relay works on the outbox meanwhile. */
    private static Document withoutOutbox(Document board) {
        Document copy = new Document(board);
        copy.remove("outbox");
        copy.remove("outboxLease");
        return copy;
    }

    private static String serviceAreaBoard;

    private static synchronized String serviceAreaBoard() {
        if (serviceAreaBoard == null) {
            serviceAreaBoard = ApiClient.json(api.post("/api/v1/boards",
                    "{\"name\":\"Kultur- och fritidsnämnden\",\"shortName\":\"KFNSA\"}")).get("id").asString();
        }
        return serviceAreaBoard;
    }

    @Provide
    Arbitrary<String> serviceAreaBodies() {
        Map<String, Arbitrary<?>> area = new LinkedHashMap<>();
        area.put("serviceArea", Arbitraries.of("HOME_CARE", "lss", "SPACE_TRAVEL"));
        area.put("responsibleOfficial", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20));
        Map<String, Arbitrary<?>> plausible = new LinkedHashMap<>();
        plausible.put("serviceAreas", BadInput.objectWith(area).list().ofMaxSize(3));
        return BadInput.bodiesOf(BadInput.objectWith(plausible));
    }

    @Provide
    Arbitrary<String> boardBodies() {
        Map<String, Arbitrary<String>> plausible = new LinkedHashMap<>();
        plausible.put("name", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(s -> s + "nämnden"));
        plausible.put("shortName", Arbitraries.strings().withChars("ABCÅÄÖ019").ofMinLength(1).ofMaxLength(12));
        return BadInput.bodies(plausible);
    }
}
