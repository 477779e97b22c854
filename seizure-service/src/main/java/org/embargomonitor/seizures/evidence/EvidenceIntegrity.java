package org.embargomonitor.seizures.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.work.Workers;

import io.smallrye.mutiny.Uni;

/** Whether evidence files still hold the bytes they were uploaded with: each one hashed again, on a worker. */
@ApplicationScoped
public class EvidenceIntegrity {

    private final EvidenceRepository evidence;
    private final BlobStore blobs;

    EvidenceIntegrity(EvidenceRepository evidence, BlobStore blobs) {
        this.evidence = evidence;
        this.blobs = blobs;
    }

    /** What is wrong with the stored bytes of each of the seizure's files; empty when all are whole. */
    public Uni<List<String>> problemsOf(UUID seizureId) {
        return evidence.ofSeizure(seizureId).flatMap(files -> Workers.run(() -> {
            List<String> problems = new ArrayList<>();
            for (Evidence file : files) {
                problemOf(file).ifPresent(problems::add);
            }
            return problems;
        }));
    }

    /** What is wrong with this file's stored bytes, if anything. Blocking: call it on a worker. */
    Optional<String> problemOf(Evidence file) {
        return blobs.damageOf(file.sha256).map(damage -> "the stored bytes of evidence " + file.id + " " + damage);
    }
}
