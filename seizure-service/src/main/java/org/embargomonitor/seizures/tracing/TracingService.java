package org.embargomonitor.seizures.tracing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.custody.CustodyChain;
import org.embargomonitor.seizures.custody.CustodyChange;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.embargomonitor.seizures.seizure.ItemRepository;
import org.embargomonitor.seizures.seizure.ItemStatus;
import org.embargomonitor.seizures.seizure.Seizure;
import org.embargomonitor.seizures.seizure.SeizureEvent;
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
    private final TracingRepository requests;
    private final TracingReminderRepository reminders;
    private final SeizureService seizures;
    private final ItemRepository items;
    private final CustodyChain custody;
    private final IdempotencyKeys idempotency;

    TracingService(TracingRepository requests, TracingReminderRepository reminders, SeizureService seizures,
            ItemRepository items, CustodyChain custody, IdempotencyKeys idempotency) {
        this.idempotency = idempotency;
        this.requests = requests;
        this.reminders = reminders;
        this.seizures = seizures;
        this.items = items;
        this.custody = custody;
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
                .flatMap(tracing -> reminders.ofRequests(List.of(tracing.id)).map(sent -> TracingRequestView.of(tracing, sent)));
    }

    private Uni<UUID> create(UUID seizureId, UUID itemId, NewTracingRequest request, Caller caller) {
        return seizureInScope(seizureId, caller).flatMap(seizure -> items.findById(itemId).flatMap(item -> {
            if (item == null || !item.seizureId.equals(seizureId)) {
                return Uni.createFrom().failure(ProblemException.notFound("Seizure " + seizureId + " has no item " + itemId + "."));
            }
            if (item.status == ItemStatus.DESTROYED) {
                return Uni.createFrom().failure(ProblemException.invalid("itemId", "is destroyed; it can no longer be traced"));
            }
            TracingRequest tracing = new TracingRequest();
            tracing.id = UUID.randomUUID();
            tracing.seizureId = seizureId;
            tracing.itemId = itemId;
            tracing.stateCode = request.stateCode();
            tracing.sentOn = request.sentOn();
            tracing.note = request.note();
            tracing.requestedBy = caller.username();
            item.tracingRequested(request.sentOn(), caller.username());
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("itemId", itemId.toString());
            change.put("stateCode", tracing.stateCode);
            change.put("sentOn", tracing.sentOn.toString());
            return requests.persist(tracing)
                    .chain(() -> record(seizure, tracing, "TRACING_REQUESTED", request.note(), change,
                            SeizureEvent.Type.TRACING_REQUESTED, caller))
                    .replaceWith(tracing.id);
        }));
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
            tracing.concludedBy = caller.username();
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("outcome", response.outcome().name());
            change.put("receivedOn", response.receivedOn() == null ? null : response.receivedOn().toString());
            change.put("lastLegalOwner", response.lastLegalOwner());
            Uni<Void> itemConcluded = items.findById(tracing.itemId)
                    .invoke(item -> item.tracingConcluded(response.receivedOn(), response.outcome().traces(), caller.username()))
                    .replaceWithVoid();
            return itemConcluded.chain(() -> record(found.seizure(), tracing, "TRACING_CONCLUDED", response.summary(), change,
                    SeizureEvent.Type.TRACING_CONCLUDED, caller));
        });
    }

    @WithSession
    public Uni<List<TracingRequestView>> ofSeizure(UUID seizureId, Caller caller) {
        return seizureInScope(seizureId, caller).flatMap(seizure -> requests.ofSeizure(seizureId)).flatMap(found ->
                reminders.ofRequests(found.stream().map(r -> r.id).toList()).map(all -> {
                    Map<UUID, List<TracingReminder>> byRequest = all.stream().collect(Collectors.groupingBy(m -> m.tracingRequestId));
                    return found.stream().map(r -> TracingRequestView.of(r, byRequest.getOrDefault(r.id, List.of()))).toList();
                }));
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

    private Uni<Seizure> seizureInScope(UUID seizureId, Caller caller) {
        return seizures.readable(seizureId, caller).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No seizure " + seizureId + " that you may read."));
    }

    private Uni<TracingRequestView> record(Seizure seizure, TracingRequest tracing, String action, String reason,
            Map<String, Object> change, SeizureEvent.Type type, Caller caller) {
        return custody.append(seizure, caller.username(), List.of(new CustodyChange(SUBJECT, tracing.id, action, reason, change)))
                .chain(() -> seizures.publish(seizure, type, caller))
                .chain(() -> reminders.ofRequests(List.of(tracing.id)))
                .map(sent -> TracingRequestView.of(tracing, sent));
    }
}
