package org.embargomonitor.embargo.parties;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.reevaluation.ReevaluationRequests;
import org.embargomonitor.platform.Sha256;
import org.embargomonitor.platform.jobs.Job;
import org.embargomonitor.platform.jobs.JobKind;
import org.embargomonitor.platform.jobs.JobRunner;
import org.embargomonitor.platform.jobs.Jobs;
import org.embargomonitor.platform.jobs.RunningJob;
import org.embargomonitor.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Imports snapshots of the Consolidated List. The file is read twice, streaming: once while the caller waits, so
 * that a file that is not a whole, well-formed list is refused before anything is stored; then as a background job
 * that any replica may run, {@value #BATCH} entries per transaction, each counted in the same transaction, so that a
 * run resumed after a stop goes on after the last batch stored. Importing the same snapshot again changes nothing.
 */
@ApplicationScoped
public class ListImportService implements JobKind {

    static final String KIND = "list-import";
    static final int BATCH = 200;
    /** The imports listed, newest first. */
    private static final int LISTED = 200;
    private static final Logger LOG = Logger.getLogger(ListImportService.class);

    private final ListImports imports;
    private final Jobs jobs;
    private final JobRunner runner;
    private final ObjectMapper json;
    private final ReevaluationRequests reevaluations;

    ListImportService(ListImports imports, Jobs jobs, JobRunner runner, ObjectMapper json, ReevaluationRequests reevaluations) {
        this.imports = imports;
        this.jobs = jobs;
        this.runner = runner;
        this.json = json;
        this.reevaluations = reevaluations;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** Checks the list, then queues its import with the file; answers the queued import. */
    public ListImportView submit(InputStream content, String fileName, String submittedBy) throws Throwable {
        Path file = Files.createTempFile("consolidated-list-", ".xml");
        try {
            MessageDigest digest = Sha256.digest();
            try (InputStream in = new DigestInputStream(content, digest)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicInteger entries = new AtomicInteger();
            OffsetDateTime generated;
            try (InputStream in = Files.newInputStream(file)) {
                generated = ConsolidatedListReader.read(in, entry -> entries.incrementAndGet());
            } catch (ConsolidatedListReader.UnreadableListException e) {
                throw ProblemException.invalid("body", e.getMessage());
            }
            OffsetDateTime latest = await(imports::latestImportedSnapshot);
            if (latest != null && generated.isBefore(latest)) {
                throw ProblemException.conflict("body", "This snapshot was generated on " + generated.toLocalDate()
                        + ", before the one imported last (" + latest.toLocalDate() + "); importing it would undo later changes.");
            }
            ListImport list = new ListImport();
            list.id = UUID.randomUUID();
            list.fileName = fileName;
            list.fileSha256 = Sha256.hex(digest);
            list.generatedAt = generated;
            list.entriesTotal = entries.get();
            list.submittedBy = submittedBy;
            list.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
            byte[] snapshot = Files.readAllBytes(file);
            String description = "Consolidated List of " + generated.toLocalDate() + (fileName == null ? "" : " (" + fileName + ")");
            Job job = await(() -> Panache.withTransaction(() -> imports.persist(list)
                    .chain(() -> jobs.queue(list.id, KIND, description, submittedBy, snapshot))));
            runner.wake();
            return ListImportView.of(list, job);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public Uni<ListImportView> byId(UUID id) {
        return imports.byId(id).chain(list -> jobs.byId(id).map(job -> ListImportView.of(list, job)));
    }

    public Uni<List<ListImportView>> newestFirst() {
        return imports.newestFirst(LISTED).chain(lists -> jobs.byIds(KIND, lists.stream().map(list -> list.id).toList())
                .map(byId -> lists.stream().filter(list -> byId.containsKey(list.id))
                        .map(list -> ListImportView.of(list, byId.get(list.id))).toList()));
    }

    @Override
    public void run(RunningJob job) throws Throwable {
        ListImport list = await(() -> imports.byId(job.id()));
        LocalDate snapshotDate = list.generatedAt.toLocalDate();
        job.total(list.entriesTotal);
        if (list.finishedAt == null) {
            int stored = list.entriesDone;
            AtomicInteger read = new AtomicInteger();
            List<ListedParty> batch = new ArrayList<>();
            try (InputStream in = new ByteArrayInputStream(job.input())) {
                ConsolidatedListReader.read(in, entry -> {
                    if (read.incrementAndGet() <= stored) {
                        return;
                    }
                    batch.add(entry);
                    if (batch.size() == BATCH) {
                        applyAndClear(job, batch, snapshotDate, read.get());
                    }
                });
            }
            applyAndClear(job, batch, snapshotDate, read.get());
            list = await(() -> imports.finish(job.id(), snapshotDate));
        }
        ListImport done = list;
        LOG.infof("List import %s: %d added, %d changed, %d de-listed, %d listed again, %d unchanged", job.id(),
                done.added, done.changed, done.delisted, done.relisted, done.unchanged);
        if (done.added + done.changed + done.delisted + done.relisted > 0) {
            await(() -> reevaluations.request("Consolidated List of " + snapshotDate + " imported", done.submittedBy));
        }
    }

    /** Stores the batch (and its count, in the same transaction), then saves the progress; the reader goes on. */
    private void applyAndClear(RunningJob job, List<ListedParty> batch, LocalDate snapshotDate, int read) {
        if (batch.isEmpty()) {
            return;
        }
        List<ListedParty> entries = List.copyOf(batch);
        batch.clear();
        try {
            await(() -> imports.apply(job.id(), entries, snapshotDate, this::fingerprint));
        } catch (Throwable e) {
            throw new IllegalStateException("Entries could not be stored: " + e.getMessage(), e);
        }
        job.progressed(read, String.valueOf(read));
    }

    /** The SHA-256 of the entry's published fields: equal fingerprints, nothing changed. */
    String fingerprint(ListedParty entry) {
        try {
            return Sha256.hex(json.writeValueAsBytes(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
