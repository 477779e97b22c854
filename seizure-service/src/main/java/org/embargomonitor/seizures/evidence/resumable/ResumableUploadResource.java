package org.embargomonitor.seizures.evidence.resumable;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.SafeText;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.evidence.EvidenceConfig;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/**
 * Resumable uploads of evidence, in the tus 1.0 protocol (tus.io: core, creation, expiration, checksum with
 * SHA-256, termination), for photos, scans and videos sent from the field: a piece cut off by the link is resumed
 * from the last byte the service holds. The complete file is checked and recorded as any upload is.
 */
@Path("/api/seizures/{seizureId}/evidence/uploads")
@Tag(name = "Evidence")
@RolesAllowed({ MISSION_STAFF, ADMIN })
public class ResumableUploadResource {

    static final String TUS_VERSION = "1.0.0";
    static final String TUS_RESUMABLE = "Tus-Resumable";
    private static final String OFFSET_STREAM = "application/offset+octet-stream";
    private static final String METADATA = "Upload-Metadata";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final ResumableUploadService uploads;
    private final EvidenceConfig config;
    private final SecurityIdentity identity;

    ResumableUploadResource(ResumableUploadService uploads, EvidenceConfig config, SecurityIdentity identity) {
        this.uploads = uploads;
        this.config = config;
        this.identity = identity;
    }

    @OPTIONS
    @Operation(summary = "What the resumable uploads support (tus)")
    @APIResponse(responseCode = "204", description = "Tus-Version, Tus-Extension, Tus-Max-Size, Tus-Checksum-Algorithm")
    public Response discover(@PathParam("seizureId") UUID seizureId) {
        return Response.noContent().header("Tus-Version", TUS_VERSION)
                .header("Tus-Extension", "creation,expiration,checksum,termination")
                .header("Tus-Max-Size", config.maxSize().asLongValue())
                .header("Tus-Checksum-Algorithm", "sha256").build();
    }

    @POST
    @Blocking
    @Operation(summary = "Open a resumable upload (tus creation)", description = "Upload-Length is the file's size; "
            + "Upload-Metadata may carry filename, itemId and description (base64, as tus sends them). Send an "
            + "Idempotency-Key to find the same upload again when the answer is lost.")
    @APIResponse(responseCode = "201", description = "Opened (or found again under its key); Location is the upload")
    @APIResponse(responseCode = "400", description = "Upload-Length or Upload-Metadata is missing or invalid")
    @APIResponse(responseCode = "413", description = "Larger than allowed")
    public Response create(@PathParam("seizureId") UUID seizureId,
            @HeaderParam(TUS_RESUMABLE) String tusResumable,
            @HeaderParam(ResumableUploadService.LENGTH) String length,
            @HeaderParam(METADATA) String metadata,
            @Parameter(description = "Any unique string per file, reused on retries")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) throws Throwable {
        requireVersion(tusResumable);
        ResumableUploadService.Declared declared = declared(length, metadata);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid(IdempotencyKeys.HEADER, "must be 1 to 200 characters");
        }
        ResumableUploadService.Created created = uploads.create(seizureId, declared, idempotencyKey, Caller.of(identity));
        return Response.created(uri.getAbsolutePathBuilder().path(created.upload().id.toString()).build())
                .header("Upload-Expires", HTTP_DATE.format(created.upload().expiresAt.atZoneSameInstant(ZoneOffset.UTC)))
                .header("Idempotent-Replayed", created.replayed()).build();
    }

    @HEAD
    @Path("{uploadId}")
    @Blocking
    @Operation(summary = "How many bytes of the upload the service holds (tus)")
    @APIResponse(responseCode = "200", description = "Upload-Offset and Upload-Length; Evidence-Location once complete")
    @APIResponse(responseCode = "404", description = "No such upload of yours")
    @APIResponse(responseCode = "410", description = "Expired: its bytes are deleted")
    public Response offset(@PathParam("seizureId") UUID seizureId, @PathParam("uploadId") UUID uploadId,
            @HeaderParam(TUS_RESUMABLE) String tusResumable, UriInfo uri) throws Throwable {
        requireVersion(tusResumable);
        ResumableUploadService.Progress progress = uploads.progress(seizureId, uploadId, Caller.of(identity));
        return withProgress(Response.ok(), progress, uri).header(ResumableUploadService.LENGTH, progress.upload().length)
                .header("Cache-Control", "no-store").build();
    }

    @PATCH
    @Path("{uploadId}")
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send the next piece of the upload (tus)", description = "Content-Type "
            + "application/offset+octet-stream; Upload-Offset is where the piece starts; Upload-Checksum (sha256, base64) "
            + "makes the piece all or nothing. The piece that completes the file makes it evidence: Evidence-Location.")
    @APIResponse(responseCode = "204", description = "Kept; Upload-Offset is the new offset")
    @APIResponse(responseCode = "409", description = "Upload-Offset is not the offset the service holds")
    @APIResponse(responseCode = "415", description = "Not application/offset+octet-stream, or the complete file is not a photo or document")
    @APIResponse(responseCode = "423", description = "Another piece of this upload is being received")
    @APIResponse(responseCode = "460", description = "The piece does not match its Upload-Checksum: not kept")
    public Response append(@PathParam("seizureId") UUID seizureId, @PathParam("uploadId") UUID uploadId,
            @HeaderParam(TUS_RESUMABLE) String tusResumable,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam(ResumableUploadService.OFFSET) String offset,
            @HeaderParam(ResumableUploadService.CHECKSUM) String checksum, InputStream piece, UriInfo uri) throws Throwable {
        requireVersion(tusResumable);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(OFFSET_STREAM)) {
            throw ProblemException.unsupportedMediaType("Content-Type", "A piece of an upload is sent as " + OFFSET_STREAM + ".");
        }
        long from = parseSize(ResumableUploadService.OFFSET, offset);
        ResumableUploadService.Progress progress = uploads.append(seizureId, uploadId, from, checksumOf(checksum), piece,
                Caller.of(identity));
        return withProgress(Response.noContent(), progress, uri).build();
    }

    @DELETE
    @Path("{uploadId}")
    @Blocking
    @Operation(summary = "End an upload you no longer want (tus termination)", description = "Its bytes are deleted; "
            + "a complete upload stays evidence.")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response terminate(@PathParam("seizureId") UUID seizureId, @PathParam("uploadId") UUID uploadId,
            @HeaderParam(TUS_RESUMABLE) String tusResumable) throws Throwable {
        requireVersion(tusResumable);
        uploads.terminate(seizureId, uploadId, Caller.of(identity));
        return Response.noContent().build();
    }

    private static void requireVersion(String tusResumable) {
        if (!TUS_VERSION.equals(tusResumable)) {
            throw ProblemException.withStatus(412, "Precondition Failed", TUS_RESUMABLE, "Resumable uploads speak tus "
                    + TUS_VERSION + "; send Tus-Resumable: " + TUS_VERSION + ".");
        }
    }

    private static Response.ResponseBuilder withProgress(Response.ResponseBuilder answer, ResumableUploadService.Progress progress,
            UriInfo uri) {
        answer.header(ResumableUploadService.OFFSET, progress.offset())
                .header("Upload-Expires", HTTP_DATE.format(progress.upload().expiresAt.atZoneSameInstant(ZoneOffset.UTC)));
        if (progress.complete()) {
            answer.header("Evidence-Location", uri.getBaseUriBuilder().path("api/seizures").path(progress.upload().seizureId.toString())
                    .path("evidence").path(progress.upload().evidenceId.toString()).path("content").build());
        }
        return answer;
    }

    private static ResumableUploadService.Declared declared(String length, String metadata) {
        long size = parseSize(ResumableUploadService.LENGTH, length);
        Map<String, String> fields = metadataOf(metadata);
        String fileName = fields.get("filename") != null ? fields.get("filename") : fields.get("name");
        String unsafeName = SafeText.fileNameProblemOf(fileName);
        if (unsafeName != null) {
            throw ProblemException.invalid(METADATA, "its filename " + unsafeName);
        }
        String description = fields.get("description");
        if (description != null && description.length() > 2000) {
            throw ProblemException.invalid(METADATA, "its description must be at most 2000 characters");
        }
        String descriptionProblem = description == null ? null : SafeText.problemOf(description);
        if (descriptionProblem != null) {
            throw ProblemException.invalid(METADATA, "its description " + descriptionProblem);
        }
        UUID itemId = null;
        if (fields.get("itemId") != null) {
            try {
                itemId = UUID.fromString(fields.get("itemId"));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(METADATA, "its itemId must be the id of one of the seizure's items");
            }
        }
        return new ResumableUploadService.Declared(size, fileName, itemId, description);
    }

    /** tus metadata: comma-separated pairs of a key and its value in base64 (the value may be left out). */
    private static Map<String, String> metadataOf(String header) {
        Map<String, String> fields = new HashMap<>();
        if (header == null || header.isBlank()) {
            return fields;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.trim().split(" ", -1);
            if (parts.length > 2 || parts[0].isEmpty()) {
                throw ProblemException.invalid(METADATA, "must be pairs of a key and a base64 value, separated by commas");
            }
            try {
                fields.put(parts[0], parts.length == 1 ? "" : new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(METADATA, "the value of " + parts[0] + " is not base64");
            }
        }
        return fields;
    }

    private static ResumableUploadService.Checksum checksumOf(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.trim().split(" ");
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("sha256")) {
            throw ProblemException.invalid(ResumableUploadService.CHECKSUM, "must be 'sha256' and the piece's SHA-256 in base64");
        }
        try {
            byte[] digest = Base64.getDecoder().decode(parts[1]);
            if (digest.length != 32) {
                throw new IllegalArgumentException();
            }
            return new ResumableUploadService.Checksum(digest);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(ResumableUploadService.CHECKSUM, "the SHA-256 must be 32 bytes in base64");
        }
    }

    private static long parseSize(String header, String value) {
        try {
            long size = Long.parseLong(value == null ? "" : value.trim());
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(header, "must be a whole number of bytes, 0 or more");
    }
}
