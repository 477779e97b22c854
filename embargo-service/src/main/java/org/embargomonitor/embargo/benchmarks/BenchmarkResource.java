package org.embargomonitor.embargo.benchmarks;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/embargo/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmarks")
public class BenchmarkResource {

    private final BenchmarkService service;
    private final SecurityIdentity identity;

    BenchmarkResource(BenchmarkService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "Every regime's benchmarks with their current state and history")
    public Uni<List<BenchmarkView>> all() {
        return service.all();
    }

    @POST
    @Path("{id}/assessments")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Record an assessment of a benchmark", description = "From a source document, such as a report of the Secretary-General; earlier assessments stay in the history.")
    @APIResponse(responseCode = "201", description = "Recorded; answers the benchmark with its history")
    @Cancellable(false)
    public Uni<Response> assess(@PathParam("id") UUID id, NewAssessment assessment) {
        return service.assess(id, assessment, identity.getPrincipal().getName())
                .map(updated -> Response.status(Response.Status.CREATED).entity(updated).build());
    }
}
