package org.embargomonitor.seizures.evidence.resumable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ResumableUploads implements PanacheRepositoryBase<ResumableUpload, UUID> {

    /** The caller's upload of this seizure, or null: another caller's uploads are not theirs to see. */
    public Uni<ResumableUpload> ofCaller(UUID seizureId, UUID id, String caller) {
        return find("id = ?1 and seizureId = ?2 and caller = ?3", id, seizureId, caller).firstResult();
    }

    public Uni<ResumableUpload> withKey(String caller, String key) {
        return find("caller = ?1 and idempotencyKey = ?2", caller, key).firstResult();
    }

    /** Gives an upload that received a piece until {@code expiresAt} for its next one. */
    public Uni<Integer> extend(UUID id, OffsetDateTime expiresAt) {
        return update("expiresAt = ?1 where id = ?2", expiresAt, id);
    }

    /** Names the evidence a complete upload became. */
    public Uni<Integer> complete(UUID id, UUID evidenceId) {
        return update("evidenceId = ?1 where id = ?2", evidenceId, id);
    }

    /** Deletes the uploads expired by {@code now} and answers their ids, so that their bytes can be deleted too. */
    public Uni<List<UUID>> deleteExpired(OffsetDateTime now) {
        return getSession().flatMap(session -> session.createNativeQuery(
                "delete from resumable_upload where expires_at < :now returning id", UUID.class)
                .setParameter("now", now).getResultList());
    }
}
