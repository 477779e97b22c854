package org.embargomonitor.embargo.parties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.work.Workers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The designated parties with their names made comparable, held in memory and reloaded when an import has
 * finished since; answers which parties a reported name may refer to as of a date.
 */
@ApplicationScoped
public class PartyDirectory {

    /** Aliases of low quality count for a little less. */
    private static final double LOW_QUALITY_FACTOR = 0.9;
    /**
     * Reads the details column as Hibernate wrote it (dates as arrays of numbers): stored data, which the strict
     * reading of requests would refuse.
     */
    private static final ObjectMapper STORED = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private volatile Snapshot snapshot = Snapshot.of(null, List.of());
    private final DesignatedPartyRows rows;
    private final ListImports imports;

    PartyDirectory(DesignatedPartyRows rows, ListImports imports) {
        this.rows = rows;
        this.imports = imports;
    }

    /** Reported names whose screening each list import keeps: possessors are reported in the same words again and again. */
    static final int SCREENINGS_KEPT = 20_000;

    /**
     * The parties of the last finished import, every name of theirs indexed for matching, and the screenings of the
     * names reported since (the listed names each one may be, whatever the date).
     */
    private record Snapshot(OffsetDateTime lastImport, List<DesignatedParty> parties, NameIndex<Name> names,
            Cache<String, List<Screened>> screenings) implements Lookup {

        @Override
        public List<PartyMatch> match(String reported, LocalDate asOf) {
            return PartyDirectory.match(screenings.get(reported, name -> screen(NameMatcher.normalise(name), names)), asOf);
        }

        @Override
        public PartyMatch byReference(String reference, LocalDate asOf) {
            return parties.stream()
                    .filter(party -> party.reference.equalsIgnoreCase(reference.strip()))
                    .filter(party -> party.listingOn(asOf) != DesignatedParty.Listing.NOT_LISTED)
                    .findFirst()
                    .map(party -> toMatch(party, new ListedParty.Alias(party.name, "listed name"), 1.0,
                            List.of("the record gives the reference number " + party.reference), party.listingOn(asOf)))
                    .orElse(null);
        }

        static Snapshot of(OffsetDateTime lastImport, List<Name> names) {
            return new Snapshot(lastImport, names.stream().map(Name::party).distinct().toList(), NameIndex.of(names, Name::normalised),
                    Caffeine.newBuilder().maximumSize(SCREENINGS_KEPT).build());
        }
    }

    private record Name(DesignatedParty party, ListedParty.Alias alias, NameMatcher.Normalised normalised) {
    }

    /** A listed name that matches a reported one, with its score and the reasons. */
    private record Screened(Name listed, double score, List<String> reasons) {
    }

    /** The list as of the last finished import, to match many names against: matching is CPU work, for a worker thread. */
    public interface Lookup {

        /** The parties listed on the date whose names match the reported one, best first. */
        List<PartyMatch> match(String reported, LocalDate asOf);

        /** The party a record names by its reference number, if it was listed on the date; null otherwise. */
        PartyMatch byReference(String reference, LocalDate asOf);
    }

    /** The list to match names against, read in the caller's session. */
    public Uni<Lookup> lookup() {
        return current().map(Lookup.class::cast);
    }

    /** The parties listed on the date whose names match the reported one, best first; matched on a worker thread. */
    @WithSession
    public Uni<List<PartyMatch>> match(String reported, LocalDate asOf) {
        return current().chain(held -> Workers.run(() -> held.match(reported, asOf)));
    }

    /** Scores the names the index finds for the reported one (not the whole list): those at the threshold or more. */
    private static List<Screened> screen(NameMatcher.Normalised name, NameIndex<Name> names) {
        List<Screened> matching = new ArrayList<>();
        for (Name listed : names.candidates(name)) {
            double factor = "Low".equalsIgnoreCase(listed.alias().quality()) ? LOW_QUALITY_FACTOR : 1;
            double screened = NameMatcher.score(name, listed.normalised()) * factor;
            if (screened < NameMatcher.THRESHOLD) {
                continue;
            }
            List<String> reasons = new ArrayList<>(NameMatcher.compare(name, listed.normalised()).reasons());
            if (factor < 1) {
                reasons.add("the alias is of low quality on the list");
            }
            matching.add(new Screened(listed, Math.round(screened * 1000) / 1000.0, List.copyOf(reasons)));
        }
        return List.copyOf(matching);
    }

    /** The best matching name of each party listed on the date. */
    private static List<PartyMatch> match(List<Screened> screened, LocalDate asOf) {
        Map<String, PartyMatch> best = new LinkedHashMap<>();
        for (Screened name : screened) {
            DesignatedParty party = name.listed().party();
            PartyMatch current = best.get(party.reference);
            if (current != null && name.score() <= current.score()) {
                continue;
            }
            DesignatedParty.Listing listing = party.listingOn(asOf);
            if (listing != DesignatedParty.Listing.NOT_LISTED) {
                best.put(party.reference, toMatch(party, name.listed().alias(), name.score(), name.reasons(), listing));
            }
        }
        List<PartyMatch> matches = new ArrayList<>(best.values());
        matches.sort(Comparator.comparingDouble(PartyMatch::score).reversed().thenComparing(PartyMatch::reference));
        return List.copyOf(matches);
    }

    @WithSession
    public Uni<DesignatedParty> find(String reference) {
        return Panache.getSession().flatMap(session -> session.find(DesignatedParty.class, reference))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No designated party " + reference + "."));
    }

    private static PartyMatch toMatch(DesignatedParty party, ListedParty.Alias name, double score, List<String> reasons,
            DesignatedParty.Listing listing) {
        return new PartyMatch(party.reference, party.name, party.listType, party.kind, name.name(), name.quality(), score,
                List.copyOf(reasons), listing, party.listedOn, party.delistedOn);
    }

    /**
     * The parties as of the last finished import, their names normalised once per import. They are read as plain
     * rows, outside the caller's session and transaction, and their details parsed and names normalised on a worker
     * thread: hydrating a thousand entities with their JSON on the event loop blocks it for seconds.
     */
    private Uni<Snapshot> current() {
        return imports.lastFinishedAt()
                .flatMap(lastImport -> {
                    Snapshot held = snapshot;
                    if (Objects.equals(held.lastImport(), lastImport) && lastImport != null) {
                        return Uni.createFrom().item(held);
                    }
                    return rows.all()
                            .chain(all -> Workers.run(() -> Snapshot.of(lastImport, all.stream().flatMap(row -> names(row).stream()).toList())))
                            .invoke(loaded -> snapshot = loaded);
                });
    }

    private List<Name> names(Row row) {
        DesignatedParty party = new DesignatedParty();
        party.reference = row.getString("reference");
        party.kind = PartyKind.valueOf(row.getString("kind"));
        party.listType = row.getString("list_type");
        party.name = row.getString("name");
        party.listedOn = row.getLocalDate("listed_on");
        party.delistedOn = row.getLocalDate("delisted_on");
        party.lastSeenListedOn = row.getLocalDate("last_seen_listed_on");
        try {
            party.delistedPeriods = STORED.readValue(row.getString("delisted_periods"), DesignatedParty.ListingGaps.class);
            party.details = STORED.readValue(row.getString("details"), ListedParty.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored details of designated party " + party.reference + " are not readable", e);
        }
        return party.details.allNames().stream().map(alias -> new Name(party, alias, NameMatcher.normalise(alias.name()))).toList();
    }
}
