package org.embargomonitor.embargo.parties;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.SafeText;
import org.embargomonitor.platform.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

@Path("/api/embargo/designated-parties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Designated parties")
public class DesignatedPartyResource {

    private final PartyDirectory directory;
    private final ListImportService importer;
    private final ListImports imports;
    private final SecurityIdentity identity;

    DesignatedPartyResource(PartyDirectory directory, ListImportService importer, ListImports imports, SecurityIdentity identity) {
        this.directory = directory;
        this.importer = importer;
        this.imports = imports;
        this.identity = identity;
    }

    @GET
    @Path("matches")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "Which designated parties a name may refer to, with the reasons for each score")
    public Uni<List<PartyMatch>> matches(@Parameter(description = "A name as reported", example = "Al Shabab") @QueryParam("name") String name,
            @Parameter(description = "Parties listed on this date; today by default") @QueryParam("asOf") LocalDate asOf) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        return directory.match(name, asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC));
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "One party, listed or de-listed, as last imported")
    @APIResponse(responseCode = "404", description = "Never listed")
    public Uni<DesignatedPartyView> get(@PathParam("reference") String reference) {
        return directory.find(reference).map(DesignatedPartyView::of);
    }

    @POST
    @Path("imports")
    @Blocking
    @Consumes({ MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(ADMIN)
    @Operation(summary = "Import a snapshot of the UN Security Council Consolidated List (XML)",
            description = "Checked whole before anything is stored, then imported in the background: additions, changes and de-listings are recorded. A snapshot older than the last one imported is refused.")
    @APIResponse(responseCode = "202", description = "Queued; Location is where its progress is")
    @APIResponse(responseCode = "400", description = "Not a well-formed Consolidated List")
    @APIResponse(responseCode = "409", description = "Older than the snapshot imported last")
    public Response importList(@QueryParam("fileName") String fileName, InputStream content, UriInfo uri) throws Throwable {
        String unsafeName = SafeText.fileNameProblemOf(fileName);
        if (unsafeName != null) {
            throw ProblemException.invalid("fileName", unsafeName);
        }
        ListImportView job = importer.submit(content, fileName, identity.getPrincipal().getName());
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("api/embargo/designated-parties/imports").path(job.id().toString()).build())
                .build();
    }

    @GET
    @Path("imports")
    @RolesAllowed({ PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "Imports of the list, newest first")
    public Uni<List<ListImportView>> importsDone() {
        return importer.newestFirst();
    }

    @GET
    @Path("imports/{id}")
    @RolesAllowed({ PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "An import's progress and counts")
    public Uni<ListImportView> progress(@PathParam("id") UUID id) {
        return importer.byId(id);
    }

    @GET
    @Path("imports/{id}/changes")
    @RolesAllowed({ PANEL_EXPERT, COMMITTEE_MEMBER, ADMIN })
    @Operation(summary = "What an import added, changed, de-listed or listed again")
    public Uni<List<PartyChangeView>> changes(@PathParam("id") UUID id,
            @Parameter(description = "ADDED, CHANGED, DELISTED or RELISTED; all by default") @QueryParam("kind") String kind) {
        PartyChange.Kind wanted = kindOf(kind);
        return imports.byId(id).chain(job -> imports.changesOf(id, wanted))
                .map(all -> all.stream().map(PartyChangeView::of).toList());
    }

    private static PartyChange.Kind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return PartyChange.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of ADDED, CHANGED, DELISTED, RELISTED");
        }
    }
}
