package org.embargomonitor.embargo.parties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Import jobs of the Consolidated List; each method is its own transaction, so progress shows while a job runs. */
@ApplicationScoped
public class ListImports implements PanacheRepositoryBase<ListImport, UUID> {

    @WithSession
    public Uni<ListImport> byId(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("No list import " + id + "."));
    }

    @WithSession
    public Uni<List<ListImport>> newestFirst(int limit) {
        return findAll(Sort.descending("submittedAt")).page(Page.ofSize(limit)).list();
    }

    /** The snapshot date of the newest import applied whole, if any. */
    @WithSession
    public Uni<OffsetDateTime> latestImportedSnapshot() {
        return find("finishedAt is not null", Sort.descending("generatedAt")).firstResult()
                .map(job -> job == null ? null : job.generatedAt);
    }

    /** When the last import applied whole finished, or null before the first; read in the caller's session. */
    public Uni<OffsetDateTime> lastFinishedAt() {
        return find("select max(finishedAt) from ListImport").project(OffsetDateTime.class).firstResult();
    }

    @WithSession
    public Uni<List<PartyChange>> changesOf(UUID importId, PartyChange.Kind kind) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createSelectionQuery("from PartyChange where importId = :importId"
                    + (kind == null ? "" : " and kind = :kind") + " order by kind, reference", PartyChange.class)
                    .setParameter("importId", importId);
            return (kind == null ? query : query.setParameter("kind", kind)).getResultList();
        });
    }

    /**
     * Applies a batch of entries: new parties are added, listed ones changed when their published fields differ,
     * de-listed ones listed again; each change is recorded with the import.
     */
    @WithTransaction
    public Uni<Void> apply(UUID importId, List<ListedParty> batch, LocalDate snapshotDate,
            Function<ListedParty, String> fingerprint) {
        List<String> references = batch.stream().map(ListedParty::reference).toList();
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from DesignatedParty where reference in :references", DesignatedParty.class)
                .setParameter("references", references).getResultList()
                .flatMap(stored -> {
                    Map<String, DesignatedParty> byReference = stored.stream()
                            .collect(Collectors.toMap(p -> p.reference, Function.identity()));
                    Counts counts = new Counts();
                    List<Object> writes = new ArrayList<>();
                    for (ListedParty entry : batch) {
                        DesignatedParty party = byReference.get(entry.reference());
                        String print = fingerprint.apply(entry);
                        if (party == null) {
                            party = new DesignatedParty();
                            party.reference = entry.reference();
                            update(party, entry, print);
                            writes.add(party);
                            writes.add(PartyChange.of(importId, party, PartyChange.Kind.ADDED, null));
                            counts.added++;
                        } else if (party.delistedOn != null) {
                            LocalDate firstListed = party.listedOn;
                            update(party, entry, print);
                            party.relist(firstListed, snapshotDate);
                            writes.add(PartyChange.of(importId, party, PartyChange.Kind.RELISTED, null));
                            counts.relisted++;
                        } else if (!party.fingerprint.equals(print)) {
                            String[] fields = entry.fieldsChangedFrom(party.details).toArray(String[]::new);
                            update(party, entry, print);
                            writes.add(PartyChange.of(importId, party, PartyChange.Kind.CHANGED, fields));
                            counts.changed++;
                        } else {
                            counts.unchanged++;
                        }
                        party.lastImportId = importId;
                        party.lastSeenListedOn = snapshotDate;
                    }
                    return session.persistAll(writes.toArray())
                            .chain(() -> findById(importId))
                            .invoke(job -> {
                                job.entriesDone += batch.size();
                                job.added += counts.added;
                                job.changed += counts.changed;
                                job.relisted += counts.relisted;
                                job.unchanged += counts.unchanged;
                            });
                })).replaceWithVoid();
    }

    /** Parties the snapshot no longer lists are de-listed as of its date; the snapshot is applied whole. Answers the import. */
    @WithTransaction
    public Uni<ListImport> finish(UUID importId, LocalDate snapshotDate) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from DesignatedParty where delistedOn is null and lastImportId <> :importId",
                        DesignatedParty.class)
                .setParameter("importId", importId).getResultList()
                .flatMap(gone -> {
                    List<PartyChange> changes = gone.stream().map(party -> {
                        party.delistedOn = snapshotDate;
                        party.updatedAt = OffsetDateTime.now();
                        return PartyChange.of(importId, party, PartyChange.Kind.DELISTED, null);
                    }).toList();
                    return session.persistAll(changes.toArray()).chain(() -> findById(importId)).invoke(job -> {
                        job.delisted = changes.size();
                        job.finishedAt = OffsetDateTime.now();
                    });
                }));
    }

    private static void update(DesignatedParty party, ListedParty entry, String fingerprint) {
        party.kind = entry.kind();
        party.listType = entry.listType();
        party.name = entry.name();
        party.listedOn = entry.listedOn();
        party.details = entry;
        party.fingerprint = fingerprint;
        party.updatedAt = OffsetDateTime.now();
    }

    private static final class Counts {
        int added;
        int changed;
        int relisted;
        int unchanged;
    }
}
