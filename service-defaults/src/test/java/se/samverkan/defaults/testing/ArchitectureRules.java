package se.samverkan.defaults.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules that keep every service a small hexagon. Each service's ArchitectureTest checks
 * its own packages against them.
 */
public final class ArchitectureRules {

    public static final List<String> SERVICES = List.of("orderer", "producer", "transparency", "reporting", "gateway",
            "apphost");

    private ArchitectureRules() {
    }

    /** Domain code is plain Java: no Spring, no MongoDB, no AMQP, no web or persistence types. */
    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "com.rabbitmq..", "jakarta.servlet..",
                        "tools.jackson..", "com.fasterxml..", "..web..", "..persistence..", "..messaging..")
                .as("the domain imports no Spring, MongoDB, AMQP, JSON or adapter type");
    }

    /** Adapters (web, persistence, messaging) talk through the application layer, never to each other. */
    public static List<ArchRule> adaptersAreIndependent() {
        List<String> adapters = List.of("web", "persistence", "messaging");
        return adapters.stream().map(adapter -> (ArchRule) noClasses()
                        .that().resideInAPackage("se.samverkan.(*)..")
                        .and().resideInAPackage(".." + adapter + "..")
                        .and().resideOutsideOfPackage("se.samverkan.defaults..")
                        .should().dependOnClassesThat(resideInAnyPackage(adapters.stream()
                                .filter(other -> !other.equals(adapter))
                                .flatMap(other -> Stream.of("se.samverkan.*.*." + other + "..",
                                        "se.samverkan.*." + other + ".."))
                                .toArray(String[]::new))
                                .and(not(resideInAPackage("se.samverkan.defaults.."))))
                        .as("the " + adapter + " adapter does not depend on another adapter"))
                .toList();
    }

    /** A service depends on no other service's code, only on the contracts and the defaults. */
    public static ArchRule noDependencyOnOtherServices(String service) {
        return noClasses().that().resideInAPackage("se.samverkan." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream()
                        .filter(other -> !other.equals(service))
                        .map(other -> "se.samverkan." + other + "..")
                        .toArray(String[]::new))
                .as(service + " depends on no other service, only on se.samverkan.contracts and se.samverkan.defaults");
    }
}
