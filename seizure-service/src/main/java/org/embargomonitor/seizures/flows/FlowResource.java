package org.embargomonitor.seizures.flows;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
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
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.seizures.seizure.ItemCategory;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Where seized weapons came from: lines from countries of manufacture and points of diversion to the seizures. */
@Path("/api/seizures/flows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flows")
public class FlowResource {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    private final Flows flows;
    private final Scopes scopes;
    private final SecurityIdentity identity;

    FlowResource(Flows flows, Scopes scopes, SecurityIdentity identity) {
        this.flows = flows;
        this.scopes = scopes;
        this.identity = identity;
    }

    @GET
    @WithSession
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "Flows of items into the seizures of a period, by country of manufacture and by point of diversion",
            description = "Each line with its items and seizures, and the records behind it (committees: the figures only, of every"
                    + " country). Filter by the seizures' countries (a regime's, say), the period and the items' category.")
    public Uni<List<Flow>> flows(
            @Parameter(description = "Seizures in these countries (ISO alpha-3); all when left out") @QueryParam("country") List<String> countries,
            @Parameter(description = "Seized on or after; a year before `to` by default") @QueryParam("from") LocalDate from,
            @Parameter(description = "Seized on or before; today by default") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only items of this category") @QueryParam("category") String category) {
        LocalDate until = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
        LocalDate since = from == null ? until.minusYears(1) : from;
        AskedPeriod.check(since, until);
        Caller caller = Caller.of(identity);
        boolean committee = caller.hasRole(COMMITTEE_MEMBER) && !caller.hasRole(PANEL_EXPERT) && !caller.isAdmin();
        ReadScope scope = committee ? ReadScope.EVERYTHING : scopes.readScopeOf(caller);
        return flows.of(scope, countriesOf(countries), since, until, categoryOf(category), !committee);
    }

    private static Set<String> countriesOf(List<String> countries) {
        if (countries == null) {
            return Set.of();
        }
        for (String country : countries) {
            if (!COUNTRIES.contains(country)) {
                throw ProblemException.invalid("country", "must be ISO 3166-1 alpha-3 codes, not " + country);
            }
        }
        return Set.copyOf(countries);
    }

    private static String categoryOf(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return ItemCategory.valueOf(category.strip()).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category", "must be one of the item categories, not " + category);
        }
    }
}
