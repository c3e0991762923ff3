package se.samverkan.defaults.testing;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture rules for one service; a service's ArchitectureTest extends this and names
 * its package. Each rule was seen to fail on a deliberate violation before it was trusted.
 */
public abstract class ServiceArchitectureTest {

    private JavaClasses classes;

    /** The service's short name, the package under {@code se.samverkan}, e.g. {@code producer}. */
    protected abstract String service();

    private JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("se.samverkan." + service());
        }
        return classes;
    }

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava().allowEmptyShould(true).check(classes());
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersAreIndependent().forEach(rule -> rule.allowEmptyShould(true).check(classes()));
    }

    @Test
    void dependsOnNoOtherService() {
        ArchitectureRules.noDependencyOnOtherServices(service()).check(classes());
    }
}
