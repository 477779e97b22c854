package org.embargomonitor.embargo.parties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

/** A party on the Consolidated List, as of the latest import; de-listed parties are kept with their dates. */
@Entity
@Table(name = "designated_party")
public class DesignatedParty {

    @Id
    public String reference;

    @Enumerated(EnumType.STRING)
    public PartyKind kind;

    @Column(name = "list_type")
    public String listType;

    public String name;

    @Column(name = "listed_on")
    public LocalDate listedOn;

    /** The date of the first snapshot without the party; null while listed. */
    @Column(name = "delisted_on")
    public LocalDate delistedOn;

    /** The date of the last snapshot that still listed it: the de-listing happened after this date. */
    @Column(name = "last_seen_listed_on")
    public LocalDate lastSeenListedOn;

    /** Earlier gaps in the listing, oldest first: the party was de-listed and listed again. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "delisted_periods")
    public ListingGaps delistedPeriods = new ListingGaps(List.of());

    @JdbcTypeCode(SqlTypes.JSON)
    public ListedParty details;

    public String fingerprint;

    @Column(name = "last_import_id")
    public UUID lastImportId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Whether the party was listed on the date: listed by then, not yet de-listed, and not in an earlier gap. */
    public Listing listingOn(LocalDate date) {
        if (listedOn == null || date.isBefore(listedOn)) {
            return Listing.NOT_LISTED;
        }
        for (DelistedPeriod gap : delistedPeriods.gaps()) {
            if (!date.isBefore(gap.delistedOn()) && date.isBefore(gap.relistedOn())) {
                return Listing.NOT_LISTED;
            }
            if (date.isAfter(gap.lastSeenListedOn()) && date.isBefore(gap.delistedOn())) {
                return Listing.MAYBE_DELISTED;
            }
        }
        if (delistedOn == null || !date.isAfter(lastSeenListedOn)) {
            return Listing.LISTED;
        }
        return date.isBefore(delistedOn) ? Listing.MAYBE_DELISTED : Listing.NOT_LISTED;
    }

    /**
     * Ends the current gap once the entry of the snapshot of {@code snapshotDate} has been applied: listed again from
     * the entry's listing date where it falls in the gap, else from the snapshot; the first listing date is kept.
     */
    public void relist(LocalDate firstListedOn, LocalDate snapshotDate) {
        LocalDate listedAgainOn = listedOn != null && listedOn.isAfter(delistedOn) && listedOn.isBefore(snapshotDate)
                ? listedOn : snapshotDate;
        List<DelistedPeriod> gaps = new ArrayList<>(delistedPeriods.gaps());
        gaps.add(new DelistedPeriod(lastSeenListedOn, delistedOn, listedAgainOn));
        delistedPeriods = new ListingGaps(gaps);
        delistedOn = null;
        if (firstListedOn != null && (listedOn == null || firstListedOn.isBefore(listedOn))) {
            listedOn = firstListedOn;
        }
    }

    /** The gaps, held in an object (Hibernate Reactive reads JSON columns as objects). */
    public record ListingGaps(List<DelistedPeriod> gaps) {

        public ListingGaps {
            gaps = gaps == null ? List.of() : List.copyOf(gaps);
        }
    }

    /** A gap in the listing: listed until after {@code lastSeenListedOn}, absent from {@code delistedOn}, listed again from {@code relistedOn}. */
    public record DelistedPeriod(LocalDate lastSeenListedOn, LocalDate delistedOn, LocalDate relistedOn) {
    }

    public enum Listing {
        LISTED,
        /** De-listed between two snapshots and the date falls between them. */
        MAYBE_DELISTED,
        NOT_LISTED
    }
}
