package org.embargomonitor.seizures.idempotency;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The first result of a request sent with an Idempotency-Key, by the caller who sent it. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    public record Key(String caller, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String caller;

    @Id
    public String key;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
