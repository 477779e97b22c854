package org.embargomonitor.seizures.evidence;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.EVIDENCE_READER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.SafeText;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;

/**
 * Photos and documents of a seizure. Uploads stream to disk while their SHA-256 is computed; their type is
 * detected from the bytes. Uploads and downloads block on disk, so they run on worker threads.
 */
@Path("/api/seizures/{seizureId}/evidence")
@Tag(name = "Evidence")
public class EvidenceResource {

    private static final Logger LOG = Logger.getLogger(EvidenceResource.class);
    private static final String FILE = "file";

    private final EvidenceService service;
    private final EvidenceIntake intake;
    private final BlobStore blobs;
    private final MediaTypes mediaTypes;
    private final EvidenceConfig config;
    private final EvidenceIntegrity integrity;
    private final SecurityIdentity identity;

    EvidenceResource(EvidenceService service, EvidenceIntake intake, BlobStore blobs, MediaTypes mediaTypes, EvidenceConfig config,
            EvidenceIntegrity integrity, SecurityIdentity identity) {
        this.service = service;
        this.intake = intake;
        this.blobs = blobs;
        this.mediaTypes = mediaTypes;
        this.config = config;
        this.integrity = integrity;
        this.identity = identity;
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Attach a photo or document (multipart form)", description = "Form fields: file, optional itemId "
            + "and description. Raster photos, PDF, Office and OpenDocument files and plain text; the type is read from the bytes.")
    @APIResponse(responseCode = "201", description = "Attached (or replayed with the same Idempotency-Key)")
    @APIResponse(responseCode = "413", description = "Larger than allowed")
    @APIResponse(responseCode = "415", description = "Not a photo or document: executables and archives are refused")
    public Response uploadForm(@PathParam("seizureId") UUID seizureId, @RestForm(FILE) FileUpload file,
            @RestForm UUID itemId, @RestForm @Size(max = 2000) String description,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) throws Throwable {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid(FILE, "must be a file sent as the form field 'file'");
        }
        String unsafeName = SafeText.fileNameProblemOf(file.fileName());
        if (unsafeName != null) {
            throw ProblemException.invalid(FILE, "its name " + unsafeName);
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            return upload(seizureId, itemId, description, file.fileName(), content, idempotencyKey, uri);
        }
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Attach a photo or document (raw body)", description = "The body is the file itself; it is "
            + "streamed to disk. The Content-Type header is ignored: the type is read from the bytes.")
    @APIResponse(responseCode = "201", description = "Attached (or replayed with the same Idempotency-Key)")
    @APIResponse(responseCode = "413", description = "Larger than allowed")
    @APIResponse(responseCode = "415", description = "Not a photo or document")
    public Response uploadRaw(@PathParam("seizureId") UUID seizureId,
            @Parameter(description = "The file's name, for people") @QueryParam("fileName") String fileName,
            @QueryParam("itemId") UUID itemId, @QueryParam("description") @Size(max = 2000) String description,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, InputStream content, UriInfo uri) throws Throwable {
        String unsafeName = SafeText.fileNameProblemOf(fileName);
        if (unsafeName != null) {
            throw ProblemException.invalid("fileName", unsafeName);
        }
        return upload(seizureId, itemId, description, fileName, content, idempotencyKey, uri);
    }

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN })
    @Operation(summary = "The seizure's photos and documents")
    public List<EvidenceView> list(@PathParam("seizureId") UUID seizureId) throws Throwable {
        Caller caller = Caller.of(identity);
        return VertxContextSupport.subscribeAndAwait(() -> service.ofSeizure(seizureId, caller))
                .stream().map(EvidenceView::of).toList();
    }

    @GET
    @Path("{evidenceId}/content")
    @Blocking
    @RolesAllowed({ MISSION_STAFF, PANEL_EXPERT, ADMIN, EVIDENCE_READER })
    @Operation(summary = "The original bytes", description = "Checked against their SHA-256 before they are served; "
            + "the hash is in the Repr-Digest header.")
    @APIResponse(responseCode = "500", description = "The stored bytes no longer match their hash: withheld and reported")
    public Response download(@PathParam("seizureId") UUID seizureId, @PathParam("evidenceId") UUID evidenceId) throws Throwable {
        Caller caller = Caller.of(identity);
        Evidence evidence = VertxContextSupport.subscribeAndAwait(() -> service.find(seizureId, evidenceId, caller));
        Optional<String> damage = integrity.problemOf(evidence);
        if (damage.isPresent()) {
            LOG.errorf("Integrity failure of seizure %s: %s (SHA-256 %s)", seizureId, damage.get(), evidence.sha256);
            throw new ProblemException(Response.Status.INTERNAL_SERVER_ERROR, "The stored bytes of evidence " + evidenceId
                    + " no longer match their SHA-256; they are withheld and the failure is logged. Uploading the"
                    + " original file again repairs them.", List.of());
        }
        StreamingOutput bytes = out -> {
            try (InputStream in = blobs.open(evidence.sha256)) {
                in.transferTo(out);
            }
        };
        String disposition = mediaTypes.shownInline(evidence.mediaType) ? "inline" : "attachment";
        return Response.ok(bytes, evidence.mediaType)
                .header("Content-Disposition", disposition + "; filename*=UTF-8''" + fileNameOf(evidence))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(evidence.sha256)) + ":")
                .header("ETag", "\"" + evidence.sha256 + "\"")
                .header("Content-Length", evidence.sizeBytes)
                .build();
    }

    private Response upload(UUID seizureId, UUID itemId, String description, String fileName, InputStream content,
            String idempotencyKey, UriInfo uri) throws Throwable {
        Caller caller = Caller.of(identity);
        VertxContextSupport.subscribeAndAwait(() -> service.checkMayAttach(seizureId, caller));
        BlobStore.Staged staged = blobs.stageUpload(content, config.maxSize().asLongValue(), FILE);
        EvidenceIntake.Attached attached = intake.attach(seizureId, itemId, description, fileName, staged, idempotencyKey, caller, FILE);
        return Response.created(uri.getAbsolutePathBuilder().path(attached.evidence().id.toString()).path("content").build())
                .header("Idempotent-Replayed", attached.replayed())
                .entity(EvidenceView.of(attached.evidence())).build();
    }

    /** The name people gave the file, percent-encoded for the header (RFC 6266); its id when it had none. */
    private static String fileNameOf(Evidence evidence) {
        String name = evidence.fileName == null || evidence.fileName.isBlank() ? evidence.id.toString() : evidence.fileName;
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
