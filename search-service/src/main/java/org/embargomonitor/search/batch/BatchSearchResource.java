package org.embargomonitor.search.batch;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/search/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batch search")
@RolesAllowed({ PANEL_EXPERT, ADMIN })
public class BatchSearchResource {

    static final String CSV = "text/csv";

    private final BatchSearches batches;
    private final SecurityIdentity identity;

    BatchSearchResource(BatchSearches batches, SecurityIdentity identity) {
        this.batches = batches;
        this.identity = identity;
    }

    @POST
    @Consumes({ MediaType.TEXT_PLAIN, CSV })
    @Operation(summary = "Search a list of serials, lots or names as one job",
            description = "One value per line (text/plain), or the first column of a CSV file (text/csv; a header row named value, "
                    + "serial, lot, mark, name or query is skipped); at most " + BatchSearches.MAX_LINES + " lines. Answers 202; "
                    + "follow the Location for progress and per-line hit counts.")
    @Cancellable(false)
    public Uni<Response> submit(@QueryParam("kind") @DefaultValue("mark") @Pattern(regexp = "mark|name|text",
            message = "must be mark, name or text") String kind, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String body, UriInfo uri) {
        List<String> values;
        try {
            values = contentType != null && contentType.startsWith(CSV) ? BatchLines.ofCsv(body) : BatchLines.ofText(body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", e.getMessage());
        }
        return batches.submit(BatchKind.valueOf(kind.toUpperCase(Locale.ROOT)), values, Caller.of(identity))
                .map(job -> Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id()).build()).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A batch search's progress and, per line, the hit count and first records found")
    public Uni<BatchSearch> get(@PathParam("id") @Size(max = 64) String id) {
        return batches.get(id, Caller.of(identity));
    }

    @GET
    @Path("{id}/results")
    @Produces(CSV)
    @Operation(summary = "A batch search's results as CSV: one row per record found, and one for each line that found none")
    public Uni<Response> results(@PathParam("id") @Size(max = 64) String id) {
        return batches.get(id, Caller.of(identity)).map(batch -> Response.ok(BatchLines.resultsCsv(batch), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"batch-search-" + id + ".csv\"").build());
    }
}
