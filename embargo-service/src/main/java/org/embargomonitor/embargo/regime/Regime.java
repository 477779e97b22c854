package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** An arms-embargo regime of the Security Council. */
@Entity
public class Regime {

    @Id
    public String code;

    public String name;

    public String committee;

    @Enumerated(EnumType.STRING)
    public RegimeKind kind;

    @Column(name = "established_by")
    public String establishedBy;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    public String summary;

    public String source;

    @Column(name = "from_catalogue")
    public boolean fromCatalogue;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
