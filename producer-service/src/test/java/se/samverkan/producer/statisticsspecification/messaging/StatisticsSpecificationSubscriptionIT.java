package se.samverkan.producer.statisticsspecification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.TestInfrastructure;

@SpringBootTest
class StatisticsSpecificationSubscriptionIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;

    @Test
    void aPublishedStatisticsSpecificationWaitsInProducerServicesQueue() throws Exception {
        byte[] example;
        try (InputStream in = getClass().getResourceAsStream(
                EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.exampleResource())) {
            example = in.readAllBytes();
        }

        rabbit.send(topology.exchangeOf(EventTypes.ORDERER_SERVICE),
                EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1.name(), MessageBuilder.withBody(example).build());

        Message waiting = rabbit.receive(topology.queue(StatisticsSpecificationSubscription.PURPOSE), 10_000);
        assertThat(waiting).as("the event waits in " + topology.queue(StatisticsSpecificationSubscription.PURPOSE))
                .isNotNull();
        assertThat(EventJson.read(waiting.getBody(), EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1).payload()
                .serviceArea()).isEqualTo("HOME_CARE");
        assertThat(new String(waiting.getBody(), StandardCharsets.UTF_8)).contains("board-von");
    }
}
