package org.embargomonitor.embargo.compliance;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An expert said this possessor is not this party: the match is not raised again. */
@Entity
@Table(name = "dismissed_name_match")
@IdClass(DismissedNameMatch.Key.class)
public class DismissedNameMatch {

    public record Key(String possessorNormalised, String partyReference) implements Serializable {
    }

    @Id
    @Column(name = "possessor_normalised")
    public String possessorNormalised;

    @Id
    @Column(name = "party_reference")
    public String partyReference;

    @Column(name = "finding_id")
    public UUID findingId;

    @Column(name = "dismissed_by")
    public String dismissedBy;

    @Column(name = "dismissed_at")
    public OffsetDateTime dismissedAt;
}
