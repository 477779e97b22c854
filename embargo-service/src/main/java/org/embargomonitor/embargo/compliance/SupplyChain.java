package org.embargomonitor.embargo.compliance;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of items linked by lot or close serials across seizures; a chain merged into an older one points to it. */
@Entity
@Table(name = "supply_chain")
public class SupplyChain {

    @Id
    public UUID id;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "merged_into")
    public UUID mergedInto;

    static SupplyChain started(OffsetDateTime at) {
        SupplyChain chain = new SupplyChain();
        chain.id = UUID.randomUUID();
        chain.createdAt = at;
        return chain;
    }

    /** Which of two chains survives a merge: the older, so that the chain first cited keeps its page. */
    boolean olderThan(SupplyChain other) {
        int byAge = createdAt.compareTo(other.createdAt);
        return byAge != 0 ? byAge < 0 : id.compareTo(other.id) < 0;
    }
}
