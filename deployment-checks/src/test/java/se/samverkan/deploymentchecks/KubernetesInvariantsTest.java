package se.samverkan.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** What every Samverkan workload in both overlays must have, and how the pieces refer to each other. */
class KubernetesInvariantsTest {

    static final List<String> OVERLAYS = Overlays.NAMES;

    /** The namespaces and pods the network policies let in (docs/deployment.md names them too). */
    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String MONITORING_NAMESPACE = "monitoring";

    private static <T> List<T> all(String overlay, String kind, Class<T> type) {
        return Overlays.render(overlay).documents().stream()
                .filter(d -> kind.equals(d.get("kind")))
                .map(d -> StrictModel.SERIALIZATION.convertValue(d, type))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> custom(String overlay, String kind) {
        return Overlays.render(overlay).documents().stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (current instanceof Map<?, ?> map) {
                current = ((Map<String, Object>) map).get(key);
            } else if (current instanceof List<?> list && key.matches("\\d+")) {
                int index = Integer.parseInt(key);
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as("containers of %s", deployment.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    private static String module(Deployment deployment) {
        String image = container(deployment).getImage();
        String repository = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = repository.lastIndexOf(':');
        if (colon > repository.lastIndexOf('/')) {
            repository = repository.substring(0, colon);
        }
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyImageNamesADeployableModuleOfTheReactorAndEachIsDeployedOnce(String overlay) {
        List<String> modules = new ArrayList<>();
        for (Deployment deployment : all(overlay, "Deployment", Deployment.class)) {
            String module = module(deployment);
            assertThat(Deployables.MODULES).as("the image %s of Deployment %s", container(deployment).getImage(),
                    deployment.getMetadata().getName()).contains(module);
            assertThat(deployment.getMetadata().getName()).as("Deployment named after its module").isEqualTo(module);
            assertThat(container(deployment).getImage()).as("image of %s has a tag", module).matches(".+:[^/]+$");
            modules.add(module);
        }
        assertThat(modules).containsExactlyInAnyOrderElementsOf(Deployables.MODULES);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasStartupReadinessAndLivenessProbesOnTheActuator(String overlay) {
        for (Deployment deployment : all(overlay, "Deployment", Deployment.class)) {
            Container container = container(deployment);
            String name = deployment.getMetadata().getName();
            int port = Deployables.byModule(module(deployment)).port();
            assertThat(container.getPorts()).as("ports of %s", name).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("http", port));
            assertProbe(name + " startup", container.getStartupProbe(), "/actuator/health/liveness", "/actuator/health/readiness");
            assertProbe(name + " readiness", container.getReadinessProbe(), "/actuator/health/readiness");
            assertProbe(name + " liveness", container.getLivenessProbe(), "/actuator/health/liveness");
        }
    }

    private static void assertProbe(String what, Probe probe, String... paths) {
        assertThat(probe).as("%s probe", what).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as("%s probe is an HTTP GET", what).isNotNull();
        assertThat(get.getPath()).as("%s probe path", what).isIn((Object[]) paths);
        assertThat(get.getPort()).as("%s probe port", what).isEqualTo(new IntOrString("http"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasRequestsAndLimitsWithinThem(String overlay) {
        for (Deployment deployment : all(overlay, "Deployment", Deployment.class)) {
            String name = deployment.getMetadata().getName();
            var resources = container(deployment).getResources();
            assertThat(resources).as("resources of %s", name).isNotNull();
            for (String resource : List.of("cpu", "memory")) {
                Quantity request = resources.getRequests() == null ? null : resources.getRequests().get(resource);
                Quantity limit = resources.getLimits() == null ? null : resources.getLimits().get(resource);
                assertThat(request).as("%s request of %s", resource, name).isNotNull();
                assertThat(limit).as("%s limit of %s", resource, name).isNotNull();
                assertThat(request.getNumericalAmount()).as("%s request of %s within its limit", resource, name)
                        .isLessThanOrEqualTo(limit.getNumericalAmount());
            }
            assertThat(resources.getLimits().get("memory").getNumericalAmount())
                    .as("memory limit of %s leaves the JVM (75 %% heap) room: at least 384Mi", name)
                    .isGreaterThanOrEqualTo(Quantity.parse("384Mi").getNumericalAmount());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentRunsAsNonRootWithAReadOnlyRootFileSystem(String overlay) {
        for (Deployment deployment : all(overlay, "Deployment", Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            assertThat(podContext).as("pod security context of %s", name).isNotNull();
            assertThat(podContext.getRunAsNonRoot()).as("runAsNonRoot of %s", name).isTrue();
            assertThat(podContext.getRunAsUser()).as("runAsUser of %s", name).isEqualTo(65532L);
            assertThat(podContext.getSeccompProfile()).as("pod seccomp profile of %s", name).isNotNull();
            assertThat(podContext.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as("%s mounts no API token", name).isFalse();

            SecurityContext context = container(deployment).getSecurityContext();
            assertThat(context).as("container security context of %s", name).isNotNull();
            assertThat(context.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation of %s", name).isFalse();
            assertThat(context.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem of %s", name).isTrue();
            assertThat(context.getRunAsNonRoot()).as("container runAsNonRoot of %s", name).isNotEqualTo(Boolean.FALSE);
            assertThat(context.getRunAsUser()).as("container runAsUser of %s", name).isIn(null, 65532L);
            assertThat(context.getPrivileged()).as("privileged of %s", name).isNotEqualTo(Boolean.TRUE);
            assertThat(context.getCapabilities()).as("capabilities of %s", name).isNotNull();
            assertThat(context.getCapabilities().getDrop()).as("dropped capabilities of %s", name).containsExactly("ALL");
            assertThat(context.getCapabilities().getAdd()).as("added capabilities of %s", name).isNullOrEmpty();

            String tmpVolume = container(deployment).getVolumeMounts().stream()
                    .filter(mount -> "/tmp".equals(mount.getMountPath())).map(m -> m.getName()).findFirst().orElse(null);
            assertThat(tmpVolume).as("%s mounts a writable /tmp", name).isNotNull();
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElse(null);
            assertThat(volume).as("volume %s of %s", tmpVolume, name).isNotNull();
            assertThat(volume.getEmptyDir()).as("/tmp of %s is an emptyDir", name).isNotNull();
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceSelectsTheLabelsOfADeploymentsPodsAndANamedPort(String overlay) {
        List<Deployment> deployments = all(overlay, "Deployment", Deployment.class);
        for (Service service : all(overlay, "Service", Service.class)) {
            String name = service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            assertThat(selector).as("selector of Service %s", name).isNotEmpty();
            List<Deployment> selected = deployments.stream()
                    .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            assertThat(selected).as("Deployments whose pods Service %s selects", name).hasSize(1);
            Deployment deployment = selected.get(0);
            assertThat(deployment.getSpec().getSelector().getMatchLabels().entrySet())
                    .as("the Deployment's own selector matches its pods").isSubsetOf(
                            deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet());
            Set<String> containerPorts = container(deployment).getPorts().stream().map(ContainerPort::getName)
                    .collect(Collectors.toSet());
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(containerPorts).as("target port of Service %s", name).contains(port.getTargetPort().getStrVal());
                assertThat(port.getPort()).as("Service %s keeps the module's port (the gateway's routes use it)", name)
                        .isEqualTo(Deployables.byModule(module(deployment)).port());
            }
        }
        assertThat(all(overlay, "Service", Service.class)).extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Deployables.MODULES);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyEnvironmentVariableAServiceReadsIsSetAndSecretsComeFromSecrets(String overlay) {
        Map<String, ConfigMap> configMaps = all(overlay, "ConfigMap", ConfigMap.class).stream()
                .collect(Collectors.toMap(c -> c.getMetadata().getName(), c -> c));
        Set<String> operatorSecrets = operatorSecrets(overlay);
        String deploymentDoc = Repo.read(Repo.file("docs/deployment.md"));
        for (Deployment deployment : all(overlay, "Deployment", Deployment.class)) {
            Deployables.Deployable deployable = Deployables.byModule(module(deployment));
            List<EnvVar> env = container(deployment).getEnv();
            Map<String, EnvVar> byName = new HashMap<>();
            for (EnvVar var : env) {
                assertThat(byName.put(var.getName(), var)).as("%s sets %s once", deployable.module(), var.getName()).isNull();
            }
            for (String required : Deployables.requiredEnv(deployable)) {
                assertThat(byName).as("%s sets %s", deployable.module(), required).containsKey(required);
            }
            for (EnvVar var : env) {
                String what = deployable.module() + " " + var.getName();
                boolean literal = var.getValue() != null;
                assertThat(literal ^ var.getValueFrom() != null).as("%s has a value or a reference", what).isTrue();
                if (Deployables.isSecretName(var.getName()) || var.getName().equals("SPRING_MONGODB_URI")) {
                    assertThat(var.getValueFrom() == null ? null : var.getValueFrom().getSecretKeyRef())
                            .as("%s comes from a Secret, never a literal", what).isNotNull();
                }
                if (literal) {
                    continue;
                }
                var configMapRef = var.getValueFrom().getConfigMapKeyRef();
                var secretRef = var.getValueFrom().getSecretKeyRef();
                if (configMapRef != null) {
                    ConfigMap configMap = configMaps.get(configMapRef.getName());
                    assertThat(configMap).as("ConfigMap %s that %s refers to", configMapRef.getName(), what).isNotNull();
                    assertThat(configMap.getData()).as("keys of ConfigMap %s", configMapRef.getName())
                            .containsKey(configMapRef.getKey());
                } else if (secretRef != null) {
                    assertThat(operatorSecrets.contains(secretRef.getName()) || deploymentDoc.contains(secretRef.getName()))
                            .as("Secret %s that %s refers to is made by an operator of this overlay (%s) or named in"
                                    + " docs/deployment.md as made by hand", secretRef.getName(), what, operatorSecrets)
                            .isTrue();
                } else {
                    throw new AssertionError(what + " refers to neither a ConfigMap nor a Secret");
                }
            }
            if (deployable.isService()) {
                assertThat(byName.get("SPRING_MONGODB_DATABASE").getValue()).as("database of %s", deployable.module())
                        .isEqualTo(deployable.database());
                assertThat(byName.get("SPRING_MONGODB_URI").getValueFrom().getSecretKeyRef().getName())
                        .as("%s connects as its own MongoDB user", deployable.module()).endsWith("-" + deployable.database());
                assertThat(resolve(byName.get("SAMVERKAN_MESSAGING_QUORUM_QUEUES"), configMaps)).isEqualTo("true");
                assertThat(resolve(byName.get("SPRING_RABBITMQ_HOST"), configMaps)).as("broker host")
                        .isIn(custom(overlay, "RabbitmqCluster").stream().map(r -> at(r, "metadata", "name")).toArray());
                assertThat(resolve(byName.get("SPRING_RABBITMQ_PORT"), configMaps)).isEqualTo("5672");
            } else if (deployable.isWebClient()) {
                Map<String, Object> keycloak = custom(overlay, "Keycloak").get(0);
                assertThat(resolve(byName.get("SAMVERKAN_ISSUER_URI"), configMaps))
                        .as("browsers sign in at Keycloak's public hostname")
                        .isEqualTo(at(keycloak, "spec", "hostname", "hostname") + "/realms/samverkan");
                assertThat(resolve(byName.get("SAMVERKAN_ISSUER_INTERNAL_URI"), configMaps))
                        .as("the web client fetches its tokens from the Keycloak operator's Service")
                        .isEqualTo("http://" + at(keycloak, "metadata", "name") + "-service:8080/realms/samverkan");
                assertThat(resolve(byName.get("SAMVERKAN_API_URI"), configMaps)).as("the web client calls the gateway")
                        .isEqualTo("http://gateway:" + Deployables.byModule("gateway").port());
                assertThat(byName.keySet()).as("the web client owns no data")
                        .noneMatch(name -> name.startsWith("SPRING_MONGODB") || name.startsWith("SPRING_RABBITMQ"));
            } else {
                for (Map.Entry<String, String> route : Deployables.GATEWAY_ROUTES.entrySet()) {
                    Deployables.Deployable target = Deployables.byModule(route.getValue());
                    assertThat(resolve(byName.get(route.getKey()), configMaps)).as("gateway route %s", route.getKey())
                            .isEqualTo("http://" + target.module() + ":" + target.port());
                }
                // behind the ingress: the web client's origin is the Ingress host, callers are told apart by X-Forwarded-For
                String host = String.valueOf(at(Overlays.render(overlay).documents().stream()
                        .filter(d -> "Ingress".equals(d.get("kind"))).findFirst().orElseThrow(), "spec", "rules", "0", "host"));
                assertThat(byName).containsKeys("SAMVERKAN_GATEWAY_ALLOWEDORIGINS", "SAMVERKAN_GATEWAY_RATELIMIT_TRUSTFORWARDEDFOR");
                if (Overlays.render(overlay).byKustomize()) {
                    assertThat(resolve(byName.get("SAMVERKAN_GATEWAY_ALLOWEDORIGINS"), configMaps)).isEqualTo("https://" + host);
                }
                assertThat(resolve(byName.get("SAMVERKAN_GATEWAY_RATELIMIT_TRUSTFORWARDEDFOR"), configMaps)).isEqualTo("true");
            }
        }
    }

    private static String resolve(EnvVar var, Map<String, ConfigMap> configMaps) {
        if (var.getValue() != null) {
            return var.getValue();
        }
        var ref = var.getValueFrom().getConfigMapKeyRef();
        assertThat(ref).as("%s from a ConfigMap or literal", var.getName()).isNotNull();
        return configMaps.get(ref.getName()).getData().get(ref.getKey());
    }

    /** The Secrets the operators create from this overlay's custom resources, by their documented names. */
    @SuppressWarnings("unchecked")
    private static Set<String> operatorSecrets(String overlay) {
        Set<String> secrets = new HashSet<>();
        for (Map<String, Object> mongo : custom(overlay, "MongoDBCommunity")) {
            String name = (String) at(mongo, "metadata", "name");
            for (Object user : (List<Object>) at(mongo, "spec", "users")) {
                Object explicit = at(user, "connectionStringSecretName");
                secrets.add(explicit != null ? explicit.toString()
                        : name + "-" + at(user, "db") + "-" + at(user, "name"));
            }
        }
        for (Map<String, Object> rabbit : custom(overlay, "RabbitmqCluster")) {
            secrets.add(at(rabbit, "metadata", "name") + "-default-user");
        }
        for (Map<String, Object> postgres : custom(overlay, "Cluster")) {
            secrets.add(at(postgres, "metadata", "name") + "-app");
        }
        return secrets;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    @SuppressWarnings("unchecked")
    void eachServiceHasItsOwnMongoDbUserWithReadWriteOnItsOwnDatabaseOnly(String overlay) {
        List<Map<String, Object>> mongos = custom(overlay, "MongoDBCommunity");
        assertThat(mongos).hasSize(1);
        Map<String, Object> mongo = mongos.get(0);
        assertThat(at(mongo, "spec", "type")).isEqualTo("ReplicaSet");
        assertThat(String.valueOf(at(mongo, "spec", "version"))).as("MongoDB version").startsWith("7.0.");
        List<Object> users = (List<Object>) at(mongo, "spec", "users");
        for (Deployables.Deployable service : Deployables.SERVICES) {
            List<Object> own = users.stream().filter(u -> ("samverkan-mongodb-" + service.database())
                    .equals(at(u, "connectionStringSecretName"))).toList();
            assertThat(own).as("the MongoDB user whose connection string %s reads", service.module()).hasSize(1);
            assertThat((List<Object>) at(own.get(0), "roles")).as("roles of %s's user", service.module())
                    .containsExactly(Map.of("name", "readWrite", "db", service.database()));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void autoscalersAndDisruptionBudgetsTargetExistingDeployments(String overlay) {
        List<Deployment> deployments = all(overlay, "Deployment", Deployment.class);
        Set<String> names = deployments.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet());
        List<HorizontalPodAutoscaler> autoscalers = all(overlay, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
        assertThat(autoscalers).extracting(h -> h.getSpec().getScaleTargetRef().getName())
                .containsExactlyInAnyOrder("gateway", "transparency-service");
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(names).contains(hpa.getSpec().getScaleTargetRef().getName());
            assertThat(hpa.getSpec().getMinReplicas()).isPositive().isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
        }
        List<PodDisruptionBudget> budgets = all(overlay, "PodDisruptionBudget", PodDisruptionBudget.class);
        Set<String> covered = new HashSet<>();
        for (PodDisruptionBudget budget : budgets) {
            Map<String, String> selector = budget.getSpec().getSelector().getMatchLabels();
            List<String> matched = deployments.stream()
                    .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .map(d -> d.getMetadata().getName()).toList();
            assertThat(matched).as("Deployments of PodDisruptionBudget %s", budget.getMetadata().getName()).hasSize(1);
            covered.addAll(matched);
            boolean bounded = budget.getSpec().getMaxUnavailable() != null || budget.getSpec().getMinAvailable() != null;
            assertThat(bounded).isTrue();
            Deployment deployment = deployments.stream().filter(d -> d.getMetadata().getName().equals(matched.get(0)))
                    .findFirst().orElseThrow();
            int replicas = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
            assertThat(evictable(budget, replicas))
                    .as("PodDisruptionBudget %s lets a node drain evict a pod", budget.getMetadata().getName()).isPositive();
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(names);
    }

    /** How many of the replicas a budget lets be evicted at once. */
    private static int evictable(PodDisruptionBudget budget, int replicas) {
        IntOrString max = budget.getSpec().getMaxUnavailable();
        IntOrString min = budget.getSpec().getMinAvailable();
        if (max != null) {
            return max.getIntVal() != null ? max.getIntVal()
                    : (int) Math.ceil(replicas * Integer.parseInt(max.getStrVal().replace("%", "")) / 100.0);
        }
        return replicas - (min.getIntVal() != null ? min.getIntVal()
                : (int) Math.ceil(replicas * Integer.parseInt(min.getStrVal().replace("%", "")) / 100.0));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theWebClientRunsOneReplicaSinceItsSessionsAreInMemory(String overlay) {
        String module = Deployables.WEB_CLIENT.module();
        Deployment deployment = all(overlay, "Deployment", Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(module)).findFirst().orElseThrow();
        assertThat(deployment.getSpec().getReplicas())
                .as("replicas of %s: a second one would sign users out at random (docs/services/web-client.md)", module)
                .isEqualTo(1);
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                .as("a rollout starts the new %s before it stops the old", module).isEqualTo(new IntOrString(0));
        assertThat(all(overlay, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class))
                .as("nothing scales %s out", module)
                .noneMatch(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(module));
    }

    @Test
    void productionTakesEveryImageFromTheRegistryWithAReleaseTag() {
        assumeTrue(Overlays.render("prod").byKustomize(), "the overlay's images are set by kustomize only");
        for (Deployment deployment : all("prod", "Deployment", Deployment.class)) {
            assertThat(container(deployment).getImage()).as("image of %s", deployment.getMetadata().getName())
                    .startsWith("registry.example.org/samverkan/" + module(deployment) + ":").doesNotEndWith("-SNAPSHOT");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void networkPoliciesDenyByDefaultAndAllowOnlyTheDocumentedPaths(String overlay) {
        List<NetworkPolicy> policies = all(overlay, "NetworkPolicy", NetworkPolicy.class);
        List<Deployment> deployments = all(overlay, "Deployment", Deployment.class);
        String mongoPods = at(custom(overlay, "MongoDBCommunity").get(0), "metadata", "name") + "-svc";
        String rabbitPods = String.valueOf(at(custom(overlay, "RabbitmqCluster").get(0), "metadata", "name"));

        for (Deployment deployment : deployments) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            String name = deployment.getMetadata().getName();
            List<NetworkPolicy> applying = policies.stream().filter(p -> selects(p.getSpec().getPodSelector(), labels)).toList();
            assertThat(applying).as("a policy with no rules for both directions selects %s (default deny)", name)
                    .anyMatch(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                            && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty());

            List<NetworkPolicyPeer> from = applying.stream().flatMap(p -> p.getSpec().getIngress().stream())
                    .flatMap(rule -> rule.getFrom().stream()).toList();
            assertThat(from).as("every ingress rule of %s names its peers (no rule lets everything in)", name)
                    .allMatch(peer -> peer.getPodSelector() != null || peer.getNamespaceSelector() != null);
            applying.stream().flatMap(p -> p.getSpec().getIngress().stream())
                    .forEach(rule -> assertThat(rule.getFrom()).as("ingress rule of %s has peers", name).isNotEmpty());
            Set<String> allowedFrom = from.stream().map(KubernetesInvariantsTest::describe).collect(Collectors.toSet());
            String prometheus = "namespace " + MONITORING_NAMESPACE + " pods prometheus";
            String webClient = "pods " + Deployables.WEB_CLIENT.module();
            Set<String> expectedFrom = switch (Deployables.byModule(name).kind()) {
                // the web client calls the APIs back through the gateway
                case GATEWAY -> Set.of("namespace " + INGRESS_NAMESPACE, webClient, prometheus);
                case SERVICE, WEB_CLIENT -> Set.of("pods gateway", prometheus);
            };
            assertThat(allowedFrom).as("who may reach %s", name).isEqualTo(expectedFrom);

            Set<String> allowedTo = applying.stream().flatMap(p -> p.getSpec().getEgress().stream())
                    .peek(rule -> assertThat(rule.getTo()).as("egress rule of %s has peers", name).isNotEmpty())
                    .flatMap(rule -> rule.getTo().stream()).map(KubernetesInvariantsTest::describe)
                    .collect(Collectors.toSet());
            String keycloakPods = "pods " + at(custom(overlay, "Keycloak").get(0), "metadata", "name");
            String dns = "namespace kube-system pods kube-dns";
            Set<String> expectedTo = switch (Deployables.byModule(name).kind()) {
                case GATEWAY -> Set.of("pods samverkan services", webClient, dns, keycloakPods);
                case SERVICE -> Set.of("pods " + mongoPods, "pods " + rabbitPods, dns, keycloakPods);
                // the web client signs its users in at Keycloak and calls nothing but the gateway
                case WEB_CLIENT -> Set.of("pods gateway", dns, keycloakPods);
            };
            assertThat(allowedTo).as("what %s may reach", name).isEqualTo(expectedTo);
        }
    }

    private static boolean selects(io.fabric8.kubernetes.api.model.LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> match = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        if (!labels.entrySet().containsAll(match.entrySet())) {
            return false;
        }
        for (var expression : selector.getMatchExpressions()) {
            String value = labels.get(expression.getKey());
            boolean ok = switch (expression.getOperator()) {
                case "In" -> value != null && expression.getValues().contains(value);
                case "NotIn" -> value == null || !expression.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown operator " + expression.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A short description of a peer: the namespace by its name label and the pods by their name label. */
    private static String describe(NetworkPolicyPeer peer) {
        assertThat(peer.getIpBlock()).as("no IP blocks in the policies").isNull();
        List<String> parts = new ArrayList<>();
        if (peer.getNamespaceSelector() != null) {
            parts.add("namespace " + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
        }
        if (peer.getPodSelector() != null) {
            Map<String, String> labels = peer.getPodSelector().getMatchLabels();
            String pods = labels.containsKey("app.kubernetes.io/component")
                    ? labels.get("app.kubernetes.io/part-of") + " " + labels.get("app.kubernetes.io/component") + "s"
                    : java.util.stream.Stream.of("app.kubernetes.io/name", "app.kubernetes.io/instance", "app", "k8s-app").map(labels::get)
                            .filter(Objects::nonNull).findFirst().orElse(labels.toString());
            parts.add("pods " + pods);
        }
        return String.join(" ", parts);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theIngressLeadsToTheGatewayOnly(String overlay) {
        List<Ingress> ingresses = all(overlay, "Ingress", Ingress.class);
        assertThat(ingresses).hasSize(1);
        ingresses.get(0).getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
            assertThat(path.getBackend().getService().getName()).isEqualTo("gateway");
            assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
        }));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    @SuppressWarnings("unchecked")
    void aServiceMonitorScrapesTheActuatorOfEveryDeployable(String overlay) {
        List<Service> services = all(overlay, "Service", Service.class);
        Set<String> scraped = new HashSet<>();
        for (Map<String, Object> monitor : custom(overlay, "ServiceMonitor")) {
            Map<String, String> selector = (Map<String, String>) at(monitor, "spec", "selector", "matchLabels");
            List<Service> selected = services.stream()
                    .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
            assertThat(selected).as("Services of ServiceMonitor %s", at(monitor, "metadata", "name")).hasSize(1);
            for (Object endpoint : (List<Object>) at(monitor, "spec", "endpoints")) {
                assertThat(at(endpoint, "path")).isEqualTo("/actuator/prometheus");
                assertThat(selected.get(0).getSpec().getPorts()).extracting(ServicePort::getName)
                        .contains(String.valueOf(at(endpoint, "port")));
            }
            scraped.add(selected.get(0).getMetadata().getName());
        }
        assertThat(scraped).containsExactlyInAnyOrderElementsOf(Deployables.MODULES);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    @SuppressWarnings("unchecked")
    void theBrokerHasQuorumQueueDefaultsAndKeycloakImportsTheRealm(String overlay) {
        Map<String, Object> rabbit = custom(overlay, "RabbitmqCluster").get(0);
        String config = String.valueOf(at(rabbit, "spec", "rabbitmq", "additionalConfig"));
        assertThat(config).contains("default_queue_type = quorum");
        int replicas = (Integer) at(rabbit, "spec", "replicas");
        Matcher size = Pattern.compile("quorum_queue\\.initial_cluster_size = (\\d+)").matcher(config);
        assertThat(size.find()).as("initial quorum queue size set").isTrue();
        assertThat(Integer.parseInt(size.group(1))).as("quorum queue replicas").isEqualTo(replicas);

        List<Map<String, Object>> keycloaks = custom(overlay, "Keycloak");
        assertThat(keycloaks).hasSize(1);
        Map<String, Object> realmImport = custom(overlay, "KeycloakRealmImport").get(0);
        assertThat(at(realmImport, "spec", "keycloakCRName")).isEqualTo(at(keycloaks.get(0), "metadata", "name"));
        Object databaseHost = at(keycloaks.get(0), "spec", "db", "host");
        Object postgres = at(custom(overlay, "Cluster").get(0), "metadata", "name");
        assertThat(databaseHost).as("Keycloak's database is the PostgreSQL cluster's primary").isEqualTo(postgres + "-rw");
        assertThat(at(keycloaks.get(0), "spec", "db", "usernameSecret", "name")).isEqualTo(postgres + "-app");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    @SuppressWarnings("unchecked")
    void theRealmImportIsTheRealmFileWithTheOverlaysDocumentedChanges(String overlay) {
        assumeTrue(Overlays.render(overlay).byKustomize(), "the patches of the overlays are applied by kustomize only");
        Map<String, Object> file = Repo.loadMap(Repo.file("deploy/keycloak/samverkan-realm.json"));
        Map<String, Object> realmImport = custom(overlay, "KeycloakRealmImport").get(0);
        Map<String, Object> imported = (Map<String, Object>) StrictModel.SERIALIZATION.clone(at(realmImport, "spec", "realm"));

        // the services' client gets its secret from a Secret through the operator's placeholders
        List<Map<String, Object>> clients = (List<Map<String, Object>>) imported.get("clients");
        Map<String, Object> services = clients.stream().filter(c -> "samverkan-services".equals(c.get("clientId")))
                .findFirst().orElseThrow();
        assertThat(services.remove("secret")).isEqualTo("${SAMVERKAN_SERVICES_CLIENT_SECRET}");
        assertThat(at(realmImport, "spec", "placeholders", "SAMVERKAN_SERVICES_CLIENT_SECRET", "secret", "name"))
                .isEqualTo("samverkan-keycloak-clients");
        // the web client's addresses are the overlay's host
        Map<String, Object> web = clients.stream().filter(c -> "samverkan-web".equals(c.get("clientId")))
                .findFirst().orElseThrow();
        String host = String.valueOf(at(Overlays.render(overlay).documents().stream()
                .filter(d -> "Ingress".equals(d.get("kind"))).findFirst().orElseThrow(), "spec", "rules", "0", "host"));
        assertThat(web.get("rootUrl")).isEqualTo("https://" + host);
        assertThat((List<String>) web.get("redirectUris")).contains("https://" + host + "/app/*");
        List<Map<String, Object>> fileClients = (List<Map<String, Object>>) file.get("clients");
        for (String changed : List.of("rootUrl", "redirectUris", "webOrigins", "attributes")) {
            web.remove(changed);
            fileClients.get(0).remove(changed);
        }
        if (overlay.equals("prod")) {
            assertThat(imported).as("production imports no demo users").doesNotContainKey("users");
            file.remove("users");
            Map<String, Object> cli = clients.stream().filter(c -> "samverkan-cli".equals(c.get("clientId")))
                    .findFirst().orElseThrow();
            assertThat(cli.get("enabled")).as("production has no password-grant client").isEqualTo(false);
            ((List<Map<String, Object>>) file.get("clients")).stream()
                    .filter(c -> "samverkan-cli".equals(c.get("clientId"))).findFirst().orElseThrow().put("enabled", false);
        }
        assertThat(imported).as("the realm of %s against deploy/keycloak/samverkan-realm.json: run"
                + " deploy/keycloak/sync-realm-import.sh after changing the realm file", overlay).isEqualTo(file);
    }
}
