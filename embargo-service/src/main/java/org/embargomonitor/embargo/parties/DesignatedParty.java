package org.embargomonitor.embargo.parties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    @JdbcTypeCode(SqlTypes.JSON)
    public ListedParty details;

    public String fingerprint;

    @Column(name = "last_import_id")
    public UUID lastImportId;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Whether the party was listed on the date: listed by then and not yet de-listed. */
    public Listing listingOn(LocalDate date) {
        if (listedOn == null || date.isBefore(listedOn)) {
            return Listing.NOT_LISTED;
        }
        if (delistedOn == null || !date.isAfter(lastSeenListedOn)) {
            return Listing.LISTED;
        }
        return date.isBefore(delistedOn) ? Listing.MAYBE_DELISTED : Listing.NOT_LISTED;
    }

    public enum Listing {
        LISTED,
        /** De-listed between two snapshots and the date falls between them. */
        MAYBE_DELISTED,
        NOT_LISTED
    }
}
