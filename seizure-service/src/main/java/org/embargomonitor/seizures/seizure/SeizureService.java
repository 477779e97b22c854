package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SeizureService {

    private final SeizureRepository repository;
    private final Scopes scopes;

    SeizureService(SeizureRepository repository, Scopes scopes) {
        this.repository = repository;
        this.scopes = scopes;
    }

    @WithTransaction
    public Uni<Seizure> record(@NotNull @Valid NewSeizure request, Caller caller) {
        String operation = operationFor(request, caller);
        return repository.referenceTaken(operation, request.reference()).flatMap(taken -> {
            if (taken) {
                return Uni.createFrom().failure(ProblemException.conflict("reference",
                        "The reference " + request.reference() + " is already used by another seizure of " + operation + "."));
            }
            return repository.persist(toSeizure(request, operation, caller));
        });
    }

    @WithSession
    public Uni<List<Seizure>> visibleTo(Caller caller, int pageIndex, int pageSize) {
        return repository.listWithin(scopes.readScopeOf(caller), Page.of(pageIndex, pageSize));
    }

    /** The seizure, or null when it does not exist or lies outside the caller's scope. */
    @WithSession
    public Uni<Seizure> find(UUID id, Caller caller) {
        ReadScope scope = scopes.readScopeOf(caller);
        return repository.findById(id)
                .map(seizure -> seizure != null && scope.covers(seizure.operation, seizure.countryCode) ? seizure : null);
    }

    private static String operationFor(NewSeizure request, Caller caller) {
        if (caller.isAdmin()) {
            if (request.operation() == null) {
                throw ProblemException.invalid("operation", "must name the peace operation the seizure belongs to");
            }
            return request.operation();
        }
        if (request.operation() != null) {
            if (!caller.operations().contains(request.operation())) {
                throw ProblemException.forbidden("You record seizures for " + caller.operations() + " only, not " + request.operation() + ".");
            }
            return request.operation();
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
        seizure.countryCode = request.countryCode();
        seizure.adminArea = request.adminArea();
        seizure.placeName = request.placeName();
        seizure.latitude = request.latitude();
        seizure.longitude = request.longitude();
        seizure.circumstance = request.circumstance();
        seizure.narrative = request.narrative();
        seizure.recordedBy = caller.username();
        seizure.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return seizure;
    }
}
