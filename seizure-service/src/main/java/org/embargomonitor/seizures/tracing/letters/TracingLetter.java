package org.embargomonitor.seizures.tracing.letters;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tracing-request letter as sent: its bytes are kept under their SHA-256, as evidence of the request. */
@Entity
@Table(name = "tracing_letter")
public class TracingLetter {

    @Id
    public UUID id;

    @Column(name = "seizure_id")
    public UUID seizureId;

    @Column(name = "state_code")
    public String stateCode;

    public String language;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "file_name")
    public String fileName;

    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
