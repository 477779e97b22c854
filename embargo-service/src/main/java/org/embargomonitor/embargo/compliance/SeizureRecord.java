package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

/** The latest version of a seizure the checks have read, kept so that every record can be evaluated again. */
@Entity
@Table(name = "seizure_record")
public class SeizureRecord {

    @Id
    public UUID id;

    public long version;

    public String reference;

    public String operation;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    /**
     * Replaced whole, never changed in place: held as immutable, so that a flush compares it by equality instead of
     * keeping and comparing a copy made through JSON (a third of a check's time before).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public SeizureFacts facts;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
