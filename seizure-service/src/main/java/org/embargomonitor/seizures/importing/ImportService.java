package org.embargomonitor.seizures.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.platform.jobs.Job;
import org.embargomonitor.platform.jobs.JobKind;
import org.embargomonitor.platform.jobs.JobRunner;
import org.embargomonitor.platform.jobs.Jobs;
import org.embargomonitor.platform.jobs.RunningJob;
import org.embargomonitor.platform.problem.Problem;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.problem.ProblemExceptionMappers;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.work.Lanes;
import org.embargomonitor.seizures.seizure.NewSeizure;
import org.embargomonitor.seizures.seizure.SeizureService;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Imports spreadsheets as background jobs that any replica may run: consecutive rows with the same reference form one
 * seizure, recorded as if sent through the API by the person who submitted the file (custody, events, idempotent per
 * job and reference), several at once ({@code seizures.imports.concurrency}). A seizure with any bad row is rejected
 * whole, so a rejected row stores nothing; progress is saved every {@value #PROGRESS_EVERY} rows or so, with the rows
 * done in the same transaction, and a run resumed after a stop goes on after them (a seizure recorded since is
 * answered again by its idempotency key, not stored twice).
 */
@ApplicationScoped
public class ImportService implements JobKind {

    static final String KIND = "seizure-import";
    static final int PROGRESS_EVERY = 200;
    /** Seizures recorded in one transaction, and handed to each lane between two looks at the progress. */
    static final int SEIZURES_PER_TRANSACTION = 25;
    /** The imports listed, newest first. */
    private static final int LISTED = 200;

    private final ImportJobs imports;
    private final Jobs jobs;
    private final JobRunner runner;
    private final SeizureService seizures;
    private final Validator validator;
    private final int concurrency;
    private final Lanes lanes;

    ImportService(ImportJobs imports, Jobs jobs, JobRunner runner, SeizureService seizures, Validator validator,
            @ConfigProperty(name = "seizures.imports.concurrency", defaultValue = "4") int concurrency) {
        this.imports = imports;
        this.jobs = jobs;
        this.runner = runner;
        this.seizures = seizures;
        this.validator = validator;
        this.concurrency = concurrency;
        this.lanes = new Lanes("import", concurrency);
    }

    @Override
    public String name() {
        return KIND;
    }

    @PreDestroy
    void stop() {
        lanes.close();
    }

    /**
     * Queues the file for import, kept with the job; the file given is deleted. A retry with the same idempotency key
     * answers the first import and queues nothing again.
     */
    public ImportJobView submit(Path file, String sha256, ImportJob.Format format, String fileName, Caller caller,
            String idempotencyKey) throws Throwable {
        try {
            ImportJob job = new ImportJob();
            job.id = UUID.randomUUID();
            job.submittedBy = caller.username();
            job.submittedAs = caller;
            job.fileName = fileName;
            job.format = format;
            job.submittedAt = OffsetDateTime.now();
            byte[] content = Files.readAllBytes(file);
            String description = format + " import" + (fileName == null ? "" : " of " + fileName);
            var outcome = await(() -> imports.queue(job, sha256, idempotencyKey,
                    () -> jobs.queue(job.id, KIND, description, caller.username(), content)));
            runner.wake();
            return await(() -> view(outcome.resourceId(), caller));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The import with its progress, if the caller submitted it or is an admin; 404 otherwise. */
    public Uni<ImportJobView> view(UUID id, Caller caller) {
        return imports.visibleTo(id, caller).chain(job -> jobs.byId(id).map(state -> ImportJobView.of(job, state)));
    }

    /** The caller's imports (every import for admins), newest first. */
    public Uni<List<ImportJobView>> views(Caller caller) {
        return imports.of(caller, LISTED).chain(found -> jobs.byIds(KIND, found.stream().map(job -> job.id).toList())
                .map(byId -> found.stream().filter(job -> byId.containsKey(job.id))
                        .map(job -> ImportJobView.of(job, byId.get(job.id))).toList()));
    }

    @Override
    public void run(RunningJob running) throws Throwable {
        ImportJob job = await(() -> imports.byId(running.id()));
        Path file = Files.createTempFile("import-", "." + job.format.name().toLowerCase(Locale.ROOT));
        try {
            Files.write(file, running.input());
            int total = countRows(file, job.format);
            if (job.totalRows != total) {
                await(() -> imports.counted(job.id, total));
            }
            running.total(total);
            Progress progress = new Progress();
            int rowsDone = job.rowsDone;
            int skipped = 0;
            boolean skipping = true;
            List<List<SheetRow>> window = new ArrayList<>();
            try (SheetReader.Rows rows = SheetReader.open(file, job.format)) {
                for (Iterator<List<SheetRow>> groups = bySeizure(rows); groups.hasNext();) {
                    List<SheetRow> group = groups.next();
                    // the rows saved before a stop are not read again: whole seizures, as they were saved
                    if (skipping && skipped + group.size() <= job.rowsDone) {
                        skipped += group.size();
                        continue;
                    }
                    skipping = false;
                    window.add(group);
                    if (window.size() == concurrency * SEIZURES_PER_TRANSACTION) {
                        importTogether(job.id, window, job.submittedAs, progress);
                        window.clear();
                        if (progress.rows >= PROGRESS_EVERY) {
                            rowsDone += progress.rows;
                            save(job.id, progress);
                            running.progressed(rowsDone, String.valueOf(rowsDone));
                        }
                    }
                }
            }
            importTogether(job.id, window, job.submittedAs, progress);
            if (progress.rows > 0) {
                rowsDone += progress.rows;
                save(job.id, progress);
                running.progressed(rowsDone, String.valueOf(rowsDone));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The file's rows, every one read; a file that cannot be read fails the job with the reason, in words for the person who sent it. */
    private static int countRows(Path file, ImportJob.Format format) throws RunningJob.Refused {
        try {
            return SheetReader.count(file, format);
        } catch (Exception unreadable) {
            throw new RunningJob.Refused("The file could not be read as " + format + ": " + rootMessage(unreadable));
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
     * Records the seizures of the groups {@code concurrency} lanes at a time (a transaction waits on the database far
     * more than on the processor), {@value #SEIZURES_PER_TRANSACTION} seizures to a transaction, and adds what happened
     * to the progress in the file's order.
     */
    private void importTogether(UUID jobId, List<List<SheetRow>> groups, Caller caller, Progress progress) throws Throwable {
        List<List<List<SheetRow>>> sets = new ArrayList<>();
        for (int from = 0; from < groups.size(); from += SEIZURES_PER_TRANSACTION) {
            sets.add(groups.subList(from, Math.min(groups.size(), from + SEIZURES_PER_TRANSACTION)));
        }
        for (Progress outcome : lanes.each(sets, set -> {
            Progress recorded = new Progress();
            importSet(jobId, set, caller, recorded);
            return recorded;
        })) {
            progress.add(outcome);
        }
    }

    /**
     * The seizures of the groups without errors recorded in one transaction; when any of them is refused, or the
     * transaction fails, each is recorded alone, so that only the seizures at fault are rejected, with their reasons.
     */
    private void importSet(UUID jobId, List<List<SheetRow>> set, Caller caller, Progress progress) throws Throwable {
        List<SeizureService.KeyedSeizure> valid = new ArrayList<>();
        List<List<SheetRow>> validGroups = new ArrayList<>();
        for (List<SheetRow> group : set) {
            ImportColumns.Parsed parsed = ImportColumns.parse(group);
            List<ImportColumns.CellError> errors = new ArrayList<>(parsed.errors());
            if (errors.isEmpty()) {
                for (ConstraintViolation<NewSeizure> violation : validator.validate(parsed.seizure())) {
                    errors.add(ImportColumns.locate(ProblemExceptionMappers.propertyPath(violation.getPropertyPath()),
                            violation.getMessage(), group));
                }
            }
            progress.rows += group.size();
            if (errors.isEmpty()) {
                valid.add(new SeizureService.KeyedSeizure("import:" + jobId + ":" + parsed.seizure().reference(), parsed.seizure()));
                validGroups.add(group);
            } else {
                reject(jobId, group, errors, progress);
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        try {
            await(() -> seizures.recordAll(valid, caller));
            progress.seizures += valid.size();
        } catch (Exception refused) {
            for (int i = 0; i < valid.size(); i++) {
                recordAlone(jobId, valid.get(i), validGroups.get(i), caller, progress);
            }
        }
    }

    private void recordAlone(UUID jobId, SeizureService.KeyedSeizure seizure, List<SheetRow> group, Caller caller,
            Progress progress) throws Throwable {
        try {
            await(() -> seizures.record(seizure.seizure(), caller, seizure.key()));
            progress.seizures++;
        } catch (ProblemException refused) {
            Problem problem = refused.toProblem();
            List<ImportColumns.CellError> errors = new ArrayList<>();
            if (problem.errors().isEmpty()) {
                errors.add(new ImportColumns.CellError(group.get(0).number(), "reference", problem.detail()));
            }
            problem.errors().forEach(e -> errors.add(ImportColumns.locate(e.field(), e.message(), group)));
            reject(jobId, group, errors, progress);
        }
    }

    /** The group's rows rejected: each cell at fault with its reasons, the other rows as rejected with them. */
    private static void reject(UUID jobId, List<SheetRow> group, List<ImportColumns.CellError> errors, Progress progress) {
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

    /**
     * Consecutive rows with the same reference, read from the rows as they come: only the group being formed is held. A
     * row without reference stands alone (and is rejected).
     */
    static Iterator<List<SheetRow>> bySeizure(Iterator<SheetRow> rows) {
        return new Iterator<>() {
            private SheetRow next = rows.hasNext() ? rows.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public List<SheetRow> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<SheetRow> group = new ArrayList<>(List.of(next));
                String reference = next.get("reference");
                next = null;
                while (rows.hasNext()) {
                    SheetRow row = rows.next();
                    if (reference == null || !reference.equals(row.get("reference"))) {
                        next = row;
                        break;
                    }
                    group.add(row);
                }
                return group;
            }
        };
    }

    private void save(UUID jobId, Progress progress) throws Throwable {
        List<ImportRowError> errors = List.copyOf(progress.errors);
        int rows = progress.rows;
        int rejected = progress.rejected;
        int created = progress.seizures;
        await(() -> imports.progressed(jobId, rows, rejected, created, errors));
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
