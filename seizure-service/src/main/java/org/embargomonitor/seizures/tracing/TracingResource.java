package org.embargomonitor.seizures.tracing;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Tracing requests, managed by the panels of experts covering the seizure's country. */
@Path("/api/seizures/{seizureId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracing")
public class TracingResource {

    private final TracingService service;
    private final SecurityIdentity identity;

    TracingResource(TracingService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("items/{itemId}/tracing-requests")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "Record a tracing request sent to a State about an item")
    @APIResponse(responseCode = "201", description = "Recorded; the item is now TRACING_REQUESTED")
    @Cancellable(false)
    public Uni<Response> open(@PathParam("seizureId") UUID seizureId, @PathParam("itemId") UUID itemId,
            NewTracingRequest request, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        return service.open(seizureId, itemId, request, Caller.of(identity), idempotencyKey)
                .map(opened -> Response.created(uri.getBaseUriBuilder().path("api/seizures").path(seizureId.toString())
                        .path("tracing-requests").path(opened.id().toString()).build()).entity(opened).build());
    }

    @GET
    @Path("tracing-requests")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "The seizure's tracing requests with their reminders and answers")
    public Uni<List<TracingRequestView>> list(@PathParam("seizureId") UUID seizureId) {
        return service.ofSeizure(seizureId, Caller.of(identity));
    }

    @POST
    @Path("tracing-requests/{tracingId}/reminders")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "Record a reminder sent to the State")
    @Cancellable(false)
    public Uni<TracingRequestView> remind(@PathParam("seizureId") UUID seizureId, @PathParam("tracingId") UUID tracingId,
            NewReminder reminder) {
        return service.remind(seizureId, tracingId, reminder, Caller.of(identity));
    }

    @POST
    @Path("tracing-requests/{tracingId}/response")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "Record the State's answer, or that none came", description = "An answer that establishes "
            + "the origin or the point of diversion marks the item TRACED.")
    @APIResponse(responseCode = "409", description = "The request was concluded already")
    @Cancellable(false)
    public Uni<TracingRequestView> conclude(@PathParam("seizureId") UUID seizureId, @PathParam("tracingId") UUID tracingId,
            TracingResponse response) {
        return service.conclude(seizureId, tracingId, response, Caller.of(identity));
    }
}
