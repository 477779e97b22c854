package org.embargomonitor.embargo.parties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The designated parties with their names made comparable, held in memory and reloaded when an import has
 * finished since; answers which parties a reported name may refer to as of a date.
 */
@ApplicationScoped
public class PartyDirectory {

    /** Aliases of low quality count for a little less. */
    private static final double LOW_QUALITY_FACTOR = 0.9;
    private volatile Snapshot snapshot = new Snapshot(null, List.of());

    private record Snapshot(OffsetDateTime lastImport, List<Candidate> parties) {
    }

    private record Candidate(DesignatedParty party, List<Name> names) {
    }

    private record Name(ListedParty.Alias alias, NameMatcher.Normalised normalised) {
    }

    /** The parties listed on the date whose names match the reported one, best first. */
    @WithSession
    public Uni<List<PartyMatch>> match(String reported, LocalDate asOf) {
        NameMatcher.Normalised name = NameMatcher.normalise(reported);
        return current().map(parties -> {
            List<PartyMatch> matches = new ArrayList<>();
            for (Candidate candidate : parties) {
                DesignatedParty.Listing listing = candidate.party().listingOn(asOf);
                if (listing == DesignatedParty.Listing.NOT_LISTED) {
                    continue;
                }
                PartyMatch best = null;
                for (Name listed : candidate.names()) {
                    NameMatcher.Similarity similarity = NameMatcher.compare(name, listed.normalised());
                    double score = "Low".equalsIgnoreCase(listed.alias().quality()) ? similarity.score() * LOW_QUALITY_FACTOR
                            : similarity.score();
                    if (score >= NameMatcher.THRESHOLD && (best == null || score > best.score())) {
                        List<String> reasons = new ArrayList<>(similarity.reasons());
                        if (score < similarity.score()) {
                            reasons.add("the alias is of low quality on the list");
                        }
                        best = toMatch(candidate.party(), listed.alias(), Math.round(score * 1000) / 1000.0, reasons, listing);
                    }
                }
                if (best != null) {
                    matches.add(best);
                }
            }
            matches.sort(Comparator.comparingDouble(PartyMatch::score).reversed().thenComparing(PartyMatch::reference));
            return List.copyOf(matches);
        });
    }

    /** The party a record names by its reference number, if it was listed on the date. */
    @WithSession
    public Uni<PartyMatch> byReference(String reference, LocalDate asOf) {
        return current().map(parties -> parties.stream().map(Candidate::party)
                .filter(party -> party.reference.equalsIgnoreCase(reference.strip()))
                .filter(party -> party.listingOn(asOf) != DesignatedParty.Listing.NOT_LISTED)
                .findFirst()
                .map(party -> toMatch(party, new ListedParty.Alias(party.name, "listed name"), 1.0,
                        List.of("the record gives the reference number " + party.reference), party.listingOn(asOf)))
                .orElse(null));
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

    private Uni<List<Candidate>> current() {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select max(finishedAt) from ListImport where status = :done", OffsetDateTime.class)
                .setParameter("done", ListImport.Status.DONE)
                .getSingleResultOrNull()
                .flatMap(lastImport -> {
                    Snapshot held = snapshot;
                    if (Objects.equals(held.lastImport(), lastImport) && lastImport != null) {
                        return Uni.createFrom().item(held.parties());
                    }
                    return session.createSelectionQuery("from DesignatedParty", DesignatedParty.class).getResultList()
                            .map(parties -> {
                                List<Candidate> candidates = parties.stream().map(party -> new Candidate(party,
                                        party.details.allNames().stream()
                                                .map(alias -> new Name(alias, NameMatcher.normalise(alias.name()))).toList()))
                                        .toList();
                                snapshot = new Snapshot(lastImport, candidates);
                                return candidates;
                            });
                }));
    }
}
