package org.embargomonitor.embargo.compliance;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.embargo.reevaluation.ReevaluationRequests;
import org.embargomonitor.platform.jobs.Job;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Re-evaluations of every record: started by admins, or by a new regime version or list import. */
@Path("/api/embargo/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
public class EvaluationResource {

    private final Reevaluations reevaluations;
    private final ReevaluationRequests requests;
    private final SecurityIdentity identity;

    EvaluationResource(Reevaluations reevaluations, ReevaluationRequests requests, SecurityIdentity identity) {
        this.reevaluations = reevaluations;
        this.requests = requests;
        this.identity = identity;
    }

    @Schema(name = "Evaluation")
    public record EvaluationView(UUID id, String reason, Job.Status status, long recordsTotal, long recordsDone,
            @Schema(description = "0 to 100") int percentDone, long findingsRaised, String failure, String requestedBy,
            OffsetDateTime requestedAt, OffsetDateTime finishedAt) {

        static EvaluationView of(Job job) {
            return new EvaluationView(job.id, job.description, job.status, job.total, job.done, job.percentDone(),
                    job.count(Reevaluations.FINDINGS_RAISED), job.failure, job.submittedBy, job.submittedAt, job.finishedAt);
        }
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Evaluate every record again")
    @APIResponse(responseCode = "202", description = "Queued; Location is where its progress is")
    @Cancellable(false)
    public Uni<Response> start(UriInfo uri) {
        String admin = identity.getPrincipal().getName();
        return requests.request("Requested by " + admin, admin)
                .map(job -> Response.accepted(EvaluationView.of(job))
                        .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build()).build());
    }

    @GET
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "Re-evaluations, newest first, with progress")
    public Uni<List<EvaluationView>> list() {
        return reevaluations.newestFirst().map(all -> all.stream().map(EvaluationView::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "One re-evaluation's progress")
    public Uni<EvaluationView> get(@PathParam("id") UUID id) {
        return reevaluations.byId(id).map(EvaluationView::of);
    }
}
