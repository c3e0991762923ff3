package se.samverkan.apphost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.defaults.testing.ChaosProxy;
import se.samverkan.defaults.testing.TestData;

/**
 * The loss-and-duplication checker. Ten thousand providers are registered at producer-service
 * (each raising provider.registered.v1) while two consumers, transparency-service and
 * reporting-service, apply them; meanwhile (a) the broker is cut off from every service and
 * comes back, (b) a consumer process is killed (SIGKILL) and restarted, (c) producer-service is
 * killed while its relay publishes, so events are published but not marked sent. Then what was
 * produced is compared with what each read model applied.
 */
class LossAndDuplicationIT {

    private static final int EVENTS = Integer.getInteger("samverkan.loss-check.events", 10_000);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The demo administrator's token from the development issuer the services trust here. */
    private static volatile String token;

    @TempDir
    Path dir;

    private final List<ServiceProcess> processes = new ArrayList<>();

    @Test
    void noEventIsLostOrAppliedTwiceThroughABrokerOutageAConsumerKillAndARelayKill() throws Exception {
        if (!Platform.answers("127.0.0.1", 5672)) {
            String reason = "no RabbitMQ answers at 127.0.0.1:5672 (start it with 'rabbitmq-server -detached')";
            System.out.println("[loss-check] SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        PlatformConfig config = PlatformConfig.defaults(AppHost.home());
        String namespace = "loss-" + UUID.randomUUID().toString().substring(0, 8);
        int issuerPort = freePort();
        String issuerUri = "http://localhost:" + issuerPort + DevTokenIssuer.REALM_PATH;
        try (EmbeddedMongo mongo = EmbeddedMongo.startInMemory(0);
             ChaosProxy broker = ChaosProxy.start("127.0.0.1", 5672);
             DevTokenIssuer issuer = DevTokenIssuer.start("dev", issuerPort, issuerUri, Platform.realm(),
                     java.time.Clock.systemUTC())) {
            token = issuer.tokenFor("admin", "samverkan-cli");
            List<String> args = List.of("--spring.mongodb.uri=" + mongo.uri(), "--spring.rabbitmq.port=" + broker.port(),
                    "--samverkan.messaging.namespace=" + namespace,
                    "--samverkan.messaging.delete-topology-on-shutdown=true",
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUri,
                    "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:" + issuerPort
                            + DevTokenIssuer.REALM_PATH + "/protocol/openid-connect/certs");
            int producerPort = freePort();
            int transparencyPort = freePort();
            int reportingPort = freePort();
            ServiceProcess producer = start(config, "producer-service", producerPort, args);
            ServiceProcess transparency = start(config, "transparency-service", transparencyPort, args);
            start(config, "reporting-service", reportingPort, args);
            processes.forEach(p -> p.awaitReady(Instant.now().plusSeconds(180)));
            URI producerUri = URI.create("http://127.0.0.1:" + producerPort + "/");
            URI transparencyUri = URI.create("http://127.0.0.1:" + transparencyPort + "/");
            URI reportingUri = URI.create("http://127.0.0.1:" + reportingPort + "/");

            AtomicInteger registered = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(2);
            List<Future<?>> work = new ArrayList<>();
            for (int client = 0; client < 2; client++) {
                int first = client;
                work.add(clients.submit(() -> {
                    for (int i = first; i < EVENTS; i += 2) {
                        register(producerUri, i);
                        registered.incrementAndGet();
                    }
                    return null;
                }));
            }

            awaitProgress(registered, EVENTS / 5);
            log("cutting the broker off at " + registered.get() + " registrations");
            broker.cut();
            Thread.sleep(3_000);
            broker.restore();
            log("broker back at " + registered.get());

            awaitProgress(registered, 2 * EVENTS / 5);
            log("killing transparency-service at " + registered.get());
            transparency.kill();
            processes.remove(transparency);
            transparency = start(config, "transparency-service", transparencyPort, args);
            transparency.awaitReady(Instant.now().plusSeconds(180));
            log("transparency-service back at " + registered.get());

            awaitProgress(registered, 3 * EVENTS / 5);
            log("killing producer-service while its relay publishes, at " + registered.get());
            producer.kill();
            processes.remove(producer);
            producer = start(config, "producer-service", producerPort, args);
            producer.awaitReady(Instant.now().plusSeconds(180));
            log("producer-service back at " + registered.get());

            for (Future<?> future : work) {
                future.get();
            }
            clients.shutdown();
            log("all " + EVENTS + " registrations answered; waiting for the read models");

            Set<String> produced = ids(producerUri, "api/v1/providers");
            // Wait while the read models catch up: as long as they make progress (a loaded, shared
            // machine drains the backlog slowly), but give up after a minute without any, which a
            // lost event would cause, or after ten minutes in all.
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
            Instant lastProgress = Instant.now();
            long seen = -1;
            while (Instant.now().isBefore(giveUp) && Instant.now().isBefore(lastProgress.plusSeconds(60))) {
                long publicNow = total(transparencyUri, "api/v1/public/providers");
                long reportingNow = reportingTotal(reportingUri);
                if (publicNow >= produced.size() && reportingNow >= produced.size()) {
                    break;
                }
                if (publicNow + reportingNow > seen) {
                    seen = publicNow + reportingNow;
                    lastProgress = Instant.now();
                }
                Thread.sleep(500);
            }
            Thread.sleep(2_000);
            Set<String> published = ids(transparencyUri, "api/v1/public/providers");
            long counted = reportingTotal(reportingUri);

            Set<String> lostPublic = new HashSet<>(produced);
            lostPublic.removeAll(published);
            long publicRows = total(transparencyUri, "api/v1/public/providers");
            System.out.printf("[loss-check] transparency-service produced=%d applied=%d lost=%d duplicated=%d%n",
                    produced.size(), published.size(), lostPublic.size(), publicRows - published.size());
            System.out.printf("[loss-check] reporting-service produced=%d applied=%d lost=%d duplicated=%d%n",
                    produced.size(), counted, Math.max(0, produced.size() - counted),
                    Math.max(0, counted - produced.size()));

            assertThat(produced).hasSize(EVENTS);
            assertThat(lostPublic).as("lost at transparency-service").isEmpty();
            assertThat(publicRows).as("duplicated at transparency-service").isEqualTo(published.size());
            assertThat(counted).as("reporting-service counts each provider exactly once").isEqualTo(produced.size());
        } finally {
            processes.forEach(ServiceProcess::close);
        }
    }

    private ServiceProcess start(PlatformConfig config, String module, int port, List<String> args) {
        ServiceProcess process = ServiceProcess.start(module, config.jarOf(module), port,
                PlatformConfig.DEFAULT_JAVA_OPTIONS, args, dir.resolve("logs").resolve(module + ".log"));
        processes.add(process);
        return process;
    }

    /** Registers provider number i, retrying while producer-service is down; a 409 means an earlier try got through. */
    private static void register(URI producer, int i) throws Exception {
        String body = "{\"name\":\"Kontrollutförare " + i + " AB\",\"legalForm\":\"AKTIEBOLAG\",\"organisationNumber\":\""
                + TestData.organisationNumber(i) + "\"}";
        Instant giveUp = Instant.now().plusSeconds(240);
        while (true) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(producer.resolve("api/v1/providers"))
                        .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 409) {
                    return;
                }
                if (response.statusCode() < 500) {
                    throw new AssertionError("registration " + i + " answered " + response.statusCode() + ": "
                            + response.body());
                }
            } catch (IOException producerDown) {
                // being restarted; try again
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("registration " + i + " never got through");
            }
            Thread.sleep(200);
        }
    }

    private static void awaitProgress(AtomicInteger registered, int atLeast) throws InterruptedException {
        while (registered.get() < atLeast) {
            Thread.sleep(50);
        }
    }

    private static Set<String> ids(URI service, String path) throws Exception {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode body = JSON.readTree(get(service, path + "?size=100&sort=organisationNumber&page=" + page).body());
            body.get("content").forEach(row -> ids.add(row.get("id").asString()));
            if (page + 1 >= body.get("totalPages").asInt()) {
                return ids;
            }
        }
    }

    private static long total(URI service, String path) throws Exception {
        return JSON.readTree(get(service, path + "?size=1").body()).get("totalElements").asLong();
    }

    private static long reportingTotal(URI reporting) throws Exception {
        HttpResponse<String> response = get(reporting, "api/v1/reports/providers-by-legal-form");
        assertThat(response.statusCode()).as("reporting-service answers: %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("total").asLong();
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void log(String line) {
        System.out.println("[loss-check] " + line);
    }
}
