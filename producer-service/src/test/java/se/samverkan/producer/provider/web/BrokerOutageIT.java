package se.samverkan.producer.provider.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.ChaosProxy;
import se.samverkan.defaults.testing.TestInfrastructure;

/**
 * A user's request succeeds while the broker is unreachable; its event waits in the outbox and
 * is delivered once the broker is back. The broker is "stopped" for this service alone by
 * cutting a proxy in front of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerOutageIT {

    private static ChaosProxy proxy;
    private static String[] broker;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
        broker = TestInfrastructure.rabbit();
        proxy = ChaosProxy.start(broker[0], Integer.parseInt(broker[1]));
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", () -> proxy.port());
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aRegistrationDuringABrokerOutageSucceedsAndItsEventIsDeliveredAfterwards() throws Exception {
        CachingConnectionFactory direct = new CachingConnectionFactory(broker[0], Integer.parseInt(broker[1]));
        RabbitAdmin admin = new RabbitAdmin(direct);
        String observer = null;
        try {
            observer = admin.declareQueue(new Queue(topology.queue("observer-" + UUID.randomUUID()), false,
                    false, false));
            admin.declareExchange(new TopicExchange(topology.ownExchange(), true, false));
            admin.declareBinding(BindingBuilder.bind(new Queue(observer)).to(new TopicExchange(topology.ownExchange()))
                    .with(EventTypes.PROVIDER_REGISTERED_V1.name()));
            RabbitTemplate observe = new RabbitTemplate(direct);

            proxy.cut();
            HttpResponse<String> response = ApiClient.onPort(port).as(Role.CONTRACT_MANAGER, "board-von").post(
                    "/api/v1/providers",
                    "{\"name\":\"Kooperativet Humlan\",\"legalForm\":\"KOOPERATIV\",\"organisationNumber\":\"802345-6125\"}");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            Thread.sleep(1_000);
            Document stored = mongo.getCollection("providers").find().first();
            assertThat(stored.getList("outbox", Document.class)).as("the event waits in the outbox").hasSize(1);
            assertThat(observe.receive(observer, 500)).as("nothing got through while the broker was down").isNull();

            proxy.restore();
            Message message = observe.receive(observer, 30_000);
            assertThat(message).as("delivered after the broker returned").isNotNull();
            assertThat(EventJson.read(message.getBody(), EventTypes.PROVIDER_REGISTERED_V1).payload().organisationNumber())
                    .isEqualTo("802345-6125");
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    mongo.getCollection("providers").find().first().getList("outbox", Document.class).isEmpty());
        } finally {
            if (observer != null) {
                admin.deleteQueue(observer);
            }
            direct.destroy();
        }
    }
}
