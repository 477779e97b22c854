package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a regime prohibited from a date on; never changed once stored (an erratum only marks it superseded), so that history holds. */
@Entity
@Table(name = "regime_version")
public class RegimeVersion {

    @Id
    public UUID id;

    @Column(name = "regime_code")
    public String regimeCode;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_from_uncertain")
    public boolean effectiveFromUncertain;

    /** The day the measures were last renewed to, where they lapse unless renewed; null when open-ended. */
    @Column(name = "renewed_until")
    public LocalDate renewedUntil;

    @Column(name = "set_by")
    public String setBy;

    public String source;

    public String summary;

    public String[] uncertainties;

    @JdbcTypeCode(SqlTypes.JSON)
    public RegimeTerms terms;

    @Column(name = "from_catalogue")
    public boolean fromCatalogue;

    /** Replaced by an erratum: kept in the history, never applied. */
    public boolean superseded;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
