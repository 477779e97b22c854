package org.embargomonitor.search.linking;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/search/records/{seizureId}/items/{itemId}/linked")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class LinkingResource {

    private final LinkingService linking;
    private final SecurityIdentity identity;

    LinkingResource(LinkingService linking, SecurityIdentity identity) {
        this.linking = linking;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "Items linked to this one across seizures and countries",
            description = "Same lot number, same headstamp, or a serial within search.linking.serial-range of the same make and model "
                    + "(same letters, digits close); each with its reasons. Only records you may read.")
    public Uni<LinkedItemsView> linked(@PathParam("seizureId") UUID seizureId, @PathParam("itemId") UUID itemId) {
        return linking.linkedTo(seizureId.toString(), itemId.toString(), Caller.of(identity));
    }
}
