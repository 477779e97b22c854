package org.embargomonitor.search.alerts;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.security.Caller;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved searches and alerts")
@RolesAllowed({ PANEL_EXPERT, ADMIN })
public class SavedSearchResource {

    private final SavedSearches savedSearches;
    private final SecurityIdentity identity;

    SavedSearchResource(SavedSearches savedSearches, SecurityIdentity identity) {
        this.savedSearches = savedSearches;
        this.identity = identity;
    }

    @POST
    @Path("saved-searches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a search and be alerted of new records that match it",
            description = "Text, mark and filters as in GET /api/search (no finding filters); matched within your read scope.")
    @Cancellable(false)
    public Uni<Response> save(@Valid @NotNull NewSavedSearch search, UriInfo uri) {
        return savedSearches.save(search, Caller.of(identity))
                .map(saved -> Response.created(uri.getAbsolutePathBuilder().path(saved.id()).build()).entity(saved).build());
    }

    @GET
    @Path("saved-searches")
    @Operation(summary = "Your saved searches, newest first")
    public Uni<List<SavedSearch>> mine() {
        return savedSearches.ofOwner(Caller.of(identity));
    }

    @DELETE
    @Path("saved-searches/{id}")
    @Operation(summary = "Delete one of your saved searches and its alerts")
    @Cancellable(false)
    public Uni<Response> delete(@PathParam("id") @Size(max = 64) String id) {
        return savedSearches.delete(id, Caller.of(identity)).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("alerts")
    @Operation(summary = "Records that matched your saved searches when they were indexed, newest first")
    public Uni<List<Alert>> alerts(@QueryParam("savedSearch") @Size(max = 64) String savedSearchId,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return savedSearches.alertsOf(Caller.of(identity), savedSearchId, size);
    }
}
