package org.embargomonitor.embargo.compliance;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/embargo/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
public class FindingResource {

    private final FindingService service;
    private final SecurityIdentity identity;

    FindingResource(FindingService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "Findings, newest change first, a page at a time",
            description = "Panel experts see the findings of their panel's countries; committee members the confirmed ones. "
                    + "Pages are numbered from 0; a page shorter than its size is the last.")
    public Uni<List<FindingView>> list(@QueryParam("status") String status, @QueryParam("rule") String rule,
            @QueryParam("regime") String regime, @QueryParam("country") String country, @QueryParam("seizureId") UUID seizureId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        FindingService.Filter filter = new FindingService.Filter(enumOf("status", status, FindingStatus.class),
                enumOf("rule", rule, Rule.class), blankToNull(regime), blankToNull(country), seizureId);
        return service.list(filter, page, size, Caller.of(identity));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "One finding with its explanation, citation, facts and decisions")
    @APIResponse(responseCode = "404", description = "No such finding within the caller's scope")
    public Uni<FindingView> get(@PathParam("id") UUID id) {
        return service.get(id, Caller.of(identity));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "Confirm or dismiss an open finding, with the reason",
            description = "Only a confirmed finding is called a violation. A dismissed name match is not raised again for the same possessor and party.")
    @APIResponse(responseCode = "409", description = "The finding is not open")
    @Cancellable(false)
    public Uni<FindingView> decide(@PathParam("id") UUID id, NewDecision decision) {
        return service.decide(id, decision, Caller.of(identity));
    }

    private static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
