package org.embargomonitor.seizures.reference;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reference entry an admin added. */
@Entity
@Table(name = "ref_entry")
public class ReferenceRow {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ReferenceKind kind;

    public String name;

    /** The aliases, as a JSON array. */
    public String aliases;

    public String country;

    public String manufacturer;

    public String use;

    public String source;

    public boolean verified;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;
}
