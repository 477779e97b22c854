package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;


/** An arms-embargo regime of the Security Council; what it prohibits lives in its versions. */
@Entity
public class Regime {

    @Id
    public String code;

    public String name;

    public String committee;

    @Column(name = "established_by")
    public String establishedBy;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    public String summary;

    public String source;

    @Column(name = "list_types")
    public String[] listTypes;

    @Column(name = "from_catalogue")
    public boolean fromCatalogue;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
