package org.embargomonitor.seizures.custody;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.Sha256;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Each seizure's chain of custody: entries appended in the transaction of the change they record, each
 * hashing the previous one, with the last hash kept on the seizure. Altering, removing or inserting an entry
 * breaks the chain, and {@link #verify} says where.
 */
@ApplicationScoped
public class CustodyChain {

    public static final String GENESIS = "0".repeat(64);
    private final CustodyRepository repository;
    private final ObjectMapper json;

    CustodyChain(CustodyRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** Appends the changes, by this actor, to the seizure's chain; the caller's transaction stores them. */
    public Uni<Void> append(CustodyHolder seizure, String actor, List<CustodyChange> changes) {
        return repository.lastSequenceOf(seizure.custodyId())
                .flatMap(last -> repository.persist(link(seizure, actor, last, changes)));
    }

    /**
     * The first entries of a new seizure's chain, its head set to the last of them: to be stored with the seizure,
     * so that the seizure is written once, its chain already begun.
     */
    public List<CustodyEntry> begin(CustodyHolder seizure, String actor, List<CustodyChange> changes) {
        return link(seizure, actor, 0, changes);
    }

    /** Stores entries {@link #begin} made, after their seizures, in the caller's transaction. */
    public Uni<Void> store(List<CustodyEntry> entries) {
        return repository.persist(entries);
    }

    private List<CustodyEntry> link(CustodyHolder seizure, String actor, int lastSequence, List<CustodyChange> changes) {
        String previous = seizure.custodyHead() == null ? GENESIS : seizure.custodyHead();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<CustodyEntry> entries = new ArrayList<>();
        int sequence = lastSequence;
        for (CustodyChange change : changes) {
            CustodyEntry entry = new CustodyEntry();
            entry.seizureId = seizure.custodyId();
            entry.sequence = ++sequence;
            entry.subjectType = change.subjectType();
            entry.subjectId = change.subjectId();
            entry.action = change.action();
            entry.actor = actor;
            entry.at = at;
            entry.reason = change.reason();
            entry.change = toJson(change);
            entry.previousHash = previous;
            entry.hash = hashOf(entry);
            previous = entry.hash;
            entries.add(entry);
        }
        seizure.custodyHead(previous);
        return entries;
    }

    public Uni<List<CustodyEntry>> entriesOf(CustodyHolder seizure) {
        return repository.chainOf(seizure.custodyId());
    }

    public Uni<CustodyVerification> verify(CustodyHolder seizure) {
        return repository.chainOf(seizure.custodyId()).map(entries -> {
            List<String> problems = new ArrayList<>();
            String previous = GENESIS;
            int expected = 1;
            for (CustodyEntry entry : entries) {
                if (entry.sequence != expected) {
                    problems.add("entry " + expected + " is missing before entry " + entry.sequence);
                }
                if (!entry.previousHash.equals(previous)) {
                    problems.add("entry " + entry.sequence + " does not follow the entry before it");
                }
                if (!entry.hash.equals(hashOf(entry))) {
                    problems.add("entry " + entry.sequence + " was altered after it was written");
                }
                previous = entry.hash;
                expected = entry.sequence + 1;
            }
            String head = seizure.custodyHead() == null ? GENESIS : seizure.custodyHead();
            if (!head.equals(previous)) {
                problems.add("the chain does not end where the seizure says it does: entries after " + (expected - 1)
                        + " are missing");
            }
            return new CustodyVerification(seizure.custodyId(), problems.isEmpty(), entries.size(), head, List.copyOf(problems));
        });
    }

    static String hashOf(CustodyEntry e) {
        String content = String.join("\n", e.previousHash, String.valueOf(e.seizureId), String.valueOf(e.sequence),
                e.subjectType, String.valueOf(e.subjectId), e.action, e.actor, e.at.toInstant().toString(),
                Objects.toString(e.reason, ""), e.change);
        return Sha256.hex(content.getBytes(StandardCharsets.UTF_8));
    }

    private String toJson(CustodyChange change) {
        try {
            return json.writeValueAsString(change.change());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a custody change cannot be written as JSON", e);
        }
    }
}
