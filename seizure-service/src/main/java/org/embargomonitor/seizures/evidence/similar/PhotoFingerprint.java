package org.embargomonitor.seizures.evidence.similar;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The perceptual hashes of one photo's bytes ({@link PerceptualHash#variants}); none when no decoder reads them. */
@Entity
@Table(name = "photo_fingerprint")
public class PhotoFingerprint {

    @Id
    public String sha256;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public long[] hashes;

    @Column(name = "computed_at")
    public OffsetDateTime computedAt;
}
