package org.embargomonitor.search.batch;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a batch search found so far, line by line; its job says how it runs. */
@Entity
@Table(name = "batch_search")
public class BatchResults {

    /** The lines searched so far, in order. */
    public record Found(List<BatchSearch.Line> lines) {
    }

    @Id
    public UUID id;

    public String owner;

    @Enumerated(EnumType.STRING)
    public BatchKind kind;

    public int total;

    @JdbcTypeCode(SqlTypes.JSON)
    public Found found;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
