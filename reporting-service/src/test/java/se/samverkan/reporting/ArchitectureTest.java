package se.samverkan.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverkan.defaults.testing.ArchitectureRules;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samverkan.reporting");
    }

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava().allowEmptyShould(true).check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersAreIndependent().forEach(rule -> rule.allowEmptyShould(true).check(classes));
    }

    @Test
    void dependsOnNoOtherService() {
        ArchitectureRules.noDependencyOnOtherServices("reporting").check(classes);
    }
}
