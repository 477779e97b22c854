package org.embargomonitor.embargo.regime;

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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/embargo/regimes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regimes")
public class RegimeResource {

    private final RegimeService service;
    private final SecurityIdentity identity;

    RegimeResource(RegimeService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "The arms-embargo regimes, by name")
    public Uni<List<RegimeView>> list() {
        return service.all().map(regimes -> regimes.stream().map(RegimeView::of).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "One regime")
    @APIResponse(responseCode = "404", description = "No regime with this code")
    public Uni<RegimeView> get(@PathParam("code") String code) {
        return service.find(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No regime " + code + "."))
                .map(RegimeView::of);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a regime", description = "Admins add a regime the Council has established.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "A regime with this code exists")
    public Uni<Response> add(NewRegime regime, UriInfo uri) {
        return service.add(regime, identity.getPrincipal().getName())
                .map(added -> Response.created(uri.getAbsolutePathBuilder().path(added.code).build())
                        .entity(RegimeView.of(added)).build());
    }
}
