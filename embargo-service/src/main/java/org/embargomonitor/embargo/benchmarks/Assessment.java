package org.embargomonitor.embargo.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How a benchmark stood on a date, as a source document assessed it. */
@Entity
@Table(name = "benchmark_assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(name = "benchmark_id")
    public UUID benchmarkId;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    public BenchmarkStatus status;

    public String narrative;

    @Column(name = "source_document")
    public String sourceDocument;

    public String source;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
