package org.embargomonitor.search;

import org.embargomonitor.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The service's compiled classes keep the rules of docs/architecture.md. */
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("org.embargomonitor.search");

    @Test
    void shouldKeepThePackagesFreeOfCycles() {
        SERVICE.checkPackagesFreeOfCycles();
    }

    @Test
    void shouldQueryTheDatabaseOnlyInRepositories() {
        SERVICE.checkQueriesOnlyInRepositories();
    }

    @Test
    void shouldCarryWritesToTheirEndWhenTheCallerHangsUp() {
        SERVICE.checkWritesRunToTheirEndWhenTheCallerLeaves();
    }
}
