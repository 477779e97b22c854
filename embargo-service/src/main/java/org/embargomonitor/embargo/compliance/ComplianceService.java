package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.parties.NameMatcher;
import org.embargomonitor.embargo.parties.PartyMatch;
import org.embargomonitor.embargo.parties.PartyDirectory;
import org.embargomonitor.embargo.regime.RegimeBook;
import org.embargomonitor.embargo.regime.RegimeService;
import org.embargomonitor.embargo.regime.VersionInForce;
import org.embargomonitor.platform.outbox.OutboxWriter;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.work.Workers;
import org.hibernate.FlushMode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Evaluates seizures against the regimes in force on their dates and stores the findings: one per item, rule,
 * regime and subject however often a record is evaluated; an open finding the record no longer raises is
 * withdrawn; a finding an expert decided on is left as decided. Every change goes to the outbox as an event.
 */
@ApplicationScoped
public class ComplianceService {

    static final String SYSTEM = "compliance-checks";
    /** A Consolidated List reference number, such as YEi.001 or SOe.001. */
    private static final Pattern LIST_REFERENCE = Pattern.compile("[A-Z]{2}[ie]\\.\\d{3}");
    private final RegimeService regimes;
    private final PartyDirectory parties;
    private final ItemMarks marks;
    private final SupplyChainService supplyChains;
    private final OutboxWriter outbox;
    private final RecordStoredListener figures;
    private final ComplianceConfig config;
    private final Findings findings;
    private final SeizureRecords records;

    ComplianceService(RegimeService regimes, PartyDirectory parties, ItemMarks marks, SupplyChainService supplyChains,
            OutboxWriter outbox, RecordStoredListener figures, ComplianceConfig config, Findings findings, SeizureRecords records) {
        this.regimes = regimes;
        this.parties = parties;
        this.marks = marks;
        this.supplyChains = supplyChains;
        this.outbox = outbox;
        this.figures = figures;
        this.config = config;
        this.findings = findings;
        this.records = records;
    }

    /**
     * Stores the seizures as received, one version of each, and evaluates them together; a version older than the one
     * held is ignored. The events of a seizure's findings continue the trace
     * {@code traceParents} names for it (its event's), when it names one. Answers the findings raised.
     */
    @WithTransaction
    public Uni<Integer> receive(List<SeizureFacts> seizures, Map<UUID, String> traceParents) {
        Object[] ids = seizures.stream().map(SeizureFacts::id).toArray();
        return Panache.getSession().flatMap(session -> session.find(SeizureRecord.class, ids).flatMap(held -> {
            Map<UUID, SeizureRecord> heldById = new HashMap<>();
            held.stream().filter(Objects::nonNull).forEach(record -> heldById.put(record.id, record));
            List<SeizureFacts> accepted = new ArrayList<>();
            List<SeizureRecord> added = new ArrayList<>();
            for (SeizureFacts seizure : seizures) {
                SeizureRecord record = heldById.get(seizure.id());
                if (record != null && record.version > seizure.version()) {
                    continue;
                }
                if (record == null) {
                    record = new SeizureRecord();
                    added.add(record);
                }
                record.id = seizure.id();
                record.version = seizure.version();
                record.reference = seizure.reference();
                record.operation = seizure.operation();
                record.countryCode = seizure.countryCode();
                record.occurredOn = seizure.date();
                record.facts = seizure;
                record.receivedAt = OffsetDateTime.now();
                accepted.add(seizure);
            }
            if (accepted.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return session.persistAll(added.toArray()).chain(session::flush)
                    .chain(() -> figures.stored(accepted))
                    .chain(() -> evaluate(accepted, traceParents));
        }));
    }

    /** Evaluates stored records again together, each as of its date, with today's regimes and list. Answers the findings raised. */
    @WithTransaction
    public Uni<Integer> evaluateAgain(List<UUID> seizureIds) {
        return records.factsOf(seizureIds).flatMap(seizures -> evaluate(seizures, Map.of()));
    }

    /**
     * Evaluates the seizures together, in a set of statements that does not grow with their number: their marks locked
     * in one statement, each item's embargo worked out and its mark stored, so that seizures evaluated together see
     * each other's marks; then their links read in one query, their supply chains assigned, and their findings
     * reconciled with those stored. The rules run on a worker thread.
     */
    private Uni<Integer> evaluate(List<SeizureFacts> seizures, Map<UUID, String> traceParents) {
        if (seizures.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // written by explicit flushes where a later query reads what was written: no query waits for a dirty check
        Uni<RegimeBook> regimeBook = Panache.getSession().invoke(session -> session.setFlushMode(FlushMode.COMMIT)).chain(regimes::book);
        ItemMarks.LinkQuery links = marks.linksOf(seizures);
        return regimeBook.flatMap(book -> parties.lookup().flatMap(lookup -> findings.dismissedPartiesOf(possessorKeys(seizures))
                .flatMap(dismissed -> marks.lock(links)
                        .chain(() -> Workers.run(() -> seizures.stream()
                                .map(seizure -> ComplianceRules.embargoes(seizure, book, partyMatches(seizure, lookup, dismissed))).toList()))
                        .flatMap(ofItems -> marks.store(seizures, embargoOfItems(ofItems))
                                .flatMap(stored -> marks.relatedTo(links).flatMap(related -> supplyChains.assign(seizures, related,
                                                ItemMarks.chainsOf(stored.values()))
                                        .invoke(chains -> ItemMarks.placeInChains(stored, chains))
                                        .map(chains -> new SupplyLinks(related, chains))))
                                .flatMap(supplyLinks -> Workers.run(() -> withSupplyChains(seizures, ofItems, supplyLinks, book)))
                                .flatMap(raised -> reconcile(seizures, raised, traceParents))))));
    }

    /** Each seizure's findings, those of the supply chains it shares with others included. */
    private static List<List<RaisedFinding>> withSupplyChains(List<SeizureFacts> seizures, List<ComplianceRules.Evaluation> ofItems,
            SupplyLinks links, RegimeBook book) {
        List<List<RaisedFinding>> raised = new ArrayList<>(seizures.size());
        for (int index = 0; index < seizures.size(); index++) {
            raised.add(ComplianceRules.withSupplyChains(seizures.get(index), ofItems.get(index), links, book));
        }
        return raised;
    }

    private static Map<UUID, VersionInForce> embargoOfItems(List<ComplianceRules.Evaluation> evaluations) {
        Map<UUID, VersionInForce> embargoOfItem = new HashMap<>();
        evaluations.forEach(evaluation -> embargoOfItem.putAll(evaluation.embargoOfItem()));
        return embargoOfItem;
    }

    private static Set<String> possessorKeys(List<SeizureFacts> seizures) {
        return seizures.stream().map(SeizureFacts::possessor)
                .filter(possessor -> possessor != null && possessor.description() != null && !possessor.description().isBlank())
                .map(possessor -> possessorKey(possessor.description())).collect(Collectors.toSet());
    }

    /**
     * The parties the possessor may be on the seizure's date, the matches experts dismissed for this possessor, the
     * parties it is reported to act for, and those the items were bound for.
     */
    private static PossessorMatches partyMatches(SeizureFacts seizure, PartyDirectory.Lookup parties, Map<String, Set<String>> dismissed) {
        SeizureFacts.Possessor possessor = seizure.possessor();
        PossessorMatches holder = possessor == null ? PossessorMatches.NONE : holderMatches(seizure, possessor, parties, dismissed);
        return holder.with(partiesNamed(possessor == null ? null : possessor.actingFor(), seizure.date(), parties),
                partiesNamed(seizure.destination() == null ? null : seizure.destination().recipient(), seizure.date(), parties));
    }

    /** The listed parties a reported name or list reference may be. */
    private static List<PartyMatch> partiesNamed(String named, LocalDate date, PartyDirectory.Lookup parties) {
        if (named == null || named.isBlank()) {
            return List.of();
        }
        if (LIST_REFERENCE.matcher(named.strip()).matches()) {
            PartyMatch match = parties.byReference(named.strip(), date);
            return match == null ? List.of() : List.of(match);
        }
        return parties.match(named, date);
    }

    private static PossessorMatches holderMatches(SeizureFacts seizure, SeizureFacts.Possessor possessor, PartyDirectory.Lookup parties,
            Map<String, Set<String>> dismissedOfPossessor) {
        if (possessor.designatedPartyRef() != null && !possessor.designatedPartyRef().isBlank()) {
            PartyMatch match = parties.byReference(possessor.designatedPartyRef(), seizure.date());
            return new PossessorMatches(match == null ? List.of() : List.of(match), List.of(), Set.of());
        }
        if (possessor.description() == null || possessor.description().isBlank()) {
            return PossessorMatches.NONE;
        }
        Set<String> dismissed = dismissedOfPossessor.getOrDefault(possessorKey(possessor.description()), Set.of());
        List<PartyMatch> matches = parties.match(possessor.description(), seizure.date());
        return new PossessorMatches(matches.stream().filter(m -> !dismissed.contains(m.reference())).toList(),
                matches.stream().filter(m -> dismissed.contains(m.reference())).toList(), dismissed);
    }

    /** The possessor as the dismissed-match memory keys it: the same name however it is spelt or spaced. */
    static String possessorKey(String description) {
        return String.join(" ", NameMatcher.normalise(description).tokens());
    }

    /**
     * Persists the seizures' new findings and queues every event in one step each: a record linked to hundreds of
     * others raises hundreds of findings, and a chain of one step per finding would overflow the event loop's stack.
     * The records' findings are locked until the commit, so that an expert's decision and this evaluation never
     * overwrite each other: whichever comes second sees what the first stored.
     */
    private Uni<Integer> reconcile(List<SeizureFacts> seizures, List<List<RaisedFinding>> raised, Map<UUID, String> traceParents) {
        return findings.ofRecordsLocked(seizures.stream().map(SeizureFacts::id).toList()).flatMap(existing -> {
            List<Finding> added = new ArrayList<>();
            List<FindingEvent> events = new ArrayList<>();
            for (int index = 0; index < seizures.size(); index++) {
                SeizureFacts seizure = seizures.get(index);
                reconcile(seizure, raised.get(index), existing.getOrDefault(seizure.id(), List.of()), added, events);
            }
            return Panache.getSession().flatMap(session -> session.persistAll(added.toArray()))
                    .chain(() -> outbox.writeAll(config.findingTopic(), events.stream()
                            .map(e -> new OutboxWriter.Event(e.finding().seizureId().toString(), e.eventId(), e,
                                    traceParents.get(e.finding().seizureId()))).toList()))
                    .replaceWith(added.size());
        });
    }

    /**
     * One record's findings as this evaluation raised them: a new one added, a changed open or withdrawn one opened with
     * what was raised now, an open one no longer raised withdrawn; one decided on is left as decided.
     */
    private static void reconcile(SeizureFacts seizure, List<RaisedFinding> drafts, List<Finding> existing, List<Finding> added,
            List<FindingEvent> events) {
        Map<String, Finding> byKey = existing.stream().collect(Collectors.toMap(f -> f.dedupKey, Function.identity()));
        Set<String> raisedNow = new HashSet<>();
        for (RaisedFinding draft : drafts) {
            String key = draft.key(seizure.id());
            if (!raisedNow.add(key)) {
                continue;
            }
            Finding held = byKey.get(key);
            if (held == null) {
                Finding finding = newFinding(seizure, draft, key);
                added.add(finding);
                events.add(event(FindingEvent.Type.FINDING_RAISED, finding, SYSTEM, List.of()));
            } else if ((held.status == FindingStatus.OPEN || held.status == FindingStatus.WITHDRAWN) && differs(held, draft)) {
                apply(held, draft);
                held.status = FindingStatus.OPEN;
                touch(held);
                events.add(event(FindingEvent.Type.FINDING_UPDATED, held, SYSTEM, List.of()));
            }
        }
        for (Finding held : existing) {
            if (held.status == FindingStatus.OPEN && !raisedNow.contains(held.dedupKey)) {
                held.status = FindingStatus.WITHDRAWN;
                touch(held);
                events.add(event(FindingEvent.Type.FINDING_WITHDRAWN, held, SYSTEM, List.of()));
            }
        }
    }

    private static FindingEvent event(FindingEvent.Type type, Finding finding, String actor, List<FindingDecision> decisions) {
        // as a caller of no scope sees it: search indexes it, and its readers' scopes cannot be asked there
        return FindingEvent.of(type, actor, FindingView.of(finding, decisions).within(ReadScope.NOTHING));
    }

    Uni<Void> publish(FindingEvent.Type type, Finding finding, String actor, List<FindingDecision> decisions) {
        FindingEvent event = event(type, finding, actor, decisions);
        return outbox.write(config.findingTopic(), finding.seizureId.toString(), event.eventId(), event);
    }

    private static Finding newFinding(SeizureFacts seizure, RaisedFinding draft, String key) {
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.dedupKey = key;
        finding.seizureId = seizure.id();
        finding.seizureReference = seizure.reference();
        finding.itemId = draft.itemId();
        finding.operation = seizure.operation();
        finding.countryCode = seizure.countryCode();
        finding.seizureDate = seizure.date();
        finding.rule = draft.rule();
        finding.regimeCode = draft.regimeCode();
        finding.subject = draft.subject();
        finding.status = FindingStatus.OPEN;
        finding.version = 0;
        finding.raisedAt = OffsetDateTime.now();
        apply(finding, draft);
        touch(finding);
        return finding;
    }

    private static boolean differs(Finding held, RaisedFinding draft) {
        return !Objects.equals(held.regimeVersionId, draft.regimeVersionId()) || !Objects.equals(held.citation, draft.citation())
                || held.confidence != draft.confidence() || !Objects.equals(held.explanation, draft.explanation());
    }

    private static void apply(Finding finding, RaisedFinding draft) {
        finding.regimeVersionId = draft.regimeVersionId();
        finding.citation = draft.citation();
        finding.confidence = draft.confidence();
        finding.explanation = draft.explanation();
        finding.facts = draft.facts();
    }

    static void touch(Finding finding) {
        finding.version++;
        finding.updatedAt = OffsetDateTime.now();
    }
}
