package se.samverkan.deploymentchecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manifests of an overlay: rendered by {@code kubectl kustomize} when kubectl is on PATH;
 * otherwise read from the resource files the kustomizations list (base, realm and overlay),
 * without their patches, generators and namespace, which only kustomize applies.
 */
final class Overlays {

    static final List<String> NAMES = List.of("dev", "prod");

    record Rendered(String overlay, List<Map<String, Object>> documents, boolean byKustomize) {
    }

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static Optional<Path> kubectl() {
        return Repo.onPath("kubectl");
    }

    static Rendered render(String overlay) {
        return CACHE.computeIfAbsent(overlay, Overlays::doRender);
    }

    /** Runs kubectl kustomize on a directory; throws with kubectl's message when it fails. */
    static String kustomize(Path kubectl, Path directory) {
        Repo.Result result = Repo.run(List.of(kubectl.toString(), "kustomize", directory.toString()), 60);
        if (result.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize " + Repo.root().relativize(directory) + " failed (exit "
                    + result.exitCode() + "):\n" + result.stderr());
        }
        return result.stdout();
    }

    private static Rendered doRender(String overlay) {
        Path directory = Repo.file("k8s/overlays/" + overlay);
        Optional<Path> kubectl = kubectl();
        if (kubectl.isPresent()) {
            return new Rendered(overlay, Repo.loadAll(kustomize(kubectl.get(), directory)), true);
        }
        System.out.println("[deployment-checks] kubectl is not on PATH: reading the resource files of k8s/overlays/"
                + overlay + " and what it includes without applying patches, generators or the namespace");
        List<Map<String, Object>> documents = new ArrayList<>();
        collect(directory, documents);
        return new Rendered(overlay, documents, false);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Path directory, List<Map<String, Object>> documents) {
        Map<String, Object> kustomization = Repo.loadMap(directory.resolve("kustomization.yaml"));
        for (Object entry : (List<Object>) kustomization.getOrDefault("resources", List.of())) {
            Path resource = directory.resolve(entry.toString()).normalize();
            if (Files.isDirectory(resource)) {
                collect(resource, documents);
            } else {
                documents.addAll(Repo.loadAll(Repo.read(resource)));
            }
        }
        // ConfigMaps from literals, as kustomize would generate them (without the name's hash suffix)
        for (Object generator : (List<Object>) kustomization.getOrDefault("configMapGenerator", List.of())) {
            Map<String, Object> spec = (Map<String, Object>) generator;
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            for (Object literal : (List<Object>) spec.getOrDefault("literals", List.of())) {
                String[] keyValue = literal.toString().split("=", 2);
                data.put(keyValue[0], keyValue[1]);
            }
            Map<String, Object> existing = documents.stream()
                    .filter(d -> "ConfigMap".equals(d.get("kind"))
                            && spec.get("name").equals(((Map<String, Object>) d.get("metadata")).get("name")))
                    .findFirst().orElse(null);
            if (existing != null && "merge".equals(spec.get("behavior"))) {
                ((Map<String, Object>) existing.get("data")).putAll(data);
            } else {
                documents.add(new java.util.HashMap<>(Map.of("apiVersion", "v1", "kind", "ConfigMap",
                        "metadata", Map.of("name", spec.get("name")), "data", data)));
            }
        }
    }
}
