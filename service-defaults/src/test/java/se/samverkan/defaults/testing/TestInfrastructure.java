package se.samverkan.defaults.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.RabbitMQContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Real backends for integration tests, chosen once per JVM: MongoDB is real MongoDB in a
 * container where Docker runs, otherwise the embedded wire-protocol server; RabbitMQ is the
 * local broker at 127.0.0.1:5672 when it answers, otherwise a container where Docker runs.
 * With neither, the test is aborted (reported as skipped) with the reason printed.
 * Each test class gets its own database and its own messaging namespace, deleted afterwards.
 */
public final class TestInfrastructure {

    private static String mongoUri;
    private static String rabbitHost;
    private static int rabbitPort;
    private static String rabbitUnavailable;

    private TestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The same settings as a map, for a test that starts the application itself. */
    public static Map<String, Object> properties() {
        String mongo = mongoUri();
        String[] rabbit = rabbit();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.mongodb.uri", mongo);
        properties.put("spring.mongodb.database", "it_" + suffix);
        properties.put("spring.rabbitmq.host", rabbit[0]);
        properties.put("spring.rabbitmq.port", rabbit[1]);
        properties.put("samverkan.messaging.namespace", "it-" + suffix);
        properties.put("samverkan.messaging.delete-topology-on-shutdown", "true");
        properties.putAll(TestIdentity.get().properties());
        return properties;
    }

    public static synchronized String mongoUri() {
        if (mongoUri == null) {
            if (dockerAvailable()) {
                MongoDBContainer container = new MongoDBContainer("mongo:7");
                container.start();
                mongoUri = container.getConnectionString();
                System.out.println("[test-infrastructure] MongoDB: container " + mongoUri);
            } else {
                MongoServer server = new MongoServer(new MemoryBackend());
                server.bind("127.0.0.1", 0);
                mongoUri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
                System.out.println("[test-infrastructure] MongoDB: embedded wire-protocol server " + mongoUri);
            }
        }
        return mongoUri;
    }

    /** Host and port of a real RabbitMQ; aborts the calling test with the reason when there is none. */
    public static synchronized String[] rabbit() {
        if (rabbitHost == null && rabbitUnavailable == null) {
            if (answers("127.0.0.1", 5672)) {
                rabbitHost = "127.0.0.1";
                rabbitPort = 5672;
                System.out.println("[test-infrastructure] RabbitMQ: local broker 127.0.0.1:5672");
            } else if (dockerAvailable()) {
                RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4-management");
                container.start();
                rabbitHost = container.getHost();
                rabbitPort = container.getAmqpPort();
                System.out.println("[test-infrastructure] RabbitMQ: container " + rabbitHost + ":" + rabbitPort);
            } else {
                rabbitUnavailable = "no RabbitMQ answers at 127.0.0.1:5672 and Docker is not available "
                        + "(start one with 'rabbitmq-server -detached')";
            }
        }
        if (rabbitUnavailable != null) {
            System.out.println("[test-infrastructure] SKIPPED: " + rabbitUnavailable);
            Assumptions.abort(rabbitUnavailable);
        }
        return new String[] {rabbitHost, String.valueOf(rabbitPort)};
    }

    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
