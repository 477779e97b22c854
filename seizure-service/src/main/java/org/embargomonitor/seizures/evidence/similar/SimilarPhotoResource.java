package org.embargomonitor.seizures.evidence.similar;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;
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

@Path("/api/seizures/{seizureId}/evidence/similar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class SimilarPhotoResource {

    private final SimilarPhotos similar;
    private final SecurityIdentity identity;

    SimilarPhotoResource(SimilarPhotos similar, SecurityIdentity identity) {
        this.similar = similar;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "Photos of other seizures that may show the same object as this seizure's photos",
            description = "Perceptual hashes: the same picture sent again, resized, recompressed or cropped; among the"
                    + " seizures you may read, closest first, with the distance in bits (0 to 64).")
    public Uni<List<SimilarPhoto>> similar(@PathParam("seizureId") UUID seizureId) {
        return similar.of(seizureId, Caller.of(identity));
    }
}
