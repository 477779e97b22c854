package org.embargomonitor.seizures.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.embargomonitor.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Calibres, manufacturers and headstamp codes that field staff's typing is matched against: the reviewed
 * catalogue shipped in catalogue/reference.json, plus what admins add. Held in memory, keyed by each kind's
 * matching key, so that recording an item needs no lookup in the database.
 */
@ApplicationScoped
public class ReferenceCatalogue implements PanacheRepositoryBase<ReferenceRow, UUID> {

    static final String SHIPPED = "catalogue/reference.json";
    static final String SHIPPED_BY = "catalogue";
    private static final Logger LOG = Logger.getLogger(ReferenceCatalogue.class);
    private static final Map<ReferenceKind, String> SECTIONS = Map.of(
            ReferenceKind.CALIBRE, "calibres", ReferenceKind.MANUFACTURER, "manufacturers", ReferenceKind.HEADSTAMP, "headstamps");

    private final ObjectMapper json;
    private final Map<ReferenceKind, Map<String, ReferenceEntry>> byKey = new EnumMap<>(ReferenceKind.class);
    /** When the newest admin addition taken in was added. */
    private volatile OffsetDateTime lastAdded;

    ReferenceCatalogue(ObjectMapper json) {
        this.json = json;
        for (ReferenceKind kind : ReferenceKind.values()) {
            byKey.put(kind, new ConcurrentHashMap<>());
        }
    }

    void load(@Observes StartupEvent start) throws Throwable {
        JsonNode shipped;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
            shipped = json.readTree(in);
        }
        for (var section : SECTIONS.entrySet()) {
            List<NewReferenceEntry> entries = json.convertValue(shipped.get(section.getValue()), new TypeReference<>() {
            });
            entries.forEach(e -> index(toEntry(section.getKey(), e, SHIPPED_BY)));
        }
        try {
            VertxContextSupport.subscribeAndAwait(this::addedByAdmins).forEach(this::indexRow);
        } catch (Exception databaseAway) {
            LOG.warnf("Reference catalogue: the shipped entries only until the database answers (%s)", databaseAway.getMessage());
        }
    }

    /**
     * Takes in what admins added through the other replicas since the last look (all of it after a start without the
     * database), so that every replica matches typing against the same catalogue within an interval.
     */
    @Scheduled(every = "${seizures.reference.refresh-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        OffsetDateTime since = lastAdded;
        return Panache.withSession(() -> since == null ? listAll() : list("addedAt >= ?1", since))
                .invoke(rows -> rows.forEach(this::indexRow))
                .replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warnf("Reference catalogue refresh will retry: %s", failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** The entry the text names, under its name or one of its aliases. */
    public Optional<ReferenceEntry> resolve(ReferenceKind kind, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(kind).get(kind.keyOf(text)));
    }

    /** Entries whose name or an alias starts with, then contains, what was typed; all of them for no text. */
    public List<ReferenceEntry> suggest(ReferenceKind kind, String text, int limit) {
        Map<String, ReferenceEntry> index = byKey.get(kind);
        String typed = text == null ? "" : kind.keyOf(text);
        Map<String, ReferenceEntry> found = new LinkedHashMap<>();
        resolve(kind, text).ifPresent(exact -> found.put(exact.name(), exact));
        index.entrySet().stream().filter(e -> e.getKey().startsWith(typed)).map(Map.Entry::getValue)
                .sorted(Comparator.comparing(ReferenceEntry::name)).forEach(e -> found.putIfAbsent(e.name(), e));
        index.entrySet().stream().filter(e -> e.getKey().contains(typed)).map(Map.Entry::getValue)
                .sorted(Comparator.comparing(ReferenceEntry::name)).forEach(e -> found.putIfAbsent(e.name(), e));
        return found.values().stream().limit(limit).toList();
    }

    @WithTransaction
    public Uni<ReferenceEntry> add(ReferenceKind kind, @NotNull @Valid NewReferenceEntry entry, String admin) {
        for (String text : names(entry)) {
            ReferenceEntry known = byKey.get(kind).get(kind.keyOf(text));
            if (known != null) {
                return Uni.createFrom().failure(ProblemException.conflict("name",
                        "'" + text + "' already names " + known.name() + " in the catalogue."));
            }
        }
        ReferenceRow row = new ReferenceRow();
        row.id = UUID.randomUUID();
        row.kind = kind;
        row.name = entry.name().strip();
        row.aliases = toJson(entry.aliasesOrNone());
        row.country = entry.country();
        row.manufacturer = entry.manufacturer();
        row.use = entry.use();
        row.source = entry.source();
        row.verified = entry.verified();
        row.addedBy = admin;
        row.addedAt = OffsetDateTime.now();
        return persist(row).map(stored -> {
            indexRow(stored);
            return toEntry(stored);
        });
    }

    @WithSession
    Uni<List<ReferenceRow>> addedByAdmins() {
        return listAll();
    }

    private void indexRow(ReferenceRow row) {
        index(toEntry(row));
        synchronized (this) {
            if (lastAdded == null || row.addedAt.isAfter(lastAdded)) {
                lastAdded = row.addedAt;
            }
        }
    }

    private void index(ReferenceEntry entry) {
        Map<String, ReferenceEntry> index = byKey.get(entry.kind());
        index.put(entry.kind().keyOf(entry.name()), entry);
        entry.aliases().forEach(alias -> index.putIfAbsent(entry.kind().keyOf(alias), entry));
    }

    private static List<String> names(NewReferenceEntry entry) {
        List<String> names = new ArrayList<>(entry.aliasesOrNone());
        names.add(0, entry.name());
        return names;
    }

    private static ReferenceEntry toEntry(ReferenceKind kind, NewReferenceEntry e, String addedBy) {
        return new ReferenceEntry(kind, e.name(), e.aliasesOrNone(), e.country(), e.manufacturer(), e.use(), e.source(),
                Boolean.TRUE.equals(e.verified()), addedBy);
    }

    private ReferenceEntry toEntry(ReferenceRow row) {
        try {
            List<String> aliases = json.readValue(row.aliases, new TypeReference<>() {
            });
            return new ReferenceEntry(row.kind, row.name, aliases, row.country, row.manufacturer, row.use, row.source,
                    row.verified, row.addedBy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String toJson(List<String> aliases) {
        try {
            return json.writeValueAsString(aliases);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
