package org.embargomonitor.seizures.importing;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Row errors of import jobs, read and written within the caller's session. */
final class ImportRowErrors {

    private ImportRowErrors() {
    }

    static Uni<Void> persistAll(List<ImportRowError> errors) {
        return Panache.getSession().chain(session -> session.persistAll(errors.toArray()));
    }

    static Uni<List<ImportRowError>> of(UUID jobId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from ImportRowError where jobId = :job order by rowNumber, field", ImportRowError.class)
                .setParameter("job", jobId).getResultList());
    }
}
