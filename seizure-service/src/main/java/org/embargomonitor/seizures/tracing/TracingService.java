package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Roles;
import org.embargomonitor.platform.security.ScopeConfig;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.seizures.custody.CustodyChain;
import org.embargomonitor.seizures.custody.CustodyChange;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.embargomonitor.seizures.seizure.Item;
import org.embargomonitor.seizures.seizure.ItemRepository;
import org.embargomonitor.seizures.seizure.ItemStatus;
import org.embargomonitor.seizures.seizure.Seizure;
import org.embargomonitor.seizures.seizure.SeizureEvent;
import org.embargomonitor.seizures.seizure.SeizureRepository;
import org.embargomonitor.seizures.seizure.SeizureService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Tracing requests to States. Opening one marks the item as tracing requested; an answer that establishes the
 * origin or point of diversion marks it traced. Each step enters the chain of custody and the event stream.
 */
@ApplicationScoped
public class TracingService {

    private static final String SUBJECT = "TRACING_REQUEST";
    private static final int OVERDUE_LIMIT = 500;
    private final TracingRepository requests;
    private final TracingReminderRepository reminders;
    private final SeizureService seizures;
    private final SeizureRepository seizureRecords;
    private final ItemRepository items;
    private final CustodyChain custody;
    private final IdempotencyKeys idempotency;
    private final TracingConfig config;
    private final ScopeConfig panels;
    private final Scopes scopes;

    TracingService(TracingRepository requests, TracingReminderRepository reminders, SeizureService seizures,
            SeizureRepository seizureRecords, ItemRepository items, CustodyChain custody, IdempotencyKeys idempotency,
            TracingConfig config, ScopeConfig panels, Scopes scopes) {
        this.idempotency = idempotency;
        this.requests = requests;
        this.reminders = reminders;
        this.seizures = seizures;
        this.seizureRecords = seizureRecords;
        this.items = items;
        this.custody = custody;
        this.config = config;
        this.panels = panels;
        this.scopes = scopes;
    }

    /** The fields that make two tracing requests the same request, for idempotency keys. */
    private record Fingerprint(UUID seizureId, UUID itemId, NewTracingRequest request) {
    }

    @WithTransaction
    public Uni<TracingRequestView> open(UUID seizureId, UUID itemId, @NotNull @Valid NewTracingRequest request, Caller caller,
            String idempotencyKey) {
        return idempotency.once(caller.username(), idempotencyKey, new Fingerprint(seizureId, itemId, request),
                () -> create(seizureId, itemId, request, caller))
                .flatMap(outcome -> requests.findById(outcome.resourceId()))
                .flatMap(tracing -> reminders.ofRequests(List.of(tracing.id)).map(sent -> TracingRequestView.of(tracing, sent, clock())));
    }

    private Uni<UUID> create(UUID seizureId, UUID itemId, NewTracingRequest request, Caller caller) {
        return seizureInScope(seizureId, caller).flatMap(seizure -> traceableItem(seizure, itemId)
                .flatMap(item -> sendRequest(seizure, item, request.stateCode(), request.sentOn(), request.note(), null, caller)))
                .map(tracing -> tracing.id);
    }

    /** The seizure's item, unless it is not one of the seizure's (404) or was destroyed (400). */
    public Uni<Item> traceableItem(Seizure seizure, UUID itemId) {
        return items.findById(itemId).map(item -> {
            if (item == null || !item.seizureId.equals(seizure.id)) {
                throw ProblemException.notFound("Seizure " + seizure.id + " has no item " + itemId + ".");
            }
            if (item.status == ItemStatus.DESTROYED) {
                throw ProblemException.invalid("itemId", "is destroyed; it can no longer be traced");
            }
            return item;
        });
    }

    /**
     * Records a request sent to a State about an item, due after the sending panel's response time; the item becomes
     * tracing requested. Within the caller's transaction.
     */
    public Uni<TracingRequest> sendRequest(Seizure seizure, Item item, String stateCode, LocalDate sentOn, String note, UUID letterId,
            Caller caller) {
        TracingRequest tracing = new TracingRequest();
        tracing.id = UUID.randomUUID();
        tracing.seizureId = seizure.id;
        tracing.itemId = item.id;
        tracing.stateCode = stateCode;
        tracing.sentOn = sentOn;
        tracing.panel = panelOf(seizure, caller);
        tracing.dueOn = sentOn.plusDays(config.responseDaysOf(tracing.panel));
        tracing.letterId = letterId;
        tracing.note = note;
        tracing.requestedBy = caller.username();
        item.tracingRequested(sentOn, tracing.dueOn, caller.username());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("itemId", item.id.toString());
        change.put("stateCode", tracing.stateCode);
        change.put("sentOn", tracing.sentOn.toString());
        change.put("dueOn", tracing.dueOn.toString());
        change.put("letterId", letterId == null ? null : letterId.toString());
        return requests.persist(tracing)
                .chain(() -> record(seizure, tracing, "TRACING_REQUESTED", note, change, SeizureEvent.Type.TRACING_REQUESTED, caller))
                .replaceWith(tracing);
    }

    /** When the answer to a request the caller sends on {@code sentOn} about this seizure is due. */
    public LocalDate dueOn(Seizure seizure, Caller caller, LocalDate sentOn) {
        return sentOn.plusDays(config.responseDaysOf(panelOf(seizure, caller)));
    }

    /** The tracing requests as they stand today, with their reminders. */
    public Uni<List<TracingRequestView>> views(List<TracingRequest> found) {
        TracingClock clock = clock();
        return reminders.ofRequests(found.stream().map(r -> r.id).toList()).map(all -> {
            Map<UUID, List<TracingReminder>> byRequest = all.stream().collect(Collectors.groupingBy(m -> m.tracingRequestId));
            return found.stream().map(r -> TracingRequestView.of(r, byRequest.getOrDefault(r.id, List.of()), clock)).toList();
        });
    }

    /** The seizure, when the caller may read it; 404 otherwise. */
    public Uni<Seizure> seizureInScope(UUID seizureId, Caller caller) {
        return seizures.readable(seizureId, caller).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No seizure " + seizureId + " that you may read."));
    }

    /** The caller's panel covering the seizure's country; for an administrator, any panel covering it. */
    private String panelOf(Seizure seizure, Caller caller) {
        Map<String, Set<String>> covered = panels.panelCountries();
        return caller.panels().stream().filter(p -> covered.getOrDefault(p, Set.of()).contains(seizure.countryCode)).findFirst()
                .or(() -> caller.isAdmin() ? covered.entrySet().stream().filter(e -> e.getValue().contains(seizure.countryCode))
                        .map(Map.Entry::getKey).sorted().findFirst() : Optional.empty())
                .orElse(null);
    }

    @WithTransaction
    public Uni<TracingRequestView> remind(UUID seizureId, UUID tracingId, @NotNull @Valid NewReminder reminder, Caller caller) {
        return openRequest(seizureId, tracingId, caller).flatMap(found -> {
            if (reminder.sentOn().isBefore(found.request().sentOn)) {
                return Uni.createFrom().failure(ProblemException.invalid("sentOn", "is before the request was sent"));
            }
            TracingReminder sent = new TracingReminder();
            sent.id = UUID.randomUUID();
            sent.tracingRequestId = tracingId;
            sent.sentOn = reminder.sentOn();
            sent.sentBy = caller.username();
            return reminders.persist(sent).chain(() -> record(found.seizure(), found.request(), "TRACING_REMINDER_SENT", null,
                    Map.of("sentOn", reminder.sentOn().toString()), SeizureEvent.Type.TRACING_REMINDER_SENT, caller));
        });
    }

    @WithTransaction
    public Uni<TracingRequestView> conclude(UUID seizureId, UUID tracingId, @NotNull @Valid TracingResponse response,
            Caller caller) {
        if (response.outcome() != TracingOutcome.NO_RESPONSE && response.receivedOn() == null) {
            return Uni.createFrom().failure(ProblemException.invalid("receivedOn", "is required when the State answered"));
        }
        return openRequest(seizureId, tracingId, caller).flatMap(found -> {
            TracingRequest tracing = found.request();
            if (response.receivedOn() != null && response.receivedOn().isBefore(tracing.sentOn)) {
                return Uni.createFrom().failure(ProblemException.invalid("receivedOn", "is before the request was sent"));
            }
            tracing.outcome = response.outcome();
            tracing.responseReceivedOn = response.receivedOn();
            tracing.responseSummary = response.summary();
            tracing.lastLegalOwner = response.lastLegalOwner();
            tracing.exportLicence = response.exportLicence();
            tracing.diversionDate = response.diversionDate();
            tracing.diversionCountry = response.diversionCountry();
            tracing.concludedBy = caller.username();
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("outcome", response.outcome().name());
            change.put("receivedOn", response.receivedOn() == null ? null : response.receivedOn().toString());
            change.put("lastLegalOwner", response.lastLegalOwner());
            change.put("diversionCountry", response.diversionCountry());
            Uni<Void> itemConcluded = items.findById(tracing.itemId)
                    .invoke(item -> item.tracingConcluded(response.receivedOn(), response.outcome().traces(), caller.username()))
                    .replaceWithVoid();
            return itemConcluded.chain(() -> record(found.seizure(), tracing, "TRACING_CONCLUDED", response.summary(), change,
                    SeizureEvent.Type.TRACING_CONCLUDED, caller));
        });
    }

    @WithSession
    public Uni<List<TracingRequestView>> ofSeizure(UUID seizureId, Caller caller) {
        return seizureInScope(seizureId, caller).flatMap(seizure -> requests.ofSeizure(seizureId)).flatMap(this::views);
    }

    /** Requests past their due date with no answer, of seizures the caller may read, most overdue first. */
    @WithSession
    public Uni<List<OverdueTracingRequest>> overdue(String stateCode, Caller caller) {
        return requests.overdue(scopes.readScopeOf(caller), clock().today(), stateCode, OVERDUE_LIMIT).flatMap(found -> views(found)
                .flatMap(viewed -> seizureRecords.byIds(found.stream().map(r -> r.seizureId).distinct().toList())
                        .flatMap(ofSeizures -> items.byIds(found.stream().map(r -> r.itemId).toList()).map(ofItems -> {
                            Map<UUID, Seizure> seizureById = ofSeizures.stream().collect(Collectors.toMap(x -> x.id, x -> x));
                            Map<UUID, Item> itemById = ofItems.stream().collect(Collectors.toMap(x -> x.id, x -> x));
                            return viewed.stream().map(r -> OverdueTracingRequest.of(r, seizureById.get(r.seizureId()), itemById.get(r.itemId())))
                                    .toList();
                        }))));
    }

    /** Response rates by State or manufacturer of the requests sent in the period, within the caller's scope. */
    @WithSession
    public Uni<List<TracingRate>> rates(TracingRate.By by, LocalDate from, LocalDate to, Caller caller) {
        // committees see the figures of every State, as on their dashboards; never the requests behind them
        ReadScope scope = caller.hasRole(Roles.COMMITTEE_MEMBER) ? ReadScope.EVERYTHING : scopes.readScopeOf(caller);
        return requests.rates(scope, by, from, to, clock().today());
    }

    TracingClock clock() {
        return new TracingClock(LocalDate.now(ZoneOffset.UTC), config.reminderIntervalDays());
    }

    private record Found(Seizure seizure, TracingRequest request) {
    }

    private Uni<Found> openRequest(UUID seizureId, UUID tracingId, Caller caller) {
        return seizureInScope(seizureId, caller).flatMap(seizure -> requests.findById(tracingId).map(tracing -> {
            if (tracing == null || !tracing.seizureId.equals(seizureId)) {
                throw ProblemException.notFound("Seizure " + seizureId + " has no tracing request " + tracingId + ".");
            }
            if (tracing.outcome != null) {
                throw ProblemException.conflict("outcome", "This tracing request was concluded as " + tracing.outcome + ".");
            }
            return new Found(seizure, tracing);
        }));
    }

    private Uni<TracingRequestView> record(Seizure seizure, TracingRequest tracing, String action, String reason,
            Map<String, Object> change, SeizureEvent.Type type, Caller caller) {
        return custody.append(seizure, caller.username(), List.of(new CustodyChange(SUBJECT, tracing.id, action, reason, change)))
                .chain(() -> seizures.publish(seizure, type, caller))
                .chain(() -> reminders.ofRequests(List.of(tracing.id)))
                .map(sent -> TracingRequestView.of(tracing, sent, clock()));
    }
}
