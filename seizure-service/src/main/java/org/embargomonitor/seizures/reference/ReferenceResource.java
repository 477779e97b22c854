package org.embargomonitor.seizures.reference;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The reference catalogue of calibres, manufacturers and headstamp codes: suggestions for what field staff type. */
@Path("/api/seizures/reference/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference catalogue")
public class ReferenceResource {

    private final ReferenceCatalogue catalogue;
    private final SecurityIdentity identity;

    ReferenceResource(ReferenceCatalogue catalogue, SecurityIdentity identity) {
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "Suggest entries for what was typed", description = "\"7,62 x 39 mm\" and \"M43\" both find 7.62x39mm.")
    public List<ReferenceEntry> suggest(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "calibres", "manufacturers", "headstamps" }))
            @PathParam("kind") String kind,
            @QueryParam("q") String typed, @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return catalogue.suggest(kindOf(kind), typed, limit);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add an entry, with its source")
    @Cancellable(false)
    public Uni<Response> add(@PathParam("kind") String kind, NewReferenceEntry entry) {
        return catalogue.add(kindOf(kind), entry, identity.getPrincipal().getName())
                .map(added -> Response.status(Response.Status.CREATED).entity(added).build());
    }

    private static ReferenceKind kindOf(String plural) {
        ReferenceKind kind = ReferenceKind.ofPlural(plural);
        if (kind == null) {
            throw ProblemException.notFound("The reference catalogue has calibres, manufacturers and headstamps, not " + plural + ".");
        }
        return kind;
    }
}
