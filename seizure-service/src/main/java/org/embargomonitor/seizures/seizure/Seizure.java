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

import org.embargomonitor.seizures.custody.CustodyHolder;

/** One seizure event as recorded by a peace operation. */
@Entity
public class Seizure implements CustodyHolder {

    @Id
    public UUID id;

    public String reference;

    public String operation;

    @Column(name = "reporting_unit")
    public String reportingUnit;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    /** The offset {@link #occurredAt} was given with: the seizure's date is the date where it happened. */
    @Column(name = "occurred_offset_seconds")
    public int occurredOffsetSeconds;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "admin_area")
    public String adminArea;

    @Column(name = "place_name")
    public String placeName;

    public Double latitude;

    public Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_type")
    public LocationType locationType;

    @Enumerated(EnumType.STRING)
    public Circumstance circumstance;

    public String narrative;

    @Enumerated(EnumType.STRING)
    @Column(name = "possessor_kind")
    public PossessorKind possessorKind;

    @Column(name = "possessor_description")
    public String possessorDescription;

    /** Reference number of a designated party on the UN Consolidated List, such as "SOe.001". */
    @Column(name = "possessor_party_ref")
    public String possessorPartyRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "possessor_notification")
    public CommitteeNotification possessorNotification;

    @Column(name = "possessor_acting_for")
    public String possessorActingFor;

    @Column(name = "destination_country")
    public String destinationCountry;

    @Column(name = "destination_recipient")
    public String destinationRecipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "destination_recipient_kind")
    public PossessorKind destinationRecipientKind;

    @Column(name = "destination_basis")
    public String destinationBasis;

    @Column(name = "people_men")
    public Integer peopleMen;

    @Column(name = "people_women")
    public Integer peopleWomen;

    @Column(name = "people_boys")
    public Integer peopleBoys;

    @Column(name = "people_girls")
    public Integer peopleGirls;

    /** Hash of the last entry of this seizure's chain of custody. */
    @Column(name = "custody_head")
    public String custodyHead;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Version
    public long version;

    @Override
    public UUID custodyId() {
        return id;
    }

    @Override
    public String custodyHead() {
        return custodyHead;
    }

    @Override
    public void custodyHead(String head) {
        custodyHead = head;
    }

    /** When the seizure happened, in the offset of the place it happened. */
    public OffsetDateTime occurredWhereItHappened() {
        return occurredAt.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(occurredOffsetSeconds));
    }
}
