package org.embargomonitor.seizures.importing;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Why one row of an import was rejected, by column. */
@Entity
@Table(name = "import_row_error")
@IdClass(ImportRowError.Key.class)
public class ImportRowError {

    public record Key(UUID jobId, int rowNumber, String field) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Id
    @Column(name = "row_number")
    public int rowNumber;

    public String reference;

    @Id
    public String field;

    public String message;

    public static ImportRowError of(UUID jobId, int row, String reference, String field, String message) {
        ImportRowError error = new ImportRowError();
        error.jobId = jobId;
        error.rowNumber = row;
        error.reference = reference;
        error.field = field;
        error.message = message.length() > 1000 ? message.substring(0, 1000) : message;
        return error;
    }
}
