package org.embargomonitor.seizures.tracing.letters;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.documents.WrittenDocument;
import org.embargomonitor.seizures.evidence.BlobStore;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;

/**
 * Tracing-request letters of a seizure, written by the platform for the panel covering it: a draft to read first,
 * then the letter sent, kept byte for byte with the tracing requests it opened. Writing documents blocks, so these
 * run on worker threads.
 */
@Path("/api/seizures/{seizureId}/tracing-letters")
@Tag(name = "Tracing")
@RolesAllowed({ PANEL_EXPERT, ADMIN })
public class TracingLetterResource {

    private static final Logger LOG = Logger.getLogger(TracingLetterResource.class);
    private static final String PDF_OR_DOCX = "application/pdf";

    private final TracingLetterService service;
    private final BlobStore blobs;
    private final SecurityIdentity identity;

    TracingLetterResource(TracingLetterService service, BlobStore blobs, SecurityIdentity identity) {
        this.service = service;
        this.blobs = blobs;
        this.identity = identity;
    }

    @POST
    @Path("draft")
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ PDF_OR_DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON })
    @Operation(summary = "Write a tracing-request letter to read before sending it (PDF or DOCX); nothing is stored")
    public Response draft(@PathParam("seizureId") UUID seizureId, @NotNull @Valid NewTracingLetter letter) throws Throwable {
        Caller caller = Caller.of(identity);
        TracingLetterService.Facts facts = VertxContextSupport.subscribeAndAwait(() -> service.gather(seizureId, letter, caller));
        WrittenDocument written = service.write(facts, letter);
        return Response.ok(written.bytes(), written.mediaType()).header("Content-Disposition", WrittenDocument.attachment(written.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a tracing-request letter", description = "Writes the letter, keeps its bytes under their SHA-256"
            + " in the chain of custody and opens a tracing request per item, due after the panel's response time (28 days"
            + " unless the panel has its own). Retries with the same Idempotency-Key answer the letter sent first.")
    @APIResponse(responseCode = "201", description = "Sent; the body lists the tracing requests opened")
    public Response send(@PathParam("seizureId") UUID seizureId, @NotNull @Valid NewTracingLetter letter,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) throws Throwable {
        Caller caller = Caller.of(identity);
        TracingLetterService.Facts facts = VertxContextSupport.subscribeAndAwait(() -> service.gather(seizureId, letter, caller));
        WrittenDocument written = service.write(facts, letter);
        BlobStore.Staged kept = service.keep(written);
        IdempotencyKeys.Outcome outcome = VertxContextSupport.subscribeAndAwait(
                () -> service.send(seizureId, letter, written, kept, caller, idempotencyKey));
        TracingLetterView sent = VertxContextSupport.subscribeAndAwait(() -> service.find(seizureId, outcome.resourceId(), caller));
        return Response.created(uri.getAbsolutePathBuilder().path(sent.id().toString()).build())
                .header("Idempotent-Replayed", outcome.replayed()).entity(sent).build();
    }

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The letters sent about the seizure, with the tracing requests each opened")
    public List<TracingLetterView> list(@PathParam("seizureId") UUID seizureId) throws Throwable {
        Caller caller = Caller.of(identity);
        return VertxContextSupport.subscribeAndAwait(() -> service.ofSeizure(seizureId, caller));
    }

    @GET
    @Path("{letterId}/content")
    @Blocking
    @Operation(summary = "The letter as sent, byte for byte", description = "Checked against its SHA-256 before it is served.")
    @APIResponse(responseCode = "500", description = "The stored bytes no longer match their hash: withheld and reported")
    public Response content(@PathParam("seizureId") UUID seizureId, @PathParam("letterId") UUID letterId) throws Throwable {
        Caller caller = Caller.of(identity);
        TracingLetterView letter = VertxContextSupport.subscribeAndAwait(() -> service.find(seizureId, letterId, caller));
        Optional<String> damage = blobs.damageOf(letter.sha256());
        if (damage.isPresent()) {
            LOG.errorf("Integrity failure of tracing letter %s of seizure %s: its stored bytes %s (SHA-256 %s)", letterId, seizureId,
                    damage.get(), letter.sha256());
            throw new ProblemException(Response.Status.INTERNAL_SERVER_ERROR, "The stored bytes of tracing letter " + letterId + " "
                    + damage.get() + "; they are withheld and the failure is logged.", List.of());
        }
        StreamingOutput bytes = out -> {
            try (InputStream in = blobs.open(letter.sha256())) {
                in.transferTo(out);
            }
        };
        return Response.ok(bytes, letter.mediaType()).header("Content-Disposition", WrittenDocument.attachment(letter.fileName()))
                .header("X-Content-Type-Options", "nosniff").header("ETag", "\"" + letter.sha256() + "\"")
                .header("Content-Length", letter.sizeBytes()).build();
    }
}
