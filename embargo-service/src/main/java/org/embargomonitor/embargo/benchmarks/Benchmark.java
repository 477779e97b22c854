package org.embargomonitor.embargo.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A weapons and ammunition management benchmark the Council set for a regime. */
@Entity
public class Benchmark {

    @Id
    public UUID id;

    @Column(name = "regime_code")
    public String regimeCode;

    public String code;

    public String title;

    public String text;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_on")
    public LocalDate setOn;

    public String source;

    @Column(name = "from_catalogue")
    public boolean fromCatalogue;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
