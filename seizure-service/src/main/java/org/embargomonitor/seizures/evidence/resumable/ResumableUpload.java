package org.embargomonitor.seizures.evidence.resumable;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence file being sent in pieces (tus 1.0): what it will be once its bytes are all received. */
@Entity
@Table(name = "resumable_upload")
public class ResumableUpload {

    @Id
    public UUID id;

    @Column(name = "seizure_id")
    public UUID seizureId;

    /** Who created it: only they may send its bytes, see or end it. */
    public String caller;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** The whole file's size in bytes, declared at creation. */
    public long length;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "item_id")
    public UUID itemId;

    public String description;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    /** The evidence the complete file became; null until then. */
    @Column(name = "evidence_id")
    public UUID evidenceId;
}
