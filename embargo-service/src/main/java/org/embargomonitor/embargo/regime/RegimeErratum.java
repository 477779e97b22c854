package org.embargomonitor.embargo.regime;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A correction of a stored version that misread the Council: which version, what replaced it, why, from what source, by whom. */
@Entity
@Table(name = "regime_erratum")
public class RegimeErratum {

    @Id
    public UUID id;

    /** The catalogue's own name for an erratum it ships; null for an admin's. */
    @Column(name = "catalogue_key")
    public String catalogueKey;

    @Column(name = "regime_code")
    public String regimeCode;

    @Column(name = "corrected_version_id")
    public UUID correctedVersionId;

    /** Null when the version is withdrawn without replacement. */
    @Column(name = "replacement_version_id")
    public UUID replacementVersionId;

    public String reason;

    public String source;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
