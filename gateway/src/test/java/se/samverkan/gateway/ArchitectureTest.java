package se.samverkan.gateway;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import se.samverkan.defaults.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void dependsOnNoService() {
        ArchitectureRules.noDependencyOnOtherServices("gateway").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.samverkan.gateway"));
    }
}
