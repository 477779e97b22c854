package org.embargomonitor.search.reindex;

import static org.embargomonitor.platform.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

@Path("/api/search/reindex")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(ADMIN)
public class ReindexResource {

    private final Reindexing reindexing;
    private final SecurityIdentity identity;

    ReindexResource(Reindexing reindexing, SecurityIdentity identity) {
        this.reindexing = reindexing;
        this.identity = identity;
    }

    @POST
    @Blocking
    @Operation(summary = "Reindex every record into a new index, without downtime",
            description = "Writes move to the new index at once; searches keep reading the old one until the copy is done, "
                    + "then switch in one atomic alias change. 409 while a reindex runs.")
    public Response start() throws Throwable {
        ReindexJob job = reindexing.start(Caller.of(identity).username());
        return Response.accepted(job).build();
    }

    @GET
    @Operation(summary = "The latest reindex and its progress")
    public ReindexJob latest() throws Throwable {
        return reindexing.latest().orElseThrow(() -> ProblemException.notFound("No reindex has been started."));
    }
}
