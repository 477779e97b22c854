package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stored seizure with its items, as callers see it. */
public record SeizureView(UUID id, String reference, String operation, String reportingUnit, OffsetDateTime occurredAt,
        String countryCode, String adminArea, String placeName, Double latitude, Double longitude,
        LocationType locationType, Circumstance circumstance, String narrative, Possessor possessor, Destination destination,
        PeopleInvolved peopleInvolved,
        List<ItemView> items, String recordedBy, OffsetDateTime recordedAt, long version) {

    public static SeizureView of(Seizure s, List<Item> items) {
        Possessor possessor = s.possessorKind == null ? null
                : new Possessor(s.possessorKind, s.possessorDescription, s.possessorPartyRef, s.possessorNotification, s.possessorActingFor);
        Destination destination = s.destinationBasis == null ? null
                : new Destination(s.destinationCountry, s.destinationRecipient, s.destinationRecipientKind, s.destinationBasis);
        PeopleInvolved people = s.peopleMen == null && s.peopleWomen == null && s.peopleBoys == null && s.peopleGirls == null
                ? null
                : new PeopleInvolved(s.peopleMen, s.peopleWomen, s.peopleBoys, s.peopleGirls);
        return new SeizureView(s.id, s.reference, s.operation, s.reportingUnit, s.occurredWhereItHappened(), s.countryCode, s.adminArea,
                s.placeName, s.latitude, s.longitude, s.locationType, s.circumstance, s.narrative, possessor, destination, people,
                items.stream().map(ItemView::of).toList(), s.recordedBy, s.recordedAt, s.version);
    }
}
