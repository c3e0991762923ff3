package se.samverkan.orderer.board.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void boardsAreCreatedAndListedAlphabetically() throws Exception {
        assertThat(post("{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}").statusCode()).isEqualTo(201);
        assertThat(post("{\"name\":\"Barn- och utbildningsnämnden\",\"shortName\":\"BUN\"}").statusCode()).isEqualTo(201);

        JsonNode list = json.readTree(get("/api/v1/boards").body());
        assertThat(list.get("content").findValuesAsString("shortName")).containsExactly("BUN", "VON");
    }

    @Test
    void aSecondBoardWithTheSameNameInAnotherCaseIsAConflictAndNotStored() throws Exception {
        post("{\"name\":\"Kultur- och utbildningsnämnden\",\"shortName\":\"KUN\"}");

        HttpResponse<String> again = post("{\"name\":\"kultur- och utbildningsnämnden\",\"shortName\":\"KUN2\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(mongo.getCollection("boards").countDocuments()).isEqualTo(1);
    }

    @Test
    void anInvalidBoardIsAProblemDetailNamingEveryField() throws Exception {
        HttpResponse<String> response = post("{\"shortName\":\"?\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsString("field"))
                .containsExactly("name", "shortName");
        assertThat(mongo.getCollection("boards").countDocuments()).isZero();
    }

    @Test
    void everyStateChangingRequestIsInTheAuditTrailWithItsOutcomeAndCorrelationId() throws Exception {
        HttpResponse<String> created = post("{\"name\":\"Vård- och omsorgsnämnden\",\"shortName\":\"VON\"}");
        post("{\"shortName\":\"?\"}");
        get("/api/v1/boards");
        HttpResponse<String> anonymous = ApiClient.onPort(port).post("/api/v1/boards", "{\"name\":\"X\",\"shortName\":\"X1\"}");
        HttpResponse<String> notAllowed = ApiClient.onPort(port).as(Role.ORDERER_OFFICIAL, "board-von")
                .post("/api/v1/boards", "{\"name\":\"Y\",\"shortName\":\"Y1\"}");

        JsonNode trail = json.readTree(get("/api/v1/admin/audit-log").body());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(notAllowed.statusCode()).isEqualTo(403);
        assertThat(trail.get("totalElements").asLong()).as("reads are not audited; refusals are").isEqualTo(4);
        JsonNode first = null;
        JsonNode rejected = null;
        for (JsonNode entry : trail.get("content")) {
            int status = entry.get("status").asInt();
            if (status == 400) {
                rejected = entry;
            } else if (status == 201) {
                first = entry;
            } else if (status == 401) {
                assertThat(entry.get("actor").asString()).isEqualTo("anonymous");
                assertThat(entry.get("organisation").isNull()).isTrue();
            } else {
                assertThat(status).isEqualTo(403);
                assertThat(entry.get("actor").asString()).isEqualTo("orderer-official@board-von");
                assertThat(entry.get("organisation").asString()).isEqualTo("board-von");
                assertThat(entry.get("outcome").asString()).isEqualTo("REJECTED");
            }
        }
        assertThat(first.get("actor").asString()).as("the token's preferred_username").isEqualTo("administrator@ks-klk");
        assertThat(first.get("organisation").asString()).isEqualTo("ks-klk");
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(first.get("action").asString()).isEqualTo("http.POST");
        assertThat(first.get("target").asString()).isEqualTo("/api/v1/boards");
        assertThat(first.get("outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("correlationId").asString())
                .isEqualTo(created.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void healthReportsMongoAndRabbitUp() throws Exception {
        JsonNode health = json.readTree(get("/actuator/health").body());

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("rabbit").get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    private HttpResponse<String> post(String body) {
        return api().post("/api/v1/boards", body);
    }

    private HttpResponse<String> get(String path) {
        return api().get(path);
    }

    private ApiClient api() {
        return ApiClient.onPort(port).as(Role.ADMINISTRATOR, "ks-klk");
    }
}
