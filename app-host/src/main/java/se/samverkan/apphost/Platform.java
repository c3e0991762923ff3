package se.samverkan.apphost;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole platform on one machine: the embedded MongoDB server, RabbitMQ or the embedded
 * broker, the four services, the gateway and the web client. Closing it stops everything in reverse order.
 */
public final class Platform implements AutoCloseable {

    private final PlatformConfig config;
    private final Consumer<String> log;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, Launch> launches = new LinkedHashMap<>();
    private String broker;
    private DevTokenIssuer issuer;

    private Platform(PlatformConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log;
    }

    /** Starts everything and returns once the gateway and every service are ready (and the demo data loaded). */
    public static Platform start(PlatformConfig config, Consumer<String> log) {
        Platform platform = new Platform(config, log);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException | Error e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        List<String> missing = config.missingJars();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Följande jar-filer saknas; bygg först med './mvnw -DskipTests package': "
                    + missing);
        }
        Instant begin = Instant.now();
        EmbeddedMongo mongo = EmbeddedMongo.start(config.dataDir().resolve("mongo").resolve("samverkan.mv"),
                config.mongoPort());
        started.add(mongo);
        log.accept("MongoDB: inbäddad server på " + mongo.uri() + ", data i " + config.dataDir().resolve("mongo"));

        int amqpPort = config.amqpPort();
        if (answers(config.amqpHost(), amqpPort)) {
            broker = "RabbitMQ på " + config.amqpHost() + ":" + amqpPort;
            log.accept("Meddelandebroker: " + broker + " svarar och används.");
        } else {
            EmbeddedAmqpBroker embedded = EmbeddedAmqpBroker.start(amqpPort, config.dataDir().resolve("amqp"));
            started.add(embedded);
            broker = "inbäddad AMQP 0-9-1-broker (Qpid Broker-J) på 127.0.0.1:" + embedded.port();
            log.accept("Meddelandebroker: ingen RabbitMQ svarade på " + config.amqpHost() + ":" + amqpPort
                    + ", så en " + broker + " startades.");
        }

        issuer = DevTokenIssuer.start(config.profile(), config.issuerPort(), config.issuerUri(), realm(), Clock.systemUTC(),
                "http://localhost:" + config.gatewayPort());
        started.add(issuer);
        log.accept("Inloggning: UTVECKLINGSLÄGE. En lokal utfärdare av token med demoanvändarna svarar på "
                + config.issuerUri() + " (bara profilen dev; i drift används Keycloak).");
        List<String> identity = List.of(
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + config.issuerUri(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:" + issuer.port()
                + DevTokenIssuer.REALM_PATH + "/protocol/openid-connect/certs");

        List<ServiceProcess> processes = new ArrayList<>();
        for (String service : PlatformConfig.SERVICES) {
            List<String> args = new ArrayList<>(List.of(
                    "--spring.mongodb.uri=" + mongo.uri(),
                    "--spring.rabbitmq.host=" + config.amqpHost(),
                    "--spring.rabbitmq.port=" + amqpPort,
                    "--samverkan.messaging.namespace=" + config.namespace()));
            args.addAll(identity);
            args.addAll(config.extraServiceArgs());
            processes.add(launch(service, config.servicePorts().get(service), args));
        }
        List<String> gatewayArgs = new ArrayList<>(identity);
        config.servicePorts().forEach((service, port) -> gatewayArgs.add("--samverkan.services."
                + service.replace("-service", "").replace("-client", "") + "=http://127.0.0.1:" + port));
        processes.add(launch("gateway", config.gatewayPort(), gatewayArgs));
        // the browser reaches the issuer at its public address; the web client fetches tokens at 127.0.0.1
        processes.add(launch(PlatformConfig.WEB_CLIENT, config.servicePorts().get(PlatformConfig.WEB_CLIENT), List.of(
                "--samverkan.web.issuer-uri=" + config.issuerUri(),
                "--samverkan.web.issuer-internal-uri=http://127.0.0.1:" + issuer.port() + DevTokenIssuer.REALM_PATH,
                "--samverkan.web.api-uri=http://127.0.0.1:" + config.gatewayPort())));
        log.accept("Startar " + processes.size() + " processer; loggar i " + config.dataDir().resolve("logs"));

        Instant deadline = Instant.now().plus(config.readyTimeout());
        for (ServiceProcess process : processes) {
            Duration took = process.awaitReady(deadline);
            log.accept("  " + process.name() + " redo på port " + process.port() + " efter " + took.toMillis() + " ms");
        }
        if (config.demoData()) {
            new DemoData(gatewayUri(), issuer.tokenFor("admin", "samverkan-cli"), log).load();
            new DemoOperations(gatewayUri(), user -> issuer.tokenFor(user, "samverkan-cli"), log).load();
        }
        log.accept("Samverkan är igång efter " + Duration.between(begin, Instant.now()).toSeconds() + " s.");
    }

    private ServiceProcess launch(String module, int port, List<String> args) {
        ServiceProcess process = ServiceProcess.start(module, config.jarOf(module), port, config.javaOptionsOf(module), args,
                config.logOf(module));
        started.add(process);
        launches.put(module, new Launch(port, List.copyOf(args), process));
        return process;
    }

    /**
     * Stops one process (gracefully) and starts it again as it was started, while the rest keep
     * running; answers how long the new process took from start to ready.
     */
    public synchronized Duration restart(String module) {
        Launch launch = launches.get(module);
        if (launch == null) {
            throw new IllegalArgumentException("Ingen process " + module + " har startats; startade: " + launches.keySet());
        }
        launch.process().close();
        started.remove(launch.process());
        ServiceProcess process = launch(module, launch.port(), launch.args());
        return process.awaitReady(Instant.now().plus(config.readyTimeout()));
    }

    private record Launch(int port, List<String> args, ServiceProcess process) {
    }

    static InputStream realm() {
        InputStream realm = Platform.class.getResourceAsStream("samverkan-realm.json");
        if (realm == null) {
            throw new IllegalStateException("samverkan-realm.json saknas i app-host; bygg om med './mvnw -DskipTests package'.");
        }
        return realm;
    }

    /** The address of the token endpoint users log in at. */
    public URI tokenEndpoint() {
        return URI.create(config.issuerUri() + "/protocol/openid-connect/token");
    }

    /** A token for a demo user of the realm, as the token endpoint gives it (tests, demo data). */
    public String tokenFor(String username) {
        return issuer.tokenFor(username, "samverkan-cli");
    }

    /**
     * A token for a user who is not in the realm, acting for {@code organisation} in {@code role}
     * (a realm role such as {@code provider-user}): for the benchmark suite's generated
     * municipality, whose hundreds of providers have no demo users. Not reachable over HTTP.
     */
    public String tokenFor(String username, String organisation, String role) {
        return issuer.tokenFor(new DevTokenIssuer.DemoUser(username, null, username, organisation, List.of(role)),
                "samverkan-cli");
    }

    /** The web client, as people open it: through the gateway. */
    public URI webClientUri() {
        return gatewayUri().resolve("app/");
    }

    public URI gatewayUri() {
        return URI.create("http://localhost:" + config.gatewayPort() + "/");
    }

    /** Which message broker the platform uses, in words. */
    public String broker() {
        return broker;
    }

    @Override
    public synchronized void close() {
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        // Processes first (they stop in parallel), then the broker and the database they used.
        reverse.stream().filter(ServiceProcess.class::isInstance).parallel().forEach(Platform::closeQuietly);
        reverse.stream().filter(c -> !(c instanceof ServiceProcess)).forEach(Platform::closeQuietly);
        started.clear();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("Kunde inte stänga " + closeable + ": " + e);
        }
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
