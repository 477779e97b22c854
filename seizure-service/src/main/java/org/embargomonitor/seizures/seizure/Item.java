package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

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

    @Version
    public long version;

    /** Moves the item to a status its life cycle allows; false, and no change, otherwise. */
    public boolean moveTo(ItemStatus next, String actor) {
        if (!status.next().contains(next)) {
            return false;
        }
        status = next;
        statusChangedBy = actor;
        statusChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return true;
    }
}
