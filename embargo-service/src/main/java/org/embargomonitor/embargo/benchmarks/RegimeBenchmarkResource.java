package org.embargomonitor.embargo.benchmarks;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;

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

@Path("/api/embargo/regimes/{code}/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmarks")
public class RegimeBenchmarkResource {

    private final BenchmarkService service;
    private final SecurityIdentity identity;

    RegimeBenchmarkResource(BenchmarkService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "A regime's benchmarks with their current state and history")
    @APIResponse(responseCode = "404", description = "No regime with this code")
    public Uni<List<BenchmarkView>> ofRegime(@PathParam("code") String code) {
        return service.ofRegime(code);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a benchmark the Council set for a regime")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "A benchmark with this code exists")
    @Cancellable(false)
    public Uni<Response> add(@PathParam("code") String code, NewBenchmark benchmark) {
        return service.add(code, benchmark, identity.getPrincipal().getName())
                .map(added -> Response.status(Response.Status.CREATED).entity(added).build());
    }
}
