package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.embargomonitor.embargo.regime.RegimeService;
import org.embargomonitor.platform.outbox.OutboxWriter;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.work.Workers;

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

    /** Stores the seizure as received and evaluates it; an older version than the one held is ignored. Answers the findings raised. */
    @WithTransaction
    public Uni<Integer> receive(SeizureFacts seizure) {
        return Panache.getSession().flatMap(session -> session.find(SeizureRecord.class, seizure.id()).flatMap(held -> {
            if (held != null && held.version > seizure.version()) {
                return Uni.createFrom().item(0);
            }
            SeizureRecord record = held != null ? held : new SeizureRecord();
            record.id = seizure.id();
            record.version = seizure.version();
            record.reference = seizure.reference();
            record.operation = seizure.operation();
            record.countryCode = seizure.countryCode();
            record.occurredOn = seizure.date();
            record.facts = seizure;
            record.receivedAt = OffsetDateTime.now();
            Uni<?> stored = held != null ? Uni.createFrom().item(record) : session.persist(record);
            return stored.chain(session::flush).chain(() -> figures.stored(seizure)).chain(() -> evaluate(seizure));
        }));
    }

    /** Evaluates a stored record again, as of its date, with today's regimes and list. */
    @WithTransaction
    public Uni<Integer> evaluateAgain(UUID seizureId) {
        return records.factsOf(seizureId)
                .flatMap(facts -> facts == null ? Uni.createFrom().item(0) : evaluate(facts));
    }

    private Uni<Integer> evaluate(SeizureFacts seizure) {
        return regimes.book().flatMap(book -> partyMatches(seizure).flatMap(matches -> marks.relatedTo(seizure)
                .flatMap(related -> supplyChains.assign(seizure, related).map(chains -> new SupplyLinks(related, chains)))
                .flatMap(links -> Workers.run(() -> ComplianceRules.evaluate(seizure, book, matches, links))
                        .chain(evaluation -> marks.store(seizure, evaluation.embargoOfItem(), links.chainOfItem())
                                .chain(() -> reconcile(seizure, evaluation.findings()))))));
    }

    /**
     * The parties the possessor may be on the seizure's date, the matches experts dismissed for this possessor, the
     * parties it is reported to act for, and those the items were bound for.
     */
    private Uni<PossessorMatches> partyMatches(SeizureFacts seizure) {
        SeizureFacts.Possessor possessor = seizure.possessor();
        Uni<PossessorMatches> holder = possessor == null ? Uni.createFrom().item(PossessorMatches.NONE) : holderMatches(seizure, possessor);
        return holder.flatMap(matches -> partiesNamed(possessor == null ? null : possessor.actingFor(), seizure.date())
                .flatMap(principals -> partiesNamed(seizure.destination() == null ? null : seizure.destination().recipient(), seizure.date())
                        .map(recipients -> matches.with(principals, recipients))));
    }

    /** The listed parties a reported name or list reference may be. */
    private Uni<List<PartyMatch>> partiesNamed(String named, LocalDate date) {
        if (named == null || named.isBlank()) {
            return Uni.createFrom().item(List.of());
        }
        return LIST_REFERENCE.matcher(named.strip()).matches()
                ? parties.byReference(named.strip(), date).map(match -> match == null ? List.of() : List.of(match))
                : parties.match(named, date);
    }

    private Uni<PossessorMatches> holderMatches(SeizureFacts seizure, SeizureFacts.Possessor possessor) {
        if (possessor.designatedPartyRef() != null && !possessor.designatedPartyRef().isBlank()) {
            return parties.byReference(possessor.designatedPartyRef(), seizure.date())
                    .map(match -> new PossessorMatches(match == null ? List.of() : List.of(match), List.of(), Set.of()));
        }
        if (possessor.description() == null || possessor.description().isBlank()) {
            return Uni.createFrom().item(PossessorMatches.NONE);
        }
        String key = possessorKey(possessor.description());
        return parties.match(possessor.description(), seizure.date()).flatMap(matches -> findings.dismissedPartiesOf(key)
                .map(dismissed -> new PossessorMatches(
                        matches.stream().filter(m -> !dismissed.contains(m.reference())).toList(),
                        matches.stream().filter(m -> dismissed.contains(m.reference())).toList(),
                        Set.copyOf(dismissed))));
    }

    /** The possessor as the dismissed-match memory keys it: the same name however it is spelt or spaced. */
    static String possessorKey(String description) {
        return String.join(" ", NameMatcher.normalise(description).tokens());
    }

    /**
     * Persists new findings and queues every event in one step each: a record linked to hundreds of others raises
     * hundreds of findings, and a chain of one step per finding would overflow the event loop's stack. The record's
     * findings are locked until the commit, so that an expert's decision and this evaluation never overwrite each
     * other: whichever comes second sees what the first stored.
     */
    private Uni<Integer> reconcile(SeizureFacts seizure, List<RaisedFinding> drafts) {
        return Panache.getSession().flatMap(session -> findings.ofRecordLocked(seizure.id())
                .flatMap(existing -> {
                    Map<String, Finding> byKey = existing.stream().collect(Collectors.toMap(f -> f.dedupKey, Function.identity()));
                    Set<String> raisedNow = new HashSet<>();
                    List<Finding> raised = new ArrayList<>();
                    List<FindingEvent> events = new ArrayList<>();
                    for (RaisedFinding draft : drafts) {
                        String key = draft.key(seizure.id());
                        if (!raisedNow.add(key)) {
                            continue;
                        }
                        Finding held = byKey.get(key);
                        if (held == null) {
                            Finding finding = newFinding(seizure, draft, key);
                            raised.add(finding);
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
                    return session.persistAll(raised.toArray())
                            .chain(() -> outbox.writeAll(config.findingTopic(), events.stream()
                                    .map(e -> new OutboxWriter.Event(e.finding().seizureId().toString(), e.eventId(), e)).toList()))
                            .replaceWith(raised.size());
                }));
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
