package se.samverkan.apphost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** The embedded broker does what the services rely on: topic routing, publisher confirms, vhost "/". */
class EmbeddedAmqpBrokerIT {

    @TempDir
    Path workDir;

    @Test
    void confirmsARoutedMessageAndNeverConfirmsAnUnroutableOne() throws Exception {
        try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0, workDir)) {
            CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", broker.port());
            connections.setUsername("guest");
            connections.setPassword("guest");
            connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
            connections.setPublisherReturns(true);
            try {
                RabbitAdmin admin = new RabbitAdmin(connections);
                TopicExchange exchange = new TopicExchange("test.producer-service", true, false);
                Queue queue = new Queue("test.transparency-service.public-providers", true, false, false);
                admin.declareExchange(exchange);
                admin.declareQueue(queue);
                admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("provider.registered.v1"));
                RabbitTemplate template = new RabbitTemplate(connections);
                template.setMandatory(true);

                CorrelationData routed = new CorrelationData(UUID.randomUUID().toString());
                template.send(exchange.getName(), "provider.registered.v1", message("hej"), routed);
                assertThat(routed.getFuture().get(10, TimeUnit.SECONDS).ack()).isTrue();
                Message received = template.receive(queue.getName(), 5000);
                assertThat(new String(received.getBody(), StandardCharsets.UTF_8)).isEqualTo("hej");

                // Qpid nacks an unroutable mandatory message where RabbitMQ acks and returns it;
                // the outbox relay keeps the event in both cases.
                CorrelationData unroutable = new CorrelationData(UUID.randomUUID().toString());
                template.send(exchange.getName(), "nobody.listens.v1", message("borta"), unroutable);
                CorrelationData.Confirm confirm = unroutable.getFuture().get(10, TimeUnit.SECONDS);
                assertThat(confirm.ack() && unroutable.getReturned() == null).isFalse();
            } finally {
                connections.destroy();
            }
        }
    }

    @Test
    void refusesAPortThatIsTaken() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedAmqpBroker.start(taken.getLocalPort(), workDir))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private static Message message(String text) {
        return MessageBuilder.withBody(text.getBytes(StandardCharsets.UTF_8)).build();
    }
}
