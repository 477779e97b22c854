package org.embargomonitor.search.query;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int EXPORT_LIMIT = 10_000;

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

    @GET
    @Path("export")
    @Produces({ CSV, XLSX })
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "The whole result set as CSV or XLSX, one row per item, for report annexes",
            description = "The same query and filters as the search, within your scope; at most " + EXPORT_LIMIT + " records.")
    public Uni<Response> export(@Valid @BeanParam SearchParameters parameters,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx", message = "must be csv or xlsx") String format) {
        boolean xlsx = "xlsx".equals(format);
        return service.allRecords(parameters, Caller.of(identity), EXPORT_LIMIT)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(records -> Response.ok(xlsx ? RecordsExport.xlsx(records) : RecordsExport.csv(records), xlsx ? XLSX : CSV + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"embargo-monitor-records." + format + "\"")
                        .header("X-Records", records.size())
                        .build());
    }
}
