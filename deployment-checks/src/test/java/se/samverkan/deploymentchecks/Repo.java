package se.samverkan.deploymentchecks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The repository this module checks, YAML loading as Kubernetes and Compose read it, and running tools. */
final class Repo {

    private Repo() {
    }

    /** The repository root: the nearest folder upwards that holds the deployment-checks module and k8s/. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("deployment-checks")) && Files.isDirectory(dir.resolve("k8s"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("the repository root (with deployment-checks/ and k8s/) was not found above "
                + Path.of("").toAbsolutePath());
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A YAML loader that keeps timestamps and other implicit types as strings, as Kubernetes and
     * Compose would see them in string fields; integers, floats, booleans and null stay typed.
     */
    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(20 * 1024 * 1024);
        options.setNestingDepthLimit(500);
        Resolver resolver = new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
                if (tag.equals(Tag.TIMESTAMP)) {
                    return;
                }
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        };
        return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options, resolver);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> loadMap(Path path) {
        Object loaded = yaml().load(read(path));
        if (!(loaded instanceof Map)) {
            throw new IllegalStateException(path + " is not a YAML mapping");
        }
        return (Map<String, Object>) loaded;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> loadAll(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(text)) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map)) {
                throw new IllegalStateException("a YAML document that is not a mapping: " + document);
            }
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    /** The executable on PATH, if any. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command in the repository root, failing when it takes longer than the timeout. */
    static Result run(List<String> command, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("deployment-checks", ".out");
            Path err = Files.createTempFile("deployment-checks", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(root().toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
                }
                return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static InputStream resource(String name) {
        InputStream in = Repo.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("no resource " + name);
        }
        return in;
    }
}
