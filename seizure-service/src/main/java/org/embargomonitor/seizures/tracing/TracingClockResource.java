package org.embargomonitor.seizures.tracing;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.AskedPeriod;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.reference.IsoCountry;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Tracing requests against their clocks: what is overdue, and how States answer. */
@Path("/api/seizures/tracing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracing")
public class TracingClockResource {

    private final TracingService service;
    private final SecurityIdentity identity;

    TracingClockResource(TracingService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("overdue")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "Unanswered tracing requests past their due date, most overdue first (at most 500)",
            description = "Of the seizures you may read; each with its reminders and the day the next one is due.")
    public Uni<List<OverdueTracingRequest>> overdue(
            @Parameter(description = "Only requests to this State, ISO alpha-3") @QueryParam("state") @IsoCountry String state) {
        return service.overdue(state, Caller.of(identity));
    }

    @GET
    @Path("rates")
    @RolesAllowed({ PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "Response rates of the requests sent in a period, by State asked or by manufacturer",
            description = "Response rate = answered / due (concluded, or past the due date); median days to an answer; share"
                    + " of answers that established the origin or the point of diversion. Panels see their countries'"
                    + " requests; committees the figures of all.")
    public Uni<List<TracingRate>> rates(
            @Parameter(description = "STATE or MANUFACTURER") @QueryParam("by") @DefaultValue("STATE") String by,
            @Parameter(description = "Requests sent on or after this day; a year before `to` by default") @QueryParam("from") LocalDate from,
            @Parameter(description = "Requests sent on or before this day; today by default") @QueryParam("to") LocalDate to) {
        LocalDate until = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
        LocalDate since = from == null ? until.minusYears(1) : from;
        AskedPeriod.check(since, until);
        return service.rates(grouping(by), since, until, Caller.of(identity));
    }

    private static TracingRate.By grouping(String by) {
        try {
            return TracingRate.By.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("by", "must be one of " + Arrays.toString(TracingRate.By.values()) + ", not " + by);
        }
    }
}
