package org.embargomonitor.seizures.custody;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One link of a seizure's chain of custody: who changed what, when and why. */
@Entity
@Table(name = "custody_entry")
@IdClass(CustodyEntry.Key.class)
public class CustodyEntry {

    public record Key(UUID seizureId, int sequence) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "seizure_id")
    public UUID seizureId;

    @Id
    public int sequence;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public UUID subjectId;

    public String action;

    public String actor;

    public OffsetDateTime at;

    public String reason;

    /** What changed, as JSON. */
    public String change;

    @Column(name = "previous_hash")
    public String previousHash;

    public String hash;
}
