package org.embargomonitor.seizures.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A photo or document attached to a seizure, or to one of its items. */
@Entity
public class Evidence {

    @Id
    public UUID id;

    @Column(name = "seizure_id")
    public UUID seizureId;

    @Column(name = "item_id")
    public UUID itemId;

    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** Detected from the bytes. */
    @Column(name = "media_type")
    public String mediaType;

    /** As the client named it; shown, never trusted. */
    @Column(name = "file_name")
    public String fileName;

    public String description;

    @Column(name = "taken_at")
    public OffsetDateTime takenAt;

    public Double latitude;

    public Double longitude;

    public String camera;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
}
