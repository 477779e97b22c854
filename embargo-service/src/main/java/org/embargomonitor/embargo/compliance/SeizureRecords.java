package org.embargomonitor.embargo.compliance;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The seizures as the checks last read them. */
@ApplicationScoped
public class SeizureRecords implements PanacheRepositoryBase<SeizureRecord, UUID> {

    /** The record as last checked, or null when no version of it has been checked yet. */
    @WithSession
    public Uni<SeizureRecord> checked(UUID seizureId) {
        return findById(seizureId);
    }
}
