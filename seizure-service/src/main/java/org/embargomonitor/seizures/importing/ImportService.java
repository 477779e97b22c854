package org.embargomonitor.seizures.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.platform.problem.Problem;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.problem.ProblemExceptionMappers;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.work.Lanes;
import org.embargomonitor.seizures.seizure.NewSeizure;
import org.embargomonitor.seizures.seizure.SeizureService;
import org.jboss.logging.Logger;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Imports spreadsheets in the background: consecutive rows with the same reference form one seizure, recorded
 * as if sent through the API (custody, events, idempotent per job and reference), several at once
 * ({@code seizures.imports.concurrency}). A seizure with any bad row is rejected whole, so a rejected row stores
 * nothing; progress is saved every {@value #PROGRESS_EVERY} rows or so.
 */
@ApplicationScoped
public class ImportService {

    static final int PROGRESS_EVERY = 200;
    /** Seizures handed to each lane between two looks at the progress. */
    private static final int GROUPS_PER_LANE = 8;
    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportJobs jobs;
    private final SeizureService seizures;
    private final Validator validator;
    private final int concurrency;
    private final Lanes lanes;

    ImportService(ImportJobs jobs, SeizureService seizures, Validator validator,
            @ConfigProperty(name = "seizures.imports.concurrency", defaultValue = "4") int concurrency) {
        this.jobs = jobs;
        this.seizures = seizures;
        this.validator = validator;
        this.concurrency = concurrency;
        this.lanes = new Lanes("import", concurrency);
    }

    @PreDestroy
    void stop() {
        lanes.close();
    }

    /**
     * Queues the file for import and starts it; the file is deleted once read. A retry with the same idempotency
     * key answers the first job and imports nothing again.
     */
    public ImportJob submit(Path file, String sha256, ImportJob.Format format, String fileName, Caller caller,
            String idempotencyKey) throws Throwable {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.submittedBy = caller.username();
        job.fileName = fileName;
        job.format = format;
        job.status = ImportJob.Status.QUEUED;
        job.submittedAt = OffsetDateTime.now();
        var outcome = await(() -> jobs.queue(job, sha256, idempotencyKey));
        if (outcome.replayed()) {
            Files.deleteIfExists(file);
            return await(() -> jobs.byId(outcome.resourceId()));
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> run(job.id, file, format, caller));
        return job;
    }

    void run(UUID jobId, Path file, ImportJob.Format format, Caller caller) {
        try {
            List<SheetRow> rows;
            try {
                rows = SheetReader.read(file, format);
            } catch (Exception unreadable) {
                await(() -> jobs.finished(jobId, "The file could not be read as " + format + ": " + rootMessage(unreadable)));
                return;
            }
            await(() -> jobs.started(jobId, rows.size()));
            Progress progress = new Progress();
            List<List<SheetRow>> groups = bySeizure(rows);
            int window = concurrency * GROUPS_PER_LANE;
            for (int from = 0; from < groups.size(); from += window) {
                importTogether(jobId, groups.subList(from, Math.min(groups.size(), from + window)), caller, progress);
                if (progress.rows >= PROGRESS_EVERY) {
                    save(jobId, progress);
                }
            }
            save(jobId, progress);
            await(() -> jobs.finished(jobId, null));
        } catch (Throwable failure) {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(failure, "Import %s failed: incident %s", jobId, incident);
            String reason = "The import stopped on an error on our side (incident " + incident
                    + "); the seizures recorded before it are kept, and importing the file again records the rest.";
            try {
                await(() -> jobs.finished(jobId, reason));
            } catch (Throwable e) {
                LOG.errorf(e, "Import %s could not be marked failed", jobId);
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Import file %s was not deleted: %s", file, e.getMessage());
            }
        }
    }

    /** What the reader said of the file, in words for the person who sent it, never naming the classes that said it. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String said = Objects.toString(root.getMessage(), "");
        if (said.contains("Zip bomb") || said.contains("max size of the expanded data")) {
            return "it unpacks to far more than its size (a zip bomb, or a sheet over " + SheetReader.MAX_UNPACKED_MEGABYTES
                    + " MB), so it was not read";
        }
        if (said.contains("DOCTYPE")) {
            return "it declares a DOCTYPE (XML entities), which a spreadsheet never needs, so it was not read";
        }
        return said.isBlank() || said.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Za-z].*") ? "it is not a well-formed file of this kind" : said;
    }

    /**
     * Records the seizures of the groups {@code concurrency} at a time, each in its own transaction (a seizure waits
     * on the database far more than on the processor), and adds what happened to the progress in the file's order.
     */
    private void importTogether(UUID jobId, List<List<SheetRow>> groups, Caller caller, Progress progress) throws Throwable {
        for (Progress outcome : lanes.each(groups, group -> {
            Progress recorded = new Progress();
            importGroup(jobId, group, caller, recorded);
            return recorded;
        })) {
            progress.add(outcome);
        }
    }

    private void importGroup(UUID jobId, List<SheetRow> group, Caller caller, Progress progress) throws Throwable {
        ImportColumns.Parsed parsed = ImportColumns.parse(group);
        List<ImportColumns.CellError> errors = new ArrayList<>(parsed.errors());
        if (errors.isEmpty()) {
            for (ConstraintViolation<NewSeizure> violation : validator.validate(parsed.seizure())) {
                errors.add(ImportColumns.locate(ProblemExceptionMappers.propertyPath(violation.getPropertyPath()),
                        violation.getMessage(), group));
            }
        }
        if (errors.isEmpty()) {
            try {
                String key = "import:" + jobId + ":" + parsed.seizure().reference();
                await(() -> seizures.record(parsed.seizure(), caller, key));
                progress.seizures++;
            } catch (ProblemException refused) {
                Problem problem = refused.toProblem();
                if (problem.errors().isEmpty()) {
                    errors.add(new ImportColumns.CellError(group.get(0).number(), "reference", problem.detail()));
                }
                problem.errors().forEach(e -> errors.add(ImportColumns.locate(e.field(), e.message(), group)));
            }
        }
        progress.rows += group.size();
        if (!errors.isEmpty()) {
            progress.rejected += group.size();
            String reference = group.get(0).get("reference");
            Map<String, ImportColumns.CellError> byCell = new LinkedHashMap<>();
            errors.forEach(e -> byCell.merge(e.row() + "/" + e.column(), e,
                    (a, b) -> new ImportColumns.CellError(a.row(), a.column(), a.message() + "; " + b.message())));
            byCell.values().forEach(e -> progress.errors.add(ImportRowError.of(jobId, e.row(), reference, e.column(), e.message())));
            for (SheetRow row : group) {
                if (errors.stream().noneMatch(e -> e.row() == row.number())) {
                    progress.errors.add(ImportRowError.of(jobId, row.number(), reference, "reference",
                            "rejected with the other rows of its seizure"));
                }
            }
        }
    }

    /** Consecutive rows with the same reference; a row without reference stands alone (and is rejected). */
    static List<List<SheetRow>> bySeizure(List<SheetRow> rows) {
        List<List<SheetRow>> groups = new ArrayList<>();
        List<SheetRow> current = new ArrayList<>();
        for (SheetRow row : rows) {
            if (!current.isEmpty() && (row.get("reference") == null || !row.get("reference").equals(current.get(0).get("reference")))) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private void save(UUID jobId, Progress progress) throws Throwable {
        List<ImportRowError> errors = List.copyOf(progress.errors);
        int rows = progress.rows;
        int rejected = progress.rejected;
        int created = progress.seizures;
        await(() -> jobs.progressed(jobId, rows, rejected, created, errors));
        progress.reset();
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }

    /** What has happened since the progress was last saved. */
    private static final class Progress {
        int rows;
        int rejected;
        int seizures;
        final List<ImportRowError> errors = new ArrayList<>();

        void add(Progress other) {
            rows += other.rows;
            rejected += other.rejected;
            seizures += other.seizures;
            errors.addAll(other.errors);
        }

        void reset() {
            rows = 0;
            rejected = 0;
            seizures = 0;
            errors.clear();
        }
    }
}
