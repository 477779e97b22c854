package org.embargomonitor.seizures.seizure;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.AskedPeriod;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.custody.CustodyEntryView;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/seizures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seizures")
public class SeizureResource {

    private static final String REPLAYED = "Idempotent-Replayed";
    private final SeizureService service;
    private final SecurityIdentity identity;

    SeizureResource(SeizureService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Record a seizure with its items", description = "Mission staff record seizures of their own "
            + "operation. Send an Idempotency-Key to retry safely over a poor link: a retry returns the first result.")
    @APIResponse(responseCode = "201", description = "Recorded (or replayed); Location names the seizure")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "409", description = "The reference is taken, or the Idempotency-Key was used for another request")
    @Cancellable(false)
    public Uni<Response> record(NewSeizure seizure,
            @Parameter(description = "Any unique string per create, reused on retries")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        return service.record(seizure, Caller.of(identity), idempotencyKey)
                .map(recorded -> Response.created(uri.getAbsolutePathBuilder().path(recorded.seizure().id().toString()).build())
                        .header(REPLAYED, recorded.replayed())
                        .entity(recorded.seizure()).build());
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "List the seizures you may read, newest first, filtered by operation, country, dates or reference")
    public Uni<List<SeizureView>> list(@BeanParam @Valid SeizureFilter filter,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        AskedPeriod.check(filter.from, filter.to);
        return service.visibleTo(Caller.of(identity), filter, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "One seizure with its items")
    @APIResponse(responseCode = "404", description = "No such seizure, or not one you may read")
    public Uni<SeizureView> get(@PathParam("id") UUID id) {
        return service.find(id, Caller.of(identity)).onItem().ifNull().failWith(() -> notFound(id));
    }

    @POST
    @Path("{id}/items")
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Add items to a seizure")
    @Cancellable(false)
    public Uni<SeizureView> addItems(@PathParam("id") UUID id, List<NewItem> items,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return service.addItems(id, items, Caller.of(identity), idempotencyKey);
    }

    @POST
    @Path("{id}/items/{itemId}/status")
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Change an item's status", description = "Recorded, marked, tracing requested, traced, stored, "
            + "destroyed; destroyed is final. The reason goes into the chain of custody.")
    @Cancellable(false)
    public Uni<SeizureView> changeItemStatus(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            ItemStatusChange change) {
        return service.changeItemStatus(id, itemId, change, Caller.of(identity));
    }

    @GET
    @Path("{id}/custody")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "The seizure's chain of custody, oldest entry first")
    public Uni<List<CustodyEntryView>> custody(@PathParam("id") UUID id) {
        return service.custodyOf(id, Caller.of(identity)).onItem().ifNull().failWith(() -> notFound(id))
                .map(entries -> entries.stream().map(CustodyEntryView::of).toList());
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No seizure " + id + " that you may read.");
    }
}
