package org.embargomonitor.seizures.seizure;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/seizures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seizures")
public class SeizureResource {

    private final SeizureService service;
    private final SecurityIdentity identity;

    SeizureResource(SeizureService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Record a seizure", description = "Mission staff record seizures of their own operation.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new seizure")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid")
    @APIResponse(responseCode = "409", description = "The operation already has a seizure with this reference")
    public Uni<Response> record(NewSeizure seizure, UriInfo uri) {
        return service.record(seizure, Caller.of(identity))
                .map(stored -> Response.created(uri.getAbsolutePathBuilder().path(stored.id.toString()).build())
                        .entity(SeizureView.of(stored)).build());
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "List the seizures you may read, newest first")
    public Uni<List<SeizureView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.visibleTo(Caller.of(identity), page, size)
                .map(seizures -> seizures.stream().map(SeizureView::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "One seizure")
    @APIResponse(responseCode = "404", description = "No such seizure, or not one you may read")
    public Uni<SeizureView> get(@PathParam("id") UUID id) {
        return service.find(id, Caller.of(identity))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No seizure " + id + " that you may read."))
                .map(SeizureView::of);
    }
}
