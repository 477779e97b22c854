package org.embargomonitor.platform.jobs;

import static org.embargomonitor.platform.security.Roles.ADMIN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;

/** A service's background jobs, for admins: what runs where, how far it got, what failed. Each service gives it its path. */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public abstract class JobEndpoints {

    /** The jobs listed, newest first. */
    static final int LISTED = 100;

    @Inject
    Jobs jobs;

    @Schema(name = "Job")
    public record JobView(UUID id, String kind, String description, Job.Status status, String submittedBy,
            OffsetDateTime submittedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
            @Schema(description = "The replica that holds or last held it") String claimedBy,
            @Schema(description = "How many times a replica started it; more than 1: it was resumed") int attempts,
            long total, long done, @Schema(description = "0 to 100") int percentDone, Map<String, Long> counts, String failure) {

        static JobView of(Job job) {
            return new JobView(job.id, job.kind, job.description, job.status, job.submittedBy, job.submittedAt, job.startedAt,
                    job.finishedAt, job.claimedBy, job.attempts, job.total, job.done, job.percentDone(), Map.copyOf(job.counts),
                    job.failure);
        }
    }

    @GET
    @Operation(summary = "The service's background jobs, newest first (the 100 newest), with their progress and replica")
    public Uni<List<JobView>> recent() {
        return jobs.newestFirst(LISTED).map(found -> found.stream().map(JobView::of).toList());
    }
}
