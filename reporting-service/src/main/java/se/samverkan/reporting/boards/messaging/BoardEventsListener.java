package se.samverkan.reporting.boards.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import se.samverkan.contracts.EventTypes;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.reporting.boards.application.BoardDirectory;

/**
 * Feeds the boards read model from orderer-service's {@code board.registered.v1}. No
 * {@code ReadModel} bean: resync is answered by producer-service only.
 */
@Component
class BoardEventsListener {

    static final String PURPOSE = "boards";
    private static final Logger log = LoggerFactory.getLogger(BoardEventsListener.class);

    private final BoardDirectory directory;

    BoardEventsListener(BoardDirectory directory) {
        this.directory = directory;
    }

    @RabbitListener(queues = "#{@topology.queue('" + PURPOSE + "')}")
    void on(Message message) {
        String type = EventJson.typeOf(message.getBody());
        if (EventTypes.BOARD_REGISTERED_V1.name().equals(type)) {
            directory.onRegistered(EventJson.read(message.getBody(), EventTypes.BOARD_REGISTERED_V1));
        } else {
            log.info("Ignored event of type {} that this read model does not use", type);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Subscription {

        @Bean
        Declarables boardEvents(Topology topology) {
            return topology.subscription(PURPOSE, EventTypes.BOARD_REGISTERED_V1);
        }
    }
}
