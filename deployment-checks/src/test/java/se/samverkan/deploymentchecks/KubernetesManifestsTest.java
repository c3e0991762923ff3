package se.samverkan.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/** Every manifest of both overlays parses strictly: built-in kinds with the fabric8 model, custom resources with their operators' schemas. */
class KubernetesManifestsTest {

    static final List<String> OVERLAYS = Overlays.NAMES;

    @Test
    void kubectlKustomizeBuildsBothOverlays() {
        Optional<Path> kubectl = Overlays.kubectl();
        if (kubectl.isEmpty()) {
            System.out.println("[deployment-checks] skipped: kubectl is not on PATH, so `kubectl kustomize` of the overlays was not run");
        }
        assumeTrue(kubectl.isPresent(), "kubectl is not on PATH");
        for (String overlay : OVERLAYS) {
            String rendered = Overlays.kustomize(kubectl.get(), Repo.file("k8s/overlays/" + overlay));
            assertThat(Repo.loadAll(rendered)).as("resources rendered from %s", overlay).isNotEmpty();
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void builtInResourcesParseWithTheKubernetesModelWithoutUnknownFields(String overlay) {
        List<String> problems = new ArrayList<>();
        int parsed = 0;
        for (Map<String, Object> document : Overlays.render(overlay).documents()) {
            String apiVersion = String.valueOf(document.get("apiVersion"));
            String kind = String.valueOf(document.get("kind"));
            Class<? extends KubernetesResource> type = StrictModel.builtInClass(apiVersion, kind);
            if (type == null) {
                continue; // a custom resource: see the next test
            }
            List<String> found = new ArrayList<>();
            StrictModel.parse(document, type, found);
            found.forEach(problem -> problems.add(name(document) + ": " + problem));
            parsed++;
        }
        assertThat(problems).as("problems in the built-in resources of %s", overlay).isEmpty();
        assertThat(parsed).as("built-in resources parsed in %s", overlay).isGreaterThan(20);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    @SuppressWarnings("unchecked")
    void customResourcesMatchTheSchemasOfTheirOperators(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> document : Overlays.render(overlay).documents()) {
            String apiVersion = String.valueOf(document.get("apiVersion"));
            String kind = String.valueOf(document.get("kind"));
            if (StrictModel.builtInClass(apiVersion, kind) != null) {
                continue;
            }
            Optional<Map<String, Object>> schema = CrdSchemas.schema(apiVersion, kind);
            if (schema.isEmpty()) {
                problems.add(name(document) + ": neither a kind of the Kubernetes model nor a custom resource with a"
                        + " vendored schema (src/test/resources/crds): a misspelt apiVersion or kind, or a new operator");
                continue;
            }
            for (String key : document.keySet()) {
                if (!List.of("apiVersion", "kind", "metadata", "spec").contains(key)) {
                    problems.add(name(document) + ": unknown top-level field " + key);
                }
            }
            List<String> found = new ArrayList<>();
            StrictModel.unknownFields(StrictModel.SERIALIZATION.convertValue(document.get("metadata"), ObjectMeta.class),
                    "metadata", found);
            Map<String, Object> properties = (Map<String, Object>) schema.get().get("properties");
            CrdSchemas.validate(document.get("spec"), (Map<String, Object>) properties.get("spec"), "spec", found);
            found.forEach(problem -> problems.add(name(document) + ": " + problem));
        }
        assertThat(problems).as("problems in the custom resources of %s", overlay).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theExpectedKindsAreThere(String overlay) {
        List<String> kinds = Overlays.render(overlay).documents().stream()
                .map(d -> d.get("apiVersion") + " " + d.get("kind")).toList();
        assertThat(kinds).contains(
                "apps/v1 Deployment", "v1 Service", "v1 ConfigMap", "autoscaling/v2 HorizontalPodAutoscaler",
                "policy/v1 PodDisruptionBudget", "networking.k8s.io/v1 NetworkPolicy", "networking.k8s.io/v1 Ingress",
                "monitoring.coreos.com/v1 ServiceMonitor", "mongodbcommunity.mongodb.com/v1 MongoDBCommunity",
                "rabbitmq.com/v1beta1 RabbitmqCluster", "k8s.keycloak.org/v2alpha1 Keycloak",
                "k8s.keycloak.org/v2alpha1 KeycloakRealmImport");
        assertThat(kinds).as("no secret values are committed: Secrets are made by the operators or by hand")
                .doesNotContain("v1 Secret");
    }

    @SuppressWarnings("unchecked")
    static String name(Map<String, Object> document) {
        Object metadata = document.get("metadata");
        Object name = metadata instanceof Map<?, ?> m ? ((Map<String, Object>) m).get("name") : null;
        return document.get("kind") + "/" + name;
    }
}
