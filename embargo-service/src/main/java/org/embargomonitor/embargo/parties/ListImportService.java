package org.embargomonitor.embargo.parties;

import java.io.IOException;
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
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.compliance.Reevaluations;
import org.embargomonitor.platform.Sha256;
import org.embargomonitor.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Imports snapshots of the Consolidated List. The file is read twice, streaming: once while the caller waits, so
 * that a file that is not a whole, well-formed list is refused before anything is stored; then in the background,
 * {@value #BATCH} entries per transaction, with progress. Importing the same snapshot again changes nothing.
 */
@ApplicationScoped
public class ListImportService {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ListImportService.class);

    private final ListImports imports;
    private final ObjectMapper json;
    private final Reevaluations reevaluations;

    ListImportService(ListImports imports, ObjectMapper json, Reevaluations reevaluations) {
        this.imports = imports;
        this.json = json;
        this.reevaluations = reevaluations;
    }

    /** Checks the list, queues its import and starts it; the content is copied to a file of its own first. */
    public ListImport submit(InputStream content, String fileName, String submittedBy) throws Throwable {
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
            ListImport job = new ListImport();
            job.id = UUID.randomUUID();
            job.fileName = fileName;
            job.fileSha256 = Sha256.hex(digest);
            job.generatedAt = generated;
            job.status = ListImport.Status.QUEUED;
            job.entriesTotal = entries.get();
            job.submittedBy = submittedBy;
            job.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
            ListImport queued = await(() -> imports.queue(job));
            Infrastructure.getDefaultWorkerPool().execute(() -> run(queued.id, file, generated.toLocalDate()));
            return queued;
        } catch (Throwable refused) {
            Files.deleteIfExists(file);
            throw refused;
        }
    }

    void run(UUID importId, Path file, LocalDate snapshotDate) {
        try {
            await(() -> imports.started(importId));
            List<ListedParty> batch = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                ConsolidatedListReader.read(in, entry -> {
                    batch.add(entry);
                    if (batch.size() == BATCH) {
                        applyAndClear(importId, batch, snapshotDate);
                    }
                });
            }
            applyAndClear(importId, batch, snapshotDate);
            ListImport done = await(() -> imports.finish(importId, snapshotDate));
            LOG.infof("List import %s: %d added, %d changed, %d de-listed, %d listed again, %d unchanged", importId,
                    done.added, done.changed, done.delisted, done.relisted, done.unchanged);
            if (done.added + done.changed + done.delisted + done.relisted > 0) {
                await(() -> reevaluations.start("Consolidated List of " + snapshotDate + " imported", done.submittedBy));
            }
        } catch (Throwable failure) {
            LOG.errorf(failure, "List import %s failed", importId);
            try {
                await(() -> imports.failed(importId, Objects.toString(failure.getMessage(), failure.getClass().getSimpleName())));
            } catch (Throwable e) {
                LOG.errorf(e, "List import %s could not be marked failed", importId);
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("List file %s was not deleted: %s", file, e.getMessage());
            }
        }
    }

    private void applyAndClear(UUID importId, List<ListedParty> batch, LocalDate snapshotDate) {
        if (batch.isEmpty()) {
            return;
        }
        List<ListedParty> entries = List.copyOf(batch);
        batch.clear();
        try {
            await(() -> imports.apply(importId, entries, snapshotDate, this::fingerprint));
        } catch (Throwable e) {
            throw new IllegalStateException("Entries could not be stored: " + e.getMessage(), e);
        }
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
