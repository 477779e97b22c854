package org.embargomonitor.seizures.seizure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item of a seizure: a weapon, identical weapons counted together, or rounds of ammunition. */
@Entity
public class Item {

    @Id
    public UUID id;

    @Column(name = "seizure_id")
    public UUID seizureId;

    /** Order within the seizure, from 1. */
    public int position;

    @Enumerated(EnumType.STRING)
    public ItemCategory category;

    public String make;

    public String model;

    public String calibre;

    /** The catalogue's name of the calibre typed, when the catalogue knows it. */
    @Column(name = "calibre_canonical")
    public String calibreCanonical;

    @Column(name = "serial_number")
    public String serialNumber;

    @Column(name = "serial_number_normalised")
    public String serialNumberNormalised;

    public int quantity;

    public String manufacturer;

    @Column(name = "country_of_manufacture")
    public String countryOfManufacture;

    @Column(name = "year_of_manufacture")
    public Integer yearOfManufacture;

    @Column(name = "import_mark")
    public String importMark;

    public String headstamp;

    @Column(name = "headstamp_normalised")
    public String headstampNormalised;

    /** The factory whose code the headstamp bears, as the reference catalogue names it. */
    @Column(name = "headstamp_factory")
    public String headstampFactory;

    /** The year of manufacture the headstamp reads, next to a known factory code. */
    @Column(name = "headstamp_year")
    public Integer headstampYear;

    @Column(name = "lot_number")
    public String lotNumber;

    @Column(name = "lot_number_normalised")
    public String lotNumberNormalised;

    @Enumerated(EnumType.STRING)
    @Column(name = "marking_state")
    public MarkingState markingState;

    @Column(name = "craft_produced")
    public boolean craftProduced;

    @Column(name = "printed_3d")
    public boolean printed3d;

    public boolean polymer;

    public String markings;

    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @Column(name = "status_changed_by")
    public String statusChangedBy;

    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public ItemHistory history;

    @Version
    public long version;

    /**
     * Moves the item to a status its life cycle allows, as of the day it happened (today when not told); false, and
     * no change, otherwise.
     */
    public boolean moveTo(ItemStatus next, String actor, LocalDate on) {
        if (!status.next().contains(next)) {
            return false;
        }
        status = next;
        statusChangedBy = actor;
        statusChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
        history = history.with(ItemStep.of(next), on != null ? on : statusChangedAt.toLocalDate(), actor);
        return true;
    }

    /**
     * A tracing request about the item, sent on that day and due on another; a further one while the first awaits an answer
     * is noted too.
     */
    public void tracingRequested(LocalDate sentOn, LocalDate dueOn, String actor) {
        if (!moveTo(ItemStatus.TRACING_REQUESTED, actor, sentOn)) {
            history = history.with(ItemStep.TRACING_REQUESTED, sentOn, actor);
        }
        history = history.lastDue(dueOn);
    }

    /**
     * The end of a tracing request: the State answered on that day (traced when the answer established the origin or
     * point of diversion), or it was concluded without an answer (null) today.
     */
    public void tracingConcluded(LocalDate answeredOn, boolean traced, String actor) {
        if (answeredOn == null) {
            history = history.with(ItemStep.TRACING_UNANSWERED, OffsetDateTime.now(ZoneOffset.UTC).toLocalDate(), actor);
            return;
        }
        history = history.with(ItemStep.TRACING_ANSWERED, answeredOn, actor);
        if (traced) {
            moveTo(ItemStatus.TRACED, actor, answeredOn);
        }
    }
}
