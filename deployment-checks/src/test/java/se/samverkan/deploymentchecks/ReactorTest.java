package se.samverkan.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The deployables and settings these checks assume are the reactor's: its Spring Boot modules,
 * their ports and databases, the settings they read, and the `images` profile that builds them.
 */
class ReactorTest {

    private static Document pom(String relative) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                Repo.read(Repo.file(relative)).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Node parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static Element child(Node parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getNodeName()).hasSize(1);
        return found.get(0);
    }

    @Test
    void theDeployablesAreTheReactorsSpringBootApplications() throws Exception {
        Element project = pom("pom.xml").getDocumentElement();
        List<String> applications = new ArrayList<>();
        for (Element module : children(child(project, "modules"), "module")) {
            String name = module.getTextContent().strip();
            if (java.nio.file.Files.exists(Repo.file(name + "/src/main/resources/application.yml"))) {
                applications.add(name);
            }
        }
        assertThat(applications).as("every Spring Boot module of the reactor is deployed (docker-compose.yml, k8s/base)")
                .containsExactlyInAnyOrderElementsOf(Deployables.MODULES);
    }

    @Test
    @SuppressWarnings("unchecked")
    void portsDatabasesAndSettingsAreTheModulesConfiguration() {
        for (Deployables.Deployable deployable : Deployables.ALL) {
            Map<String, Object> config = Repo.loadMap(Repo.file(deployable.module() + "/src/main/resources/application.yml"));
            assertThat(((Map<String, Object>) config.get("server")).get("port")).as("port of %s", deployable.module())
                    .isEqualTo(deployable.port());
            if (deployable.isGateway()) {
                String text = Repo.read(Repo.file("gateway/src/main/resources/application.yml"));
                Deployables.GATEWAY_ROUTES.forEach((variable, module) -> {
                    String property = variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
                    assertThat(text).as("the gateway reads %s (set as %s)", property, variable).contains("${" + property + ":");
                });
                continue;
            }
            Map<String, Object> spring = (Map<String, Object>) config.get("spring");
            if (deployable.isWebClient()) {
                String text = Repo.read(Repo.file(deployable.module() + "/src/main/resources/application.yml"));
                for (String variable : Deployables.requiredEnv(deployable)) {
                    assertThat(text).as("the web client reads %s", variable).contains("${" + variable + ":");
                }
                assertThat(spring).as("the web client owns no data").doesNotContainKeys("mongodb", "rabbitmq");
                assertThat(Repo.read(Repo.file(deployable.module() + "/pom.xml")))
                        .as("the web client needs neither MongoDB nor the broker").doesNotContain("mongodb", "amqp");
                continue;
            }
            Map<String, Object> mongodb = (Map<String, Object>) spring.get("mongodb");
            assertThat(mongodb).as("spring.mongodb of %s", deployable.module()).containsKeys("uri", "database");
            assertThat(mongodb.get("database")).isEqualTo(deployable.database());
        }
        Map<String, Object> defaults = Repo.loadMap(Repo.file("service-defaults/src/main/resources/samverkan-defaults.yml"));
        Map<String, Object> rabbit = (Map<String, Object>) ((Map<String, Object>) defaults.get("spring")).get("rabbitmq");
        assertThat(rabbit).as("the broker settings every service reads (SPRING_RABBITMQ_*)")
                .containsKeys("host", "port", "username", "password");
        assertThat(Repo.read(Repo.file("service-defaults/src/main/java/se/samverkan/defaults/messaging/MessagingProperties.java")))
                .as("samverkan.messaging.quorum-queues (SAMVERKAN_MESSAGING_QUORUM_QUEUES) exists").contains("boolean quorumQueues");
    }

    @Test
    void theImagesProfileBuildsEachDeployableAsANonRootTarWithItsPort() throws Exception {
        Element project = pom("pom.xml").getDocumentElement();
        Element profile = children(child(project, "profiles"), "profile").stream()
                .filter(p -> child(p, "id").getTextContent().equals("images")).findFirst().orElseThrow();
        assertThat(children(profile, "activation")).as("the images profile is opt-in").isEmpty();
        Map<String, String> properties = new HashMap<>();
        for (Node node = child(profile, "properties").getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                properties.put(element.getTagName(), element.getTextContent().strip());
            }
        }
        assertThat(properties).containsEntry("samverkan.image.base", "eclipse-temurin:17-jre");
        String profileText = Repo.read(Repo.file("pom.xml"));
        Element jib = children(child(child(profile, "build"), "plugins"), "plugin").stream()
                .filter(p -> child(p, "artifactId").getTextContent().equals("jib-maven-plugin")).findFirst().orElseThrow();
        Element configuration = child(jib, "configuration");
        Element container = child(configuration, "container");
        assertThat(child(container, "user").getTextContent()).isEqualTo("65532:65532");
        assertThat(child(child(container, "jvmFlags"), "jvmFlag").getTextContent()).isEqualTo("-XX:MaxRAMPercentage=75");
        assertThat(child(container, "creationTime").getTextContent()).isNotBlank();
        assertThat(child(child(configuration, "from"), "image").getTextContent()).isEqualTo("${samverkan.image.base}");
        assertThat(child(child(configuration, "to"), "image").getTextContent())
                .isEqualTo("samverkan/${project.artifactId}:${project.version}");
        assertThat(child(child(configuration, "outputPaths"), "tar").getTextContent()).endsWith("/jib-image.tar");
        assertThat(jib.getElementsByTagName("goal").item(0).getTextContent()).isEqualTo("buildTar");
        for (Deployables.Deployable deployable : Deployables.ALL) {
            assertThat(profileText).as("the images profile knows the port of %s", deployable.module())
                    .contains(deployable.module() + "=" + deployable.port());
        }
    }

    @Test
    void theBaseImageScriptIsValidBash() {
        java.util.Optional<java.nio.file.Path> bash = Repo.onPath("bash");
        org.junit.jupiter.api.Assumptions.assumeTrue(bash.isPresent(), "bash is not on PATH");
        Repo.Result result = Repo.run(List.of(bash.get().toString(), "-n", "deploy/images/make-base-image-tar.sh"), 30);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(java.nio.file.Files.isExecutable(Repo.file("deploy/images/make-base-image-tar.sh"))).isTrue();
    }
}
