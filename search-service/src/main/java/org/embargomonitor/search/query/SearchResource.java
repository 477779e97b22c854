package org.embargomonitor.search.query;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private final SearchService service;
    private final SecurityIdentity identity;

    SearchResource(SearchService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "Search the records you may read", description = "Quotes for phrases, + for AND, | for OR, - for NOT, * for a prefix.")
    public Uni<SearchResults> search(
            @Parameter(description = "What to look for", example = "\"AK-pattern\" Bria")
            @QueryParam("q") @NotBlank @Size(max = 500) String q,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.search(q, size, Caller.of(identity));
    }
}
