package org.embargomonitor.search;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The service's packages (its compiled classes) depend on one another in one direction only (docs/architecture.md). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void shouldKeepThePackagesFreeOfCycles() {
        slices().matching("org.embargomonitor.search.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
