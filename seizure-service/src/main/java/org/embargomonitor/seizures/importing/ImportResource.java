package org.embargomonitor.seizures.importing;

import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriInfo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.embargomonitor.platform.FormulaSafe;
import org.embargomonitor.platform.SafeText;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.evidence.BlobStore;
import org.embargomonitor.seizures.evidence.MediaTypes;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/** Bulk imports of seizures from CSV or XLSX files, run in the background with progress (docs/bulk-import.md). */
@Path("/api/seizures/imports")
@Tag(name = "Bulk import")
public class ImportResource {

    private static final String FILE = "file";
    private final ImportService service;
    private final ImportJobs jobs;
    private final BlobStore blobs;
    private final MediaTypes mediaTypes;
    private final SecurityIdentity identity;
    private final MemorySize maxSize;

    ImportResource(ImportService service, ImportJobs jobs, BlobStore blobs, MediaTypes mediaTypes, SecurityIdentity identity,
            @ConfigProperty(name = "seizures.imports.max-size", defaultValue = "50M") MemorySize maxSize) {
        this.service = service;
        this.jobs = jobs;
        this.blobs = blobs;
        this.mediaTypes = mediaTypes;
        this.identity = identity;
        this.maxSize = maxSize;
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Import a CSV or XLSX file (multipart form field 'file')")
    @APIResponse(responseCode = "202", description = "Queued; Location is where its progress is")
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX")
    public Response importForm(@RestForm(FILE) FileUpload file, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            UriInfo uri) throws Throwable {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid(FILE, "must be a CSV or XLSX file sent as the form field 'file'");
        }
        String unsafeName = SafeText.fileNameProblemOf(file.fileName());
        if (unsafeName != null) {
            throw ProblemException.invalid(FILE, "its name " + unsafeName);
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            return submit(content, file.fileName(), idempotencyKey, uri);
        }
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Import a CSV or XLSX file sent as the body")
    @APIResponse(responseCode = "202", description = "Queued; Location is where its progress is")
    public Response importRaw(@QueryParam("fileName") String fileName, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            InputStream content, UriInfo uri) throws Throwable {
        String unsafeName = SafeText.fileNameProblemOf(fileName);
        if (unsafeName != null) {
            throw ProblemException.invalid("fileName", unsafeName);
        }
        return submit(content, fileName, idempotencyKey, uri);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Your imports, newest first (all of them for admins)")
    public Uni<List<ImportJobView>> list() {
        return service.views(Caller.of(identity));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "An import's progress")
    public Uni<ImportJobView> progress(@PathParam("id") UUID id) {
        return service.view(id, Caller.of(identity));
    }

    @GET
    @Path("{id}/errors")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "Why rows were rejected, row by row")
    public Uni<List<RowErrorView>> errors(@PathParam("id") UUID id) {
        return jobs.errorsOf(id, Caller.of(identity)).map(all -> all.stream().map(RowErrorView::of).toList());
    }

    @GET
    @Path("{id}/errors.csv")
    @Produces("text/csv")
    @RolesAllowed({ MISSION_STAFF, ADMIN })
    @Operation(summary = "The per-row error report as CSV, to fix the file and import it again")
    public Uni<String> errorReport(@PathParam("id") UUID id) {
        return jobs.errorsOf(id, Caller.of(identity)).map(ImportResource::errorCsv);
    }

    /** One rejected cell. */
    public record RowErrorView(int row, String reference, String column, String message) {
        static RowErrorView of(ImportRowError e) {
            return new RowErrorView(e.rowNumber, e.reference, e.field, e.message);
        }
    }

    private Response submit(InputStream content, String fileName, String idempotencyKey, UriInfo uri) throws Throwable {
        BlobStore.Staged staged = blobs.stageUpload(content, maxSize.asLongValue(), FILE);
        String type = mediaTypes.detect(staged.file());
        ImportJob.Format format = switch (type) {
            case "text/csv", "text/plain" -> ImportJob.Format.CSV;
            case "application/x-tika-ooxml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> ImportJob.Format.XLSX;
            default -> null;
        };
        if (format == null) {
            blobs.discard(staged);
            throw ProblemException.unsupportedMediaType(FILE, "The file's bytes are " + type + "; imports take CSV or XLSX.");
        }
        ImportJobView job = service.submit(staged.file(), staged.sha256(), format, fileName, Caller.of(identity), idempotencyKey);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/seizures/imports")
                .path(job.id().toString()).build()).build();
    }

    /** The rejected cells as CSV, every text cell formula-safe: a reference may be anything someone typed. */
    static String errorCsv(List<ImportRowError> errors) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("row", "reference", "column", "message");
            for (ImportRowError e : errors) {
                csv.printRecord(e.rowNumber, FormulaSafe.cell(e.reference), FormulaSafe.cell(e.field), FormulaSafe.cell(e.message));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
