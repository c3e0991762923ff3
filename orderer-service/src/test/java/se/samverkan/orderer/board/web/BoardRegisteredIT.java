package se.samverkan.orderer.board.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.BoardRegisteredV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;

/** A registered board is announced once, through the real broker, from the board document's own outbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardRegisteredIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    Topology topology;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    MongoTemplate mongo;

    private String observer;

    @BeforeEach
    void observe() {
        observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false, false, false));
        admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                .with(EventTypes.BOARD_REGISTERED_V1.name()));
    }

    @AfterEach
    void clean() {
        admin.deleteQueue(observer);
        mongo.getDb().drop();
    }

    @Test
    void aRegisteredBoardIsAnnouncedOnceWithTheOrganisationItsOfficialsActFor() {
        HttpResponse<String> created = ApiClient.onPort(port).as(Role.ADMINISTRATOR, "ks-klk").post("/api/v1/boards",
                "{\"name\":\"Kultur- och fritidsnämnden\",\"shortName\":\"KFN\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();

        Message message = rabbit.receive(observer, 10_000);

        assertThat(message).as("board.registered.v1 published").isNotNull();
        EventEnvelope<BoardRegisteredV1> event = EventJson.read(message.getBody(), EventTypes.BOARD_REGISTERED_V1);
        assertThat(event.organisationId()).isEqualTo("ks-klk");
        assertThat(event.correlationId()).isEqualTo(created.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertThat(event.payload()).isEqualTo(new BoardRegisteredV1(id, "Kultur- och fritidsnämnden", "KFN",
                "board-kfn", 0));
        assertThat(rabbit.receive(observer, 1_000)).as("no second copy").isNull();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mongo.getCollection("boards").find()
                .first().getList("outbox", Object.class)).as("outbox drained after the confirm").isEmpty());
    }

    @Test
    void aRefusedSecondBoardAnnouncesNothing() {
        ApiClient admin = ApiClient.onPort(port).as(Role.ADMINISTRATOR, "ks-klk");
        admin.post("/api/v1/boards", "{\"name\":\"Kultur- och fritidsnämnden\",\"shortName\":\"KFN\"}");
        assertThat(rabbit.receive(observer, 10_000)).isNotNull();

        HttpResponse<String> again = admin.post("/api/v1/boards", "{\"name\":\"kultur- och fritidsnämnden\","
                + "\"shortName\":\"KFN2\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(rabbit.receive(observer, 1_000)).isNull();
    }
}
