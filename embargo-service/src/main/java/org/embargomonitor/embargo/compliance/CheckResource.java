package org.embargomonitor.embargo.compliance;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.Scopes;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Whether a seizure's compliance check is done, for the record page and API clients. */
@Path("/api/embargo/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
public class CheckResource {

    private final SeizureRecords records;
    private final Scopes scopes;
    private final SecurityIdentity identity;

    CheckResource(SeizureRecords records, Scopes scopes, SecurityIdentity identity) {
        this.records = records;
        this.scopes = scopes;
        this.identity = identity;
    }

    @Schema(name = "ComplianceCheck")
    public record CheckView(UUID seizureId,
            @Schema(description = "DONE when the version asked about (or a later one) has been checked, PENDING otherwise") Status status,
            @Schema(description = "The latest version checked; null when none was") Long checkedVersion, OffsetDateTime checkedAt) {

        public enum Status {
            DONE, PENDING
        }
    }

    @GET
    @Path("{seizureId}")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "Whether the compliance check of a seizure (of a version of it) is done or pending")
    @APIResponse(responseCode = "404", description = "The seizure is outside the caller's scope")
    public Uni<CheckView> check(@PathParam("seizureId") UUID seizureId,
            @Parameter(description = "The seizure's version, as seizure-service gives it; the latest checked by default") @QueryParam("version") Long version) {
        if (version != null && version < 0) {
            throw ProblemException.invalid("version", "must be 0 or more");
        }
        return records.checked(seizureId).map(record -> {
            if (record == null) {
                return new CheckView(seizureId, CheckView.Status.PENDING, null, null);
            }
            if (!scopes.readScopeOf(Caller.of(identity)).covers(record.operation, record.countryCode)) {
                throw ProblemException.notFound("No seizure " + seizureId + ".");
            }
            boolean done = version == null || record.version >= version;
            return new CheckView(seizureId, done ? CheckView.Status.DONE : CheckView.Status.PENDING, record.version, record.receivedAt);
        });
    }
}
