package org.embargomonitor.embargo.indicators;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.time.LocalDate;
import java.time.ZoneOffset;

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
import org.embargomonitor.platform.problem.AskedPeriod;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.work.Workers;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/embargo/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
@RolesAllowed({ PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
public class IndicatorResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IndicatorService service;
    private final SecurityIdentity identity;

    IndicatorResource(IndicatorService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Indicators computed from the seizure records and findings, with the filter that produced them",
            description = "Weapons seized, found, surrendered and captured; traced and the SDG 16.4.2 proportion; share with intact "
                    + "marks; destroyed and the destruction rate; seizures at borders, inland and at sea; ammunition rounds; findings; "
                    + "tracing requests unanswered past their due date. Totals, a series per month, quarter or year, places for a map, "
                    + "and for each figure set the search listing its records. Panel experts: their countries only.")
    public Uni<IndicatorReport> report(@Valid @BeanParam IndicatorFilter filter) {
        AskedPeriod.check(filter.from, filter.to);
        return service.report(filter, Caller.of(identity), today());
    }

    @GET
    @Path("export")
    @Produces({ CSV, XLSX })
    @Operation(summary = "The same indicators as CSV or XLSX: the filter, then one row per period and a total")
    public Uni<Response> export(@Valid @BeanParam IndicatorFilter filter,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx", message = "must be csv or xlsx") String format) {
        AskedPeriod.check(filter.from, filter.to);
        boolean xlsx = "xlsx".equals(format);
        return service.report(filter, Caller.of(identity), today())
                .chain(report -> Workers.run(() -> Response.ok(xlsx ? IndicatorExport.xlsx(report) : IndicatorExport.csv(report), xlsx ? XLSX : CSV + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"embargo-monitor-indicators." + format + "\"").build()));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
