package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

/** A possible breach of an embargo by one item, explained: rule, regime version, citation, facts, confidence. */
@Entity
public class Finding {

    @Id
    public UUID id;

    @Column(name = "dedup_key")
    public String dedupKey;

    @Column(name = "seizure_id")
    public UUID seizureId;

    @Column(name = "seizure_reference")
    public String seizureReference;

    @Column(name = "item_id")
    public UUID itemId;

    public String operation;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "seizure_date")
    public LocalDate seizureDate;

    @Enumerated(EnumType.STRING)
    public Rule rule;

    @Column(name = "regime_code")
    public String regimeCode;

    @Column(name = "regime_version_id")
    public UUID regimeVersionId;

    public String citation;

    /** What the finding is about beyond the item: a party reference, a group, another item. */
    public String subject;

    @Enumerated(EnumType.STRING)
    public Confidence confidence;

    public String explanation;

    /** Replaced whole, never changed in place: held as immutable, so that a flush compares it by equality, not through a JSON copy. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, Object> facts;

    @Enumerated(EnumType.STRING)
    public FindingStatus status;

    /** Grows with every change, for consumers of finding events. */
    public int version;

    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
