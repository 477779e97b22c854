package org.embargomonitor.embargo.regime;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.embargo.reevaluation.ReevaluationRequests;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/embargo/regimes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regimes")
public class RegimeResource {

    private final RegimeService service;
    private final ReevaluationRequests reevaluations;
    private final SecurityIdentity identity;

    RegimeResource(RegimeService service, ReevaluationRequests reevaluations, SecurityIdentity identity) {
        this.service = service;
        this.reevaluations = reevaluations;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "The arms-embargo regimes, by name, each with its history and the version in force")
    public Uni<List<RegimeView>> list(@Parameter(description = "Date of the in-force version; today by default") @QueryParam("asOf") LocalDate asOf) {
        return service.all(orToday(asOf));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "One regime, with the version in force on a date")
    @APIResponse(responseCode = "404", description = "No regime with this code")
    public Uni<RegimeView> get(@PathParam("code") String code,
            @Parameter(description = "Date of the in-force version; today by default") @QueryParam("asOf") LocalDate asOf) {
        return service.find(code, orToday(asOf));
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a regime", description = "Admins add a regime the Council has established, with at least one version.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "A regime with this code exists")
    @Cancellable(false)
    public Uni<Response> add(NewRegime regime, UriInfo uri) {
        String admin = identity.getPrincipal().getName();
        return service.add(regime, admin)
                .call(added -> reevaluations.request("Regime " + added.code() + " added by " + admin, admin))
                .map(added -> Response.created(uri.getAbsolutePathBuilder().path(added.code()).build()).entity(added).build());
    }

    @POST
    @Path("{code}/versions")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a version of a regime",
            description = "The Council changed the regime: the new version is in force from its date; earlier versions stay as they were. Every record is evaluated again.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "404", description = "No regime with this code")
    @APIResponse(responseCode = "409", description = "A version from this date exists")
    @Cancellable(false)
    public Uni<Response> addVersion(@PathParam("code") String code, NewRegimeVersion version, UriInfo uri) {
        String admin = identity.getPrincipal().getName();
        return service.addVersion(code, version, admin)
                .call(added -> reevaluations.request("Version of " + code + " from " + added.effectiveFrom() + " added by " + admin, admin))
                .map(added -> Response.created(uri.getBaseUriBuilder().path("api/embargo/regimes").path(code).build())
                        .entity(added).build());
    }

    @POST
    @Path("{code}/versions/{versionId}/errata")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Correct a version that misread the Council",
            description = "The version stays in the history, superseded, beside the correction, the reason, the source read and who made it; "
                    + "without a correction the version is withdrawn. Every record is evaluated again.")
    @APIResponse(responseCode = "201", description = "Corrected")
    @APIResponse(responseCode = "404", description = "No such regime or version")
    @APIResponse(responseCode = "409", description = "The version was corrected already, or the correction's date is another version's")
    @Cancellable(false)
    public Uni<Response> correct(@PathParam("code") String code, @PathParam("versionId") UUID versionId, NewErratum erratum, UriInfo uri) {
        String admin = identity.getPrincipal().getName();
        return service.correct(code, versionId, erratum, admin)
                .call(added -> reevaluations.request("Erratum to " + code + " by " + admin + ": " + added.reason(), admin))
                .map(added -> Response.created(uri.getBaseUriBuilder().path("api/embargo/regimes").path(code).path("errata").build())
                        .entity(added).build());
    }

    @GET
    @Path("{code}/errata")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "The corrections made to a regime's versions, oldest first")
    @APIResponse(responseCode = "404", description = "No regime with this code")
    public Uni<List<ErratumView>> errata(@PathParam("code") String code) {
        return service.errata(code);
    }

    private static LocalDate orToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    }
}
