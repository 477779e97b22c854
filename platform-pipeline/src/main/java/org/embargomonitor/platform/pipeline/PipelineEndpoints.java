package org.embargomonitor.platform.pipeline;

import static org.embargomonitor.platform.security.Roles.ADMIN;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.smallrye.mutiny.Uni;

/** A service's consumers, for admins: lag, outages, dead letters and their replay. Each service gives it its path. */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public abstract class PipelineEndpoints {

    @Inject
    KafkaPipeline pipeline;

    @GET
    @Operation(summary = "Each consumer's lag, dead letters and what it waits for")
    public Uni<PipelineStatus> status() {
        return pipeline.status();
    }

    @GET
    @Path("dead-letters")
    @Operation(summary = "A consumer's dead letters, newest first, with the reason each was given up on")
    public Uni<List<DeadLetter>> deadLetters(@QueryParam("channel") String channel) {
        return pipeline.deadLetters(channel);
    }

    @POST
    @Path("dead-letters/replay")
    @Operation(summary = "Send a consumer's dead letters not replayed yet back to the topic they came from")
    @Cancellable(false)
    public Uni<Map<String, Integer>> replay(@QueryParam("channel") String channel) {
        return pipeline.replay(channel).map(replayed -> Map.of("replayed", replayed));
    }
}
