package org.embargomonitor.seizures.evidence;

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
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.custody.CustodyVerification;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The check of a seizure's chain of custody and of its evidence files (docs/security.md). */
@Path("/api/seizures/{id}/custody/verification")
@Tag(name = "Seizures")
public class CustodyVerificationResource {

    private final CustodyVerificationService service;
    private final SecurityIdentity identity;

    CustodyVerificationResource(CustodyVerificationService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "Check that the chain of custody is whole", description = "Finds altered, removed or inserted entries.")
    public Uni<CustodyVerification> verifyCustody(@PathParam("id") UUID id) {
        return service.verify(id, Caller.of(identity)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No seizure " + id + " that you may read."));
    }
}
