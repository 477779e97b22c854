package org.embargomonitor.embargo.parties;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One import of a Consolidated List snapshot, with its progress and what it changed. */
@Entity
@Table(name = "list_import")
public class ListImport {

    @Id
    public UUID id;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_sha256")
    public String fileSha256;

    @Column(name = "generated_at")
    public OffsetDateTime generatedAt;

    @Column(name = "entries_total")
    public int entriesTotal;

    @Column(name = "entries_done")
    public int entriesDone;

    public int added;

    public int changed;

    public int delisted;

    public int relisted;

    public int unchanged;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** When the snapshot was applied whole (its de-listings with it); null until then. */
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
