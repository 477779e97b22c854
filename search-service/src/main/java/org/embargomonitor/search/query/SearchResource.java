package org.embargomonitor.search.query;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Search the records you may read", description = "Text (q) in the safe syntax: quotes for a "
            + "phrase, + for AND, | for OR, - for NOT, * for a prefix; or a serial or lot number (mark) that tolerates one "
            + "misread character and ? or * for unreadable ones. Filters, facet counts and a page cursor.")
    public Uni<SearchResults> search(@Valid @BeanParam SearchParameters parameters) {
        return service.search(parameters, Caller.of(identity));
    }
}
