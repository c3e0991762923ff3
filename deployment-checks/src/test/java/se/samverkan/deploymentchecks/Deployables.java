package se.samverkan.deploymentchecks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deployable modules of the reactor and what each reads from its environment, taken from
 * their configuration: each service's application.yml (server.port, spring.mongodb.*) over
 * service-defaults' samverkan-defaults.yml (spring.rabbitmq.*, samverkan.messaging.*), the
 * gateway's application.yml (samverkan.services.*) and the web client's (samverkan.web.*).
 * docs/operations.md lists the same settings.
 */
final class Deployables {

    private Deployables() {
    }

    /** What a deployable is, which decides what it reads and whom it talks to. */
    enum Kind {
        /** The one way in: routes to the services and the web client; owns no data. */
        GATEWAY,
        /** A service with a MongoDB database of its own and the broker. */
        SERVICE,
        /**
         * The departmental web client behind the gateway: owns no data, keeps its users' sessions in
         * memory (so it runs one replica), signs users in at Keycloak and calls the APIs through the gateway.
         */
        WEB_CLIENT
    }

    record Deployable(String module, int port, Kind kind, String database) {
        Deployable {
            if ((kind == Kind.SERVICE) != (database != null)) {
                throw new IllegalArgumentException(module + ": a service, and only a service, has a database");
            }
        }

        boolean isGateway() {
            return kind == Kind.GATEWAY;
        }

        boolean isService() {
            return kind == Kind.SERVICE;
        }

        boolean isWebClient() {
            return kind == Kind.WEB_CLIENT;
        }
    }

    static final List<Deployable> ALL = List.of(
            new Deployable("gateway", 8080, Kind.GATEWAY, null),
            new Deployable("orderer-service", 8081, Kind.SERVICE, "orderer"),
            new Deployable("producer-service", 8082, Kind.SERVICE, "producer"),
            new Deployable("transparency-service", 8083, Kind.SERVICE, "transparency"),
            new Deployable("reporting-service", 8084, Kind.SERVICE, "reporting"),
            new Deployable("web-client", 8085, Kind.WEB_CLIENT, null));

    static final List<Deployable> SERVICES = ALL.stream().filter(Deployable::isService).toList();

    static final Deployable WEB_CLIENT = ALL.stream().filter(Deployable::isWebClient).findFirst().orElseThrow();

    static final Set<String> MODULES = new TreeSet<>(ALL.stream().map(Deployable::module).toList());

    /** Every environment variable a service needs set in a deployment (the defaults point at 127.0.0.1). */
    static final List<String> SERVICE_ENV = List.of(
            "SPRING_MONGODB_URI", "SPRING_MONGODB_DATABASE",
            "SPRING_RABBITMQ_HOST", "SPRING_RABBITMQ_PORT", "SPRING_RABBITMQ_USERNAME", "SPRING_RABBITMQ_PASSWORD",
            "SAMVERKAN_MESSAGING_QUORUM_QUEUES");

    /**
     * Every environment variable the web client needs set in a deployment: where browsers sign in,
     * the same realm inside the network, and the gateway.
     */
    static final List<String> WEB_CLIENT_ENV = List.of(
            "SAMVERKAN_ISSUER_URI", "SAMVERKAN_ISSUER_INTERNAL_URI", "SAMVERKAN_API_URI");

    /** The gateway's routes, by the name in samverkan.services.<name>, to the module they lead to. */
    static final Map<String, String> GATEWAY_ROUTES = new LinkedHashMap<>();

    static {
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_ORDERER", "orderer-service");
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_PRODUCER", "producer-service");
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_TRANSPARENCY", "transparency-service");
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_REPORTING", "reporting-service");
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_WEB", "web-client");
    }

    static List<String> requiredEnv(Deployable deployable) {
        return switch (deployable.kind()) {
            case GATEWAY -> List.copyOf(GATEWAY_ROUTES.keySet());
            case SERVICE -> SERVICE_ENV;
            case WEB_CLIENT -> WEB_CLIENT_ENV;
        };
    }

    static Deployable byModule(String module) {
        return ALL.stream().filter(d -> d.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a deployable module: " + module));
    }

    /** Environment variable names that carry credentials and must never have a literal value in a committed file. */
    static boolean isSecretName(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("PASSWORD") || upper.endsWith("_PASS") || upper.contains("SECRET")
                || upper.contains("TOKEN") || upper.contains("CREDENTIAL");
    }
}
