package org.embargomonitor.embargo.compliance;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/embargo/supply-chains")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
public class SupplyChainResource {

    private final SupplyChainService service;
    private final SecurityIdentity identity;

    SupplyChainResource(SupplyChainService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "Supply chains: those of one seizure, or the largest in the caller's scope",
            description = "Items linked by lot or close serials across seizures form one chain, merged when a later item links two.")
    public Uni<List<SupplyChainView.Summary>> list(@QueryParam("seizureId") UUID seizureId) {
        return service.list(seizureId, Caller.of(identity));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Operation(summary = "One supply chain: its extent, countries, dates, lots, serial ranges and items",
            description = "A chain merged into another answers that one. Items outside the caller's scope are counted per country, not shown.")
    @APIResponse(responseCode = "404", description = "No such chain with an item in the caller's scope")
    public Uni<SupplyChainView> get(@PathParam("id") UUID id) {
        return service.get(id, Caller.of(identity));
    }
}
