package org.embargomonitor.seizures.annexes;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.documents.WrittenDocument;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/** Annexes for a panel's report, written from the records and findings it chose. */
@Path("/api/seizures/annexes")
@Tag(name = "Annexes")
public class AnnexResource {

    private final AnnexService service;
    private final SecurityIdentity identity;

    AnnexResource(AnnexService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Blocking
    @RolesAllowed({ PANEL_EXPERT, ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON })
    @Operation(summary = "Write an annex (PDF or DOCX) of chosen records and findings", description = "Numbered, with a table of"
            + " contents; per record its facts, items, photos of the markings, the findings with their explanation and citation, and"
            + " the tracing correspondence with its outcome. Records you may not read answer 404; nothing is stored.")
    public Response write(@NotNull @Valid NewAnnex annex) throws Throwable {
        WrittenDocument written = service.write(annex, Caller.of(identity));
        return Response.ok(written.bytes(), written.mediaType())
                .header("Content-Disposition", WrittenDocument.attachment(written.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
