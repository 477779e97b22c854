package org.embargomonitor.search.reindex;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reindex: from which index into which, and why; its job copies and says how far it got. */
@Entity
@Table(name = "reindex")
public class Reindex {

    @Id
    public UUID id;

    public String source;

    public String target;

    public String reason;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;
}
