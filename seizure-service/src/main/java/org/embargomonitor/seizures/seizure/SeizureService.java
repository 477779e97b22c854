package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.embargomonitor.platform.MarkNormaliser;
import org.embargomonitor.platform.outbox.OutboxWriter;
import org.embargomonitor.platform.problem.DuplicateKeys;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.seizures.custody.CustodyChain;
import org.embargomonitor.seizures.custody.CustodyChange;
import org.embargomonitor.seizures.custody.CustodyEntry;
import org.embargomonitor.seizures.events.Outbox;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.embargomonitor.seizures.reference.HeadstampReading;
import org.embargomonitor.seizures.reference.ReferenceCatalogue;
import org.embargomonitor.seizures.reference.ReferenceEntry;
import org.embargomonitor.seizures.reference.ReferenceKind;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

/**
 * Seizures and their items. Every change appends to the seizure's chain of custody and writes a seizure event
 * to the outbox in the same transaction, so no committed change is missing from either.
 */
@ApplicationScoped
public class SeizureService {

    private final SeizureRepository seizures;
    private final ItemRepository items;
    private final Scopes scopes;
    private final CustodyChain custody;
    private final Outbox outbox;
    private final IdempotencyKeys idempotency;
    private final ReferenceCatalogue reference;

    SeizureService(SeizureRepository seizures, ItemRepository items, Scopes scopes, CustodyChain custody, Outbox outbox,
            IdempotencyKeys idempotency, ReferenceCatalogue reference) {
        this.reference = reference;
        this.seizures = seizures;
        this.items = items;
        this.scopes = scopes;
        this.custody = custody;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /** A seizure as it stands, and whether this call only replayed an earlier one with the same key. */
    public record Recorded(SeizureView seizure, boolean replayed) {
    }

    @WithTransaction
    public Uni<Recorded> record(@NotNull @Valid NewSeizure request, Caller caller, String idempotencyKey) {
        return idempotency.once(caller.username(), idempotencyKey, request, () -> create(request, caller))
                .flatMap(outcome -> view(outcome.resourceId()).map(view -> new Recorded(view, outcome.replayed())));
    }

    /** The fields that make two additions of items the same request, for idempotency keys. */
    private record ItemsFingerprint(UUID seizureId, List<NewItem> items) {
    }

    @WithTransaction
    public Uni<SeizureView> addItems(UUID seizureId, @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull NewItem> newItems,
            Caller caller, String idempotencyKey) {
        return writable(seizureId, caller).flatMap(seizure -> idempotency.once(caller.username(), idempotencyKey,
                new ItemsFingerprint(seizureId, newItems), () -> items.countOf(seizureId).flatMap(count -> {
                    List<Item> added = toItems(newItems, seizure.id, count.intValue() + 1, caller);
                    return items.persist(added)
                            .chain(() -> custody.append(seizure, caller.username(), added.stream()
                                    .map(item -> new CustodyChange(CustodyChange.ITEM, item.id, "ITEM_RECORDED", null, describe(item)))
                                    .toList()))
                            .chain(() -> publish(seizure, SeizureEvent.Type.ITEMS_ADDED, caller))
                            .replaceWith(seizure.id);
                })))
                .chain(() -> view(seizureId));
    }

    @WithTransaction
    public Uni<SeizureView> changeItemStatus(UUID seizureId, UUID itemId, @NotNull @Valid ItemStatusChange change, Caller caller) {
        return writable(seizureId, caller).flatMap(seizure -> items.findById(itemId).flatMap(item -> {
            if (item == null || !item.seizureId.equals(seizureId)) {
                return Uni.createFrom().failure(ProblemException.notFound("Seizure " + seizureId + " has no item " + itemId + "."));
            }
            ItemStatus before = item.status;
            if (change.on() != null && change.on().isBefore(seizure.occurredWhereItHappened().toLocalDate())) {
                return Uni.createFrom().failure(ProblemException.invalid("on", "is before the seizure"));
            }
            if (!item.moveTo(change.status(), caller.username(), change.on())) {
                return Uni.createFrom().failure(ProblemException.invalid("status", "An item that is " + before
                        + " can become " + before.next() + ", not " + change.status() + "."));
            }
            return custody.append(seizure, caller.username(), List.of(new CustodyChange(CustodyChange.ITEM, item.id,
                    "ITEM_STATUS_CHANGED", change.reason(), Map.of("from", before.name(), "to", change.status().name()))))
                    .chain(() -> publish(seizure, SeizureEvent.Type.ITEM_STATUS_CHANGED, caller));
        }));
    }

    @WithSession
    public Uni<List<SeizureView>> visibleTo(Caller caller, SeizureFilter filter, int pageIndex, int pageSize) {
        return seizures.listWithin(scopes.readScopeOf(caller), filter, Page.of(pageIndex, pageSize))
                .flatMap(page -> items.listOfSeizures(page.stream().map(s -> s.id).toList()).map(all -> {
                    Map<UUID, List<Item>> bySeizure = all.stream().collect(Collectors.groupingBy(i -> i.seizureId));
                    return page.stream().map(s -> SeizureView.of(s, bySeizure.getOrDefault(s.id, List.of()))).toList();
                }));
    }

    /** The seizure, or null when it does not exist or lies outside the caller's scope. */
    @WithSession
    public Uni<SeizureView> find(UUID id, Caller caller) {
        return readable(id, caller).flatMap(seizure -> seizure == null ? Uni.createFrom().nullItem() : view(seizure));
    }

    /** The seizure when the caller may read it, else null; to be called within a session. */
    public Uni<Seizure> readable(UUID id, Caller caller) {
        ReadScope scope = scopes.readScopeOf(caller);
        return seizures.findById(id)
                .map(seizure -> seizure != null && scope.covers(seizure.operation, seizure.countryCode) ? seizure : null);
    }

    /** The seizure's chain of custody, or null when the caller may not read the seizure. */
    @WithSession
    public Uni<List<CustodyEntry>> custodyOf(UUID id, Caller caller) {
        return readable(id, caller).flatMap(seizure -> seizure == null ? Uni.createFrom().nullItem() : custody.entriesOf(seizure));
    }

    /**
     * Records seizures already validated together, in one transaction, each once per key of the caller: one written
     * before with its key is answered as a replay. Any seizure refused (a reference taken, an operation not the
     * caller's, a key used otherwise) fails them all and stores nothing, so that the caller may record them one by
     * one with {@link #record} and learn which, and why.
     */
    @WithTransaction
    public Uni<Void> recordAll(List<KeyedSeizure> requests, Caller caller) {
        List<IdempotencyKeys.Keyed> keyed = requests.stream().map(r -> new IdempotencyKeys.Keyed(r.key(), r.seizure())).toList();
        return idempotency.earlier(caller.username(), keyed).flatMap(earlier -> {
            List<Recording> recordings = new ArrayList<>();
            Map<IdempotencyKeys.Keyed, UUID> created = new LinkedHashMap<>();
            Map<String, Set<String>> referencesByOperation = new HashMap<>();
            for (int index = 0; index < requests.size(); index++) {
                KeyedSeizure request = requests.get(index);
                if (earlier.contains(request.key())) {
                    continue;
                }
                String operation = operationFor(request.seizure().operation(), caller);
                if (!referencesByOperation.computeIfAbsent(operation, o -> new HashSet<>()).add(request.seizure().reference().strip())) {
                    throw ProblemException.conflict("reference", "The reference " + request.seizure().reference() + " is given twice.");
                }
                Recording recording = recording(request.seizure(), operation, caller);
                recordings.add(recording);
                created.put(keyed.get(index), recording.seizure().id);
            }
            return seizures.referencesTaken(referencesByOperation).flatMap(taken -> {
                if (!taken.isEmpty()) {
                    return Uni.createFrom().failure(ProblemException.conflict("reference",
                            "The references " + taken + " are already used by other seizures."));
                }
                return seizures.persist(recordings.stream().map(Recording::seizure))
                        .chain(() -> store(recordings, caller))
                        .chain(() -> idempotency.claim(caller.username(), created));
            });
        });
    }

    /** A seizure to record with others, with the Idempotency-Key that makes it once only. */
    public record KeyedSeizure(String key, NewSeizure seizure) {
    }

    /** A new seizure as it is stored: the seizure, its items, and the first entries of its chain of custody. */
    private record Recording(Seizure seizure, List<Item> items, List<CustodyEntry> custody) {
    }

    private Uni<UUID> create(NewSeizure request, Caller caller) {
        String operation = operationFor(request.operation(), caller);
        return seizures.referenceTaken(operation, request.reference()).flatMap(taken -> {
            if (taken) {
                return Uni.createFrom().failure(ProblemException.conflict("reference",
                        "The reference " + request.reference() + " is already used by another seizure of " + operation + "."));
            }
            Recording recording = recording(request, operation, caller);
            return seizures.persist(recording.seizure()).call(seizures::flush)
                    .onFailure(DuplicateKeys::isUniqueViolation).transform(e -> ProblemException.conflict("reference",
                            "The reference " + request.reference() + " was just used by another seizure of " + operation + "."))
                    .chain(() -> store(List.of(recording), caller))
                    .replaceWith(recording.seizure().id);
        });
    }

    private Recording recording(NewSeizure request, String operation, Caller caller) {
        Seizure seizure = toSeizure(request, operation, caller);
        List<Item> newItems = toItems(request.itemsOrNone(), seizure.id, 1, caller);
        List<CustodyChange> changes = new ArrayList<>();
        changes.add(new CustodyChange(CustodyChange.SEIZURE, seizure.id, "SEIZURE_RECORDED", null, describe(seizure)));
        newItems.forEach(item -> changes.add(new CustodyChange(CustodyChange.ITEM, item.id, "ITEM_RECORDED", null, describe(item))));
        return new Recording(seizure, newItems, custody.begin(seizure, caller.username(), changes));
    }

    /** The items, custody entries and recorded events of new seizures, persisted after the seizures themselves. */
    private Uni<Void> store(List<Recording> recordings, Caller caller) {
        List<Item> newItems = recordings.stream().flatMap(r -> r.items().stream()).toList();
        List<OutboxWriter.Event> events = recordings.stream().map(r -> {
            SeizureEvent event = SeizureEvent.of(SeizureEvent.Type.SEIZURE_RECORDED, caller.username(), SeizureView.of(r.seizure(), r.items()));
            return new OutboxWriter.Event(r.seizure().id.toString(), event.eventId(), event);
        }).toList();
        return (newItems.isEmpty() ? Uni.createFrom().voidItem() : items.persist(newItems))
                .chain(() -> custody.store(recordings.stream().flatMap(r -> r.custody().stream()).toList()))
                .chain(() -> outbox.seizureEvents(events))
                .chain(seizures::flush);
    }

    /** Writes the seizure, as it stands after a change, to the outbox; to be called within the change's transaction. */
    public Uni<SeizureView> publish(Seizure seizure, SeizureEvent.Type type, Caller caller) {
        return seizures.flush().chain(() -> view(seizure))
                .call(view -> {
                    SeizureEvent event = SeizureEvent.of(type, caller.username(), view);
                    return outbox.seizureEvent(view.id(), event.eventId(), event);
                });
    }

    private Uni<SeizureView> view(UUID id) {
        return seizures.findById(id).flatMap(this::view);
    }

    private Uni<SeizureView> view(Seizure seizure) {
        return items.listOfSeizures(List.of(seizure.id)).map(list -> SeizureView.of(seizure, list));
    }

    /**
     * The seizure when the caller may change it: admins, and mission staff of its operation; 404 or 403
     * otherwise. To be called within a session.
     */
    public Uni<Seizure> writable(UUID id, Caller caller) {
        return seizures.findById(id).map(seizure -> {
            if (seizure == null || !scopes.readScopeOf(caller).covers(seizure.operation, seizure.countryCode)) {
                throw ProblemException.notFound("No seizure " + id + " that you may read.");
            }
            if (!caller.isAdmin() && !caller.operations().contains(seizure.operation)) {
                throw ProblemException.forbidden("Only staff of " + seizure.operation + " change its seizures.");
            }
            return seizure;
        });
    }

    private static String operationFor(String requested, Caller caller) {
        if (caller.isAdmin()) {
            if (requested == null) {
                throw ProblemException.invalid("operation", "must name the peace operation the seizure belongs to");
            }
            return requested;
        }
        if (requested != null) {
            if (!caller.operations().contains(requested)) {
                throw ProblemException.forbidden("You record seizures for " + caller.operations() + " only, not " + requested + ".");
            }
            return requested;
        }
        if (caller.operations().size() != 1) {
            throw caller.operations().isEmpty()
                    ? ProblemException.forbidden("Your account is not assigned to a peace operation.")
                    : ProblemException.invalid("operation", "must name one of your operations " + caller.operations());
        }
        return caller.operations().iterator().next();
    }

    private static Seizure toSeizure(NewSeizure request, String operation, Caller caller) {
        Seizure seizure = new Seizure();
        seizure.id = UUID.randomUUID();
        seizure.reference = request.reference().strip();
        seizure.operation = operation;
        seizure.reportingUnit = request.reportingUnit().strip();
        seizure.occurredAt = request.occurredAt();
        seizure.occurredOffsetSeconds = request.occurredAt().getOffset().getTotalSeconds();
        seizure.countryCode = request.countryCode();
        seizure.adminArea = request.adminArea();
        seizure.placeName = request.placeName();
        seizure.latitude = request.latitude();
        seizure.longitude = request.longitude();
        seizure.locationType = request.locationType();
        seizure.circumstance = request.circumstance();
        seizure.narrative = request.narrative();
        if (request.possessor() != null) {
            seizure.possessorKind = request.possessor().kind();
            seizure.possessorDescription = request.possessor().description();
            seizure.possessorPartyRef = request.possessor().designatedPartyRef();
            seizure.possessorNotification = request.possessor().committeeNotification();
            seizure.possessorActingFor = request.possessor().actingFor();
        }
        if (request.destination() != null) {
            seizure.destinationCountry = request.destination().countryCode();
            seizure.destinationRecipient = request.destination().recipient();
            seizure.destinationRecipientKind = request.destination().recipientKind();
            seizure.destinationBasis = request.destination().basis();
        }
        if (request.peopleInvolved() != null) {
            seizure.peopleMen = request.peopleInvolved().men();
            seizure.peopleWomen = request.peopleInvolved().women();
            seizure.peopleBoys = request.peopleInvolved().boys();
            seizure.peopleGirls = request.peopleInvolved().girls();
        }
        seizure.recordedBy = caller.username();
        seizure.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return seizure;
    }

    private List<Item> toItems(List<NewItem> requested, UUID seizureId, int firstPosition, Caller caller) {
        List<Item> result = new ArrayList<>();
        int position = firstPosition;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (NewItem r : requested) {
            Item item = new Item();
            item.id = UUID.randomUUID();
            item.seizureId = seizureId;
            item.position = position++;
            item.category = r.category();
            item.make = r.make();
            item.model = r.model();
            item.calibre = r.calibre();
            item.calibreCanonical = reference.resolve(ReferenceKind.CALIBRE, r.calibre()).map(ReferenceEntry::name).orElse(null);
            item.serialNumber = r.serialNumber();
            item.serialNumberNormalised = MarkNormaliser.normalise(r.serialNumber());
            item.quantity = r.quantity();
            item.manufacturer = r.manufacturer();
            item.countryOfManufacture = r.countryOfManufacture();
            item.yearOfManufacture = r.yearOfManufacture();
            item.importMark = r.importMark();
            item.headstamp = r.headstamp();
            item.headstampNormalised = MarkNormaliser.normalise(r.headstamp());
            HeadstampReading headstamp = HeadstampReading.of(r.headstamp(), code -> reference.resolve(ReferenceKind.HEADSTAMP, code),
                    now.getYear());
            item.headstampFactory = headstamp.factory() == null ? null : headstamp.factory().manufacturer();
            item.headstampYear = headstamp.year();
            item.lotNumber = r.lotNumber();
            item.lotNumberNormalised = MarkNormaliser.normalise(r.lotNumber());
            item.markingState = r.markingState();
            item.craftProduced = Boolean.TRUE.equals(r.craftProduced());
            item.printed3d = Boolean.TRUE.equals(r.printed3d());
            item.polymer = Boolean.TRUE.equals(r.polymer());
            item.markings = r.markings();
            item.status = ItemStatus.RECORDED;
            item.statusChangedBy = caller.username();
            item.statusChangedAt = now;
            item.history = ItemHistory.startedOn(now.toLocalDate(), caller.username());
            result.add(item);
        }
        return result;
    }

    private static Map<String, Object> describe(Seizure s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reference", s.reference);
        fields.put("operation", s.operation);
        fields.put("occurredAt", s.occurredAt.toString());
        fields.put("countryCode", s.countryCode);
        fields.put("placeName", s.placeName);
        fields.put("circumstance", s.circumstance.name());
        return fields;
    }

    private static Map<String, Object> describe(Item i) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("position", i.position);
        fields.put("category", i.category.name());
        fields.put("serialNumber", i.serialNumber);
        fields.put("lotNumber", i.lotNumber);
        fields.put("quantity", i.quantity);
        fields.put("markingState", i.markingState.name());
        return fields;
    }
}
