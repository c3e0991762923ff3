package se.samverkan.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docker-compose.yml and .env.example: what each container needs, health checks, order of start, no secrets. */
class DockerComposeTest {

    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{([A-Z0-9_]+):\\?[^}]*\\}$");
    private static final Pattern ANY_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?\\}");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) Repo.loadMap(Repo.file("docker-compose.yml")).get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Object env = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object entry : list) {
                String[] parts = String.valueOf(entry).split("=", 2);
                result.put(parts[0], parts.length > 1 ? parts[1] : null);
            }
        }
        return result;
    }

    private static String healthcheck(Map<String, Object> service) {
        Object healthcheck = service.get("healthcheck");
        if (!(healthcheck instanceof Map<?, ?> map) || map.get("test") == null || Boolean.TRUE.equals(map.get("disable"))) {
            return null;
        }
        Object test = map.get("test");
        return test instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList()) : test.toString();
    }

    @Test
    void everyContainerHasAHealthCheckAndTheDeployablesCheckTheirReadiness() {
        Map<String, Map<String, Object>> services = services();
        services.forEach((name, service) -> assertThat(healthcheck(service)).as("health check of %s", name).isNotBlank());
        for (Deployables.Deployable deployable : Deployables.ALL) {
            Map<String, Object> service = services.get(deployable.module());
            assertThat(service).as("service %s in docker-compose.yml", deployable.module()).isNotNull();
            assertThat(service.get("image")).as("image of %s", deployable.module())
                    .isEqualTo("samverkan/" + deployable.module() + ":${SAMVERKAN_VERSION:-0.1.0-SNAPSHOT}");
            assertThat(healthcheck(service)).as("health check of %s", deployable.module())
                    .contains("/actuator/health/readiness").contains("127.0.0.1/" + deployable.port());
            assertThat(service.get("profiles")).as("%s runs without a profile", deployable.module()).isNull();
        }
    }

    @Test
    void everyServiceGetsEveryVariableItReadsWithItsOwnDatabase() {
        Map<String, Map<String, Object>> services = services();
        Set<String> databases = new HashSet<>();
        for (Deployables.Deployable deployable : Deployables.ALL) {
            Map<String, String> env = environment(services.get(deployable.module()));
            for (String required : Deployables.requiredEnv(deployable)) {
                assertThat(env.get(required)).as("%s of %s", required, deployable.module()).isNotBlank();
            }
            if (deployable.isGateway()) {
                assertThat(env.get("SAMVERKAN_GATEWAY_RATELIMIT_BACKEND")).as("the gateway shares its rate limits in Redis")
                        .isEqualTo("redis");
                assertThat(env.get("SPRING_DATA_REDIS_HOST")).isEqualTo("redis");
                assertThat(env.get("SPRING_DATA_REDIS_PASSWORD"))
                        .isEqualTo(String.valueOf(services.get("redis").get("command")).contains("--requirepass")
                                ? environment(services.get("redis")).get("REDISCLI_AUTH") : null);
                Deployables.GATEWAY_ROUTES.forEach((variable, module) -> {
                    Deployables.Deployable target = Deployables.byModule(module);
                    assertThat(env.get(variable)).as("gateway route %s", variable)
                            .isEqualTo("http://" + target.module() + ":" + target.port());
                });
                continue;
            }
            if (deployable.isWebClient()) {
                Map<String, String> gateway = environment(services.get("gateway"));
                assertThat(env.get("SAMVERKAN_ISSUER_URI")).as("browsers sign in at the issuer the gateway trusts")
                        .isEqualTo(gateway.get("SAMVERKAN_ISSUER_URI"))
                        .isEqualTo(environment(services.get("keycloak")).get("KC_HOSTNAME") + "/realms/samverkan");
                assertThat(env.get("SAMVERKAN_ISSUER_INTERNAL_URI") + "/protocol/openid-connect/certs")
                        .as("the web client reaches the realm inside the network, where the gateway fetches its keys")
                        .isEqualTo(gateway.get("SAMVERKAN_JWK_SET_URI"));
                assertThat(env.get("SAMVERKAN_API_URI")).as("the web client calls the APIs through the gateway")
                        .isEqualTo("http://gateway:" + Deployables.byModule("gateway").port());
                assertThat(env.keySet()).as("the web client owns no data")
                        .noneMatch(name -> name.startsWith("SPRING_MONGODB") || name.startsWith("SPRING_RABBITMQ"));
                continue;
            }
            assertThat(env.get("SPRING_MONGODB_DATABASE")).isEqualTo(deployable.database());
            assertThat(env.get("SPRING_MONGODB_URI")).as("MongoDB of %s", deployable.module())
                    .isEqualTo("mongodb://mongo:27017/" + deployable.database() + "?replicaSet=rs0");
            assertThat(databases.add(deployable.database())).as("each service has a database of its own").isTrue();
            assertThat(env.get("SPRING_RABBITMQ_HOST")).isEqualTo("rabbitmq");
            assertThat(env.get("SPRING_RABBITMQ_PORT")).isEqualTo("5672");
            assertThat(env.get("SAMVERKAN_MESSAGING_QUORUM_QUEUES")).isEqualTo("true");
            assertThat(env.get("SPRING_RABBITMQ_USERNAME"))
                    .isEqualTo(environment(services.get("rabbitmq")).get("RABBITMQ_DEFAULT_USER"));
            assertThat(env.get("SPRING_RABBITMQ_PASSWORD"))
                    .isEqualTo(environment(services.get("rabbitmq")).get("RABBITMQ_DEFAULT_PASS"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void startOrderWaitsForHealthyDependencies() {
        Map<String, Map<String, Object>> services = services();
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            assertThat(dependsOn).as("depends_on of %s names a condition per dependency", name).isInstanceOf(Map.class);
            ((Map<String, Object>) dependsOn).forEach((dependency, condition) -> {
                assertThat(services).as("%s depends on a service that exists", name).containsKey(dependency);
                assertThat(((Map<String, Object>) condition).get("condition")).as("%s waits for %s", name, dependency)
                        .isEqualTo("service_healthy");
                assertThat(healthcheck(services.get(dependency))).as("%s, which %s waits for, has a health check",
                        dependency, name).isNotBlank();
            });
        });
        for (Deployables.Deployable service : Deployables.SERVICES) {
            assertThat((Map<String, Object>) services.get(service.module()).get("depends_on"))
                    .as("%s waits for its database and the broker", service.module()).containsKeys("mongo", "rabbitmq");
        }
        assertThat((Map<String, Object>) services.get("gateway").get("depends_on")).as("the gateway waits for the services")
                .containsKeys(Deployables.SERVICES.stream().map(Deployables.Deployable::module).toArray(String[]::new));
        assertThat(((Map<String, Object>) services.get(Deployables.WEB_CLIENT.module()).get("depends_on")).keySet())
                .as("the web client waits for the gateway it calls and the Keycloak its users sign in at, and for no database")
                .containsExactlyInAnyOrder("gateway", "keycloak");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDeployablesRunReadOnlyWithoutCapabilitiesAndWithAMemoryLimit() {
        Map<String, Map<String, Object>> services = services();
        for (Deployables.Deployable deployable : Deployables.ALL) {
            Map<String, Object> service = services.get(deployable.module());
            assertThat(service.get("read_only")).as("%s runs read-only", deployable.module()).isEqualTo(true);
            assertThat((List<Object>) service.get("tmpfs")).as("%s has a writable /tmp", deployable.module()).contains("/tmp");
            assertThat((List<Object>) service.get("cap_drop")).as("capabilities of %s", deployable.module())
                    .containsExactly("ALL");
            assertThat((List<Object>) service.get("security_opt")).as("%s gains no privileges", deployable.module())
                    .contains("no-new-privileges:true");
            String memory = String.valueOf(service.get("mem_limit"));
            assertThat(memory).as("memory limit of %s in megabytes", deployable.module()).matches("\\d+m");
            assertThat(Integer.parseInt(memory.substring(0, memory.length() - 1)))
                    .as("memory limit of %s leaves the JVM (75 %% heap) room: at least 384m", deployable.module())
                    .isGreaterThanOrEqualTo(384);
        }
    }

    @Test
    void theWebClientIsReachedThroughTheGatewayOnly() {
        // the gateway keeps the browser's Host for the sign-in redirect URI and adds the security headers
        assertThat(services().get(Deployables.WEB_CLIENT.module())).as("published ports of the web client")
                .doesNotContainKey("ports");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInfrastructureIsMongoDbReplicaSetRabbitMqWithManagementKeycloakWithTheRealmAndRedis() {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> mongo = services.get("mongo");
        assertThat(String.valueOf(mongo.get("image"))).matches("mongo:([7-9]|\\d\\d)(\\.\\d+)*");
        assertThat((List<Object>) mongo.get("command")).containsSequence("--replSet", "rs0");
        assertThat(healthcheck(mongo)).contains("rs.initiate").contains("_id: 'rs0'").contains("host: 'mongo:27017'");

        Map<String, Object> rabbit = services.get("rabbitmq");
        assertThat(String.valueOf(rabbit.get("image"))).matches("rabbitmq:(3\\.1[3-9]|[4-9])(\\.\\d+)*-management");
        assertThat(rabbit.get("hostname")).as("a fixed host name keeps the broker's data across re-creation").isNotNull();

        Map<String, Object> keycloak = services.get("keycloak");
        assertThat(String.valueOf(keycloak.get("image"))).startsWith("quay.io/keycloak/keycloak:");
        assertThat((List<Object>) keycloak.get("command")).contains("--import-realm");
        assertThat((List<Object>) keycloak.get("volumes"))
                .contains("./deploy/keycloak/samverkan-realm.json:/opt/keycloak/data/import/samverkan-realm.json:ro");

        assertThat(String.valueOf(services.get("redis").get("image"))).startsWith("redis:");
        for (String observability : List.of("prometheus", "grafana")) {
            assertThat((List<Object>) services.get(observability).get("profiles")).containsExactly("observability");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void volumesAreNamedOrFilesOfTheRepository() {
        Map<String, Object> compose = Repo.loadMap(Repo.file("docker-compose.yml"));
        Set<String> declared = ((Map<String, Object>) compose.getOrDefault("volumes", Map.of())).keySet();
        Set<String> used = new HashSet<>();
        services().forEach((name, service) -> {
            for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
                String source = String.valueOf(volume).split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Files.exists(Repo.file(source.substring(2)))).as("%s mounts %s", name, source).isTrue();
                } else {
                    assertThat(declared).as("%s uses the named volume %s", name, source).contains(source);
                    used.add(source);
                }
            }
        });
        assertThat(used).as("every declared volume is used").containsExactlyInAnyOrderElementsOf(declared);
        for (String stateful : List.of("mongo", "rabbitmq", "keycloak")) {
            assertThat(((List<Object>) services().get(stateful).get("volumes")).stream()
                    .map(String::valueOf).anyMatch(v -> !v.startsWith("./"))).as("%s keeps its data in a named volume", stateful)
                    .isTrue();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noSecretIsCommittedAndEveryRequiredVariableIsInEnvExample() {
        String compose = Repo.read(Repo.file("docker-compose.yml"));
        Map<String, String> example = envExample();
        List<String> problems = new ArrayList<>();
        services().forEach((name, service) -> {
            environment(service).forEach((key, value) -> {
                if (Deployables.isSecretName(key)) {
                    Matcher required = REQUIRED_VARIABLE.matcher(value == null ? "" : value);
                    if (!required.matches()) {
                        problems.add(name + " " + key + " must be ${VARIABLE:?message} (no default, no literal), is " + value);
                    }
                }
            });
            Object command = service.get("command");
            if (command instanceof List<?> list) {
                for (int i = 0; i + 1 < list.size(); i++) {
                    if (String.valueOf(list.get(i)).matches("--?(requirepass|password|pass)")
                            && !REQUIRED_VARIABLE.matcher(String.valueOf(list.get(i + 1))).matches()) {
                        problems.add(name + " passes a literal password on its command line");
                    }
                }
            }
        });
        Matcher variables = ANY_VARIABLE.matcher(compose);
        while (variables.find()) {
            String variable = variables.group(1);
            String modifier = variables.group(2) == null ? "" : variables.group(2);
            if (Deployables.isSecretName(variable) && !modifier.startsWith(":?")) {
                problems.add("${" + variable + modifier + "} gives a secret a default");
            }
            if (modifier.startsWith(":?") && !example.containsKey(variable)) {
                problems.add(variable + " is required by docker-compose.yml but not in .env.example");
            }
        }
        example.forEach((key, value) -> {
            if (Deployables.isSecretName(key) && !value.equals("change-me")) {
                problems.add(".env.example " + key + " must be the placeholder change-me, not a value");
            }
        });
        assertThat(problems).isEmpty();
    }

    private static Map<String, String> envExample() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repo.read(Repo.file(".env.example")).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("=", 2);
            assertThat(parts).as(".env.example line %s", trimmed).hasSize(2);
            values.put(parts[0], parts[1]);
        }
        return values;
    }

    @Test
    void dockerComposeAcceptsTheFileWithTheExampleEnvironment() {
        Optional<List<String>> compose = composeCommand();
        if (compose.isEmpty()) {
            System.out.println("[deployment-checks] skipped: neither docker-compose nor `docker compose` is installed, so"
                    + " `docker-compose config -q` was not run (apt-get install docker-compose brings it)");
        }
        assumeTrue(compose.isPresent(), "docker-compose is not installed");
        List<String> command = new ArrayList<>(compose.get());
        command.addAll(List.of("-f", "docker-compose.yml", "--env-file", ".env.example", "config", "-q"));
        Repo.Result result = Repo.run(command, 60);
        assertThat(result.exitCode()).as("%s:\n%s%s", String.join(" ", command), result.stdout(), result.stderr()).isZero();
        assertThat(result.stderr()).as("warnings of %s", String.join(" ", command)).doesNotContainIgnoringCase("warn");
    }

    private static Optional<List<String>> composeCommand() {
        Optional<Path> legacy = Repo.onPath("docker-compose");
        if (legacy.isPresent()) {
            return Optional.of(List.of(legacy.get().toString()));
        }
        Optional<Path> docker = Repo.onPath("docker");
        if (docker.isPresent() && Repo.run(List.of(docker.get().toString(), "compose", "version"), 30).exitCode() == 0) {
            return Optional.of(List.of(docker.get().toString(), "compose"));
        }
        return Optional.empty();
    }
}
