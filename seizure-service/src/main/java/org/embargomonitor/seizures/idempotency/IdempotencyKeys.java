package org.embargomonitor.seizures.idempotency;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.Sha256;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * Field links drop: a client retries a create with the same Idempotency-Key and gets the first result, and
 * nothing is stored twice. A key reused for a different request is refused.
 */
@ApplicationScoped
public class IdempotencyKeys implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    public static final String HEADER = "Idempotency-Key";
    private final ObjectMapper json;

    IdempotencyKeys(ObjectMapper json) {
        this.json = json;
    }

    /** The outcome of a keyed create: the id it produced, and whether this call only replayed it. */
    public record Outcome(UUID resourceId, boolean replayed) {
    }

    /**
     * Runs {@code create} once per caller and key, inside the caller's transaction; a retry returns the id the
     * first call produced. The key is claimed first, so that requests sent at the same time with the same key
     * wait for the first one (PostgreSQL holds them on the claimed row) and then replay its result; if the
     * first one failed, the next one carries the request out.
     */
    public Uni<Outcome> once(String caller, String key, Object request, Supplier<Uni<UUID>> create) {
        if (key == null) {
            return create.get().map(id -> new Outcome(id, false));
        }
        if (key.isBlank() || key.length() > 200) {
            return Uni.createFrom().failure(ProblemException.invalid(HEADER, "must be 1 to 200 characters"));
        }
        String requestHash = hashOf(request);
        return getSession().flatMap(session -> session.createNativeQuery("insert into idempotency_record"
                + " (caller, key, request_hash, created_at) values (:caller, :key, :hash, :now) on conflict do nothing")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("now", OffsetDateTime.now())
                .executeUpdate()
                .flatMap(claimed -> claimed == 1
                        ? create.get().flatMap(id -> session.createNativeQuery("update idempotency_record set resource_id = :id"
                                + " where caller = :caller and key = :key")
                                .setParameter("id", id).setParameter("caller", caller).setParameter("key", key)
                                .executeUpdate().replaceWith(new Outcome(id, false)))
                        : replay(caller, key, requestHash)));
    }

    /** A create carried out with others in one transaction, under its key. */
    public record Keyed(String key, Object request) {
    }

    /**
     * For creates carried out together in the caller's transaction, each with its own key: the keys the caller already
     * used for the same requests, whose creates are done (replays). A key used for a different request, or claimed by a
     * create not yet finished, fails the whole, as {@link #once} would fail it alone.
     */
    public Uni<Set<String>> earlier(String caller, List<Keyed> requests) {
        Map<String, Keyed> byKey = requests.stream().collect(Collectors.toMap(Keyed::key, keyed -> keyed));
        return list("caller = ?1 and key in ?2", caller, byKey.keySet()).map(known -> {
            Set<String> done = new HashSet<>();
            for (IdempotencyRecord record : known) {
                if (record.resourceId == null) {
                    throw ProblemException.conflictFor(HEADER, "A request with the Idempotency-Key " + record.key
                            + " is still being carried out; send it again in a moment.", 1);
                }
                if (!record.requestHash.equals(hashOf(byKey.get(record.key).request()))) {
                    throw ProblemException.conflict(HEADER, "The Idempotency-Key " + record.key + " was already used for a different request.");
                }
                done.add(record.key);
            }
            return done;
        });
    }

    /**
     * Keeps each key with the id its create produced, in the caller's transaction; a key claimed meanwhile by another
     * request fails the transaction when it is flushed.
     */
    public Uni<Void> claim(String caller, Map<Keyed, UUID> created) {
        OffsetDateTime now = OffsetDateTime.now();
        List<IdempotencyRecord> records = new ArrayList<>(created.size());
        created.forEach((keyed, id) -> {
            IdempotencyRecord record = new IdempotencyRecord();
            record.caller = caller;
            record.key = keyed.key();
            record.requestHash = hashOf(keyed.request());
            record.resourceId = id;
            record.createdAt = now;
            records.add(record);
        });
        return persist(records);
    }

    private Uni<Outcome> replay(String caller, String key, String requestHash) {
        return findById(new IdempotencyRecord.Key(caller, key)).flatMap(known -> {
            if (known == null || known.resourceId == null) {
                return Uni.createFrom().failure(ProblemException.conflictFor(HEADER,
                        "A request with this Idempotency-Key is still being carried out; send it again in a moment.", 1));
            }
            if (!known.requestHash.equals(requestHash)) {
                return Uni.createFrom().failure(ProblemException.conflict(HEADER,
                        "This Idempotency-Key was already used for a different request."));
            }
            return Uni.createFrom().item(new Outcome(known.resourceId, true));
        });
    }

    private String hashOf(Object request) {
        try {
            return Sha256.hex(json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
