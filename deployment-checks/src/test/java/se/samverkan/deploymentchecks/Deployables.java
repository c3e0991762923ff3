package se.samverkan.deploymentchecks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deployable modules of the reactor and what each reads from its environment, taken from
 * their configuration: each service's application.yml (server.port, spring.mongodb.*) over
 * service-defaults' samverkan-defaults.yml (spring.rabbitmq.*, samverkan.messaging.*), and the
 * gateway's application.yml (samverkan.services.*). docs/operations.md lists the same settings.
 */
final class Deployables {

    private Deployables() {
    }

    record Deployable(String module, int port, String database) {
        boolean isGateway() {
            return database == null;
        }
    }

    static final List<Deployable> ALL = List.of(
            new Deployable("gateway", 8080, null),
            new Deployable("orderer-service", 8081, "orderer"),
            new Deployable("producer-service", 8082, "producer"),
            new Deployable("transparency-service", 8083, "transparency"),
            new Deployable("reporting-service", 8084, "reporting"));

    static final List<Deployable> SERVICES = ALL.stream().filter(d -> !d.isGateway()).toList();

    static final Set<String> MODULES = new TreeSet<>(ALL.stream().map(Deployable::module).toList());

    /**
     * Spring Boot modules of the reactor that run in the local run (app-host) but have no
     * docker-compose service, Kubernetes manifests or scrape target yet. Each is a known gap,
     * named in docs/deployment.md; the list only shrinks.
     */
    static final Set<String> NOT_YET_DEPLOYED = Set.of("web-client");

    /** Every environment variable a service needs set in a deployment (the defaults point at 127.0.0.1). */
    static final List<String> SERVICE_ENV = List.of(
            "SPRING_MONGODB_URI", "SPRING_MONGODB_DATABASE",
            "SPRING_RABBITMQ_HOST", "SPRING_RABBITMQ_PORT", "SPRING_RABBITMQ_USERNAME", "SPRING_RABBITMQ_PASSWORD",
            "SAMVERKAN_MESSAGING_QUORUM_QUEUES");

    /** The gateway's routes, by the name in samverkan.services.<name>, to the module they lead to. */
    static final Map<String, String> GATEWAY_ROUTES = new LinkedHashMap<>();

    static {
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_ORDERER", "orderer-service");
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_PRODUCER", "producer-service");
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_TRANSPARENCY", "transparency-service");
        GATEWAY_ROUTES.put("SAMVERKAN_SERVICES_REPORTING", "reporting-service");
    }

    static List<String> requiredEnv(Deployable deployable) {
        return deployable.isGateway() ? List.copyOf(GATEWAY_ROUTES.keySet()) : SERVICE_ENV;
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
