package org.embargomonitor.embargo.compliance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.FindingAccess;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.hibernate.LockMode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Findings as their readers may see them: panel experts those of their panel's countries, committee members the
 * confirmed ones, admins all. Experts confirm or dismiss open findings; every decision is kept.
 */
@ApplicationScoped
public class FindingService {

    private final Scopes scopes;
    private final ComplianceService compliance;
    private final Findings findings;

    FindingService(Scopes scopes, ComplianceService compliance, Findings findings) {
        this.scopes = scopes;
        this.compliance = compliance;
        this.findings = findings;
    }

    /** Filters of the finding list; null means any. */
    public record Filter(FindingStatus status, Rule rule, String regimeCode, String countryCode, UUID seizureId) {
    }

    @WithSession
    public Uni<List<FindingView>> list(Filter filter, int page, int size, Caller caller) {
        ReadScope scope = scopes.readScopeOf(caller);
        FindingAccess access = FindingAccess.of(caller);
        if (access == FindingAccess.NONE
                || access == FindingAccess.CONFIRMED_ONLY && filter.status() != null && filter.status() != FindingStatus.CONFIRMED) {
            return Uni.createFrom().item(List.of());
        }
        boolean confirmedOnly = access == FindingAccess.CONFIRMED_ONLY;
        Findings.Criteria criteria = new Findings.Criteria(confirmedOnly ? FindingStatus.CONFIRMED : filter.status(), filter.rule(),
                filter.regimeCode(), filter.countryCode(), filter.seizureId(),
                confirmedOnly || scope.everything() ? null : scope.countries());
        return findings.page(criteria, page, size).flatMap(listed -> findings.decisionsOf(listed.stream().map(f -> f.id).toList())
                .map(decisions -> listed.stream()
                        .map(f -> FindingView.of(f, decisions.getOrDefault(f.id, List.of())).within(scope)).toList()));
    }

    @WithSession
    public Uni<FindingView> get(UUID id, Caller caller) {
        ReadScope scope = scopes.readScopeOf(caller);
        return visible(id, caller).flatMap(f -> findings.decisionsOf(List.of(id)).map(d -> FindingView.of(f, d.getOrDefault(id, List.of()))
                .within(scope)));
    }

    /** Confirms or dismisses an open finding; a dismissed name match is remembered for the possessor and party. */
    @WithTransaction
    public Uni<FindingView> decide(UUID id, @NotNull @Valid NewDecision request, Caller caller) {
        return visible(id, caller, LockMode.PESSIMISTIC_WRITE).flatMap(finding -> {
            if (request.version() != null && request.version() != finding.version) {
                return Uni.createFrom().failure(ProblemException.conflict("version", "The finding changed since you read it (version "
                        + request.version() + ", now " + finding.version + "); read it again before deciding."));
            }
            if (finding.status != FindingStatus.OPEN) {
                return Uni.createFrom().failure(ProblemException.conflict("decision",
                        "The finding is " + finding.status + "; only open findings are decided."));
            }
            FindingDecision decision = new FindingDecision();
            decision.id = UUID.randomUUID();
            decision.findingId = finding.id;
            decision.decision = request.decision();
            decision.reason = request.reason().strip();
            decision.decidedBy = caller.username();
            decision.decidedAt = OffsetDateTime.now();
            finding.status = request.decision() == FindingDecision.Decision.CONFIRM ? FindingStatus.CONFIRMED : FindingStatus.DISMISSED;
            ComplianceService.touch(finding);
            return Panache.getSession().flatMap(session -> session.persist(decision)
                    .chain(() -> rememberDismissedMatch(finding, decision))
                    .chain(() -> findings.decisionsOf(List.of(finding.id)))
                    .flatMap(decisions -> {
                        List<FindingDecision> history = decisions.getOrDefault(finding.id, List.of());
                        return compliance.publish(FindingEvent.Type.FINDING_REVIEWED, finding, caller.username(), history)
                                .replaceWith(FindingView.of(finding, history).within(scopes.readScopeOf(caller)));
                    }));
        });
    }

    private Uni<Void> rememberDismissedMatch(Finding finding, FindingDecision decision) {
        Object possessor = finding.facts.get("possessor");
        boolean nameMatch = finding.rule == Rule.DESIGNATED_PARTY && finding.subject != null && possessor != null
                && (finding.facts.containsKey("matchedName") || finding.subject.startsWith(ComplianceRules.GROUP));
        if (decision.decision != FindingDecision.Decision.DISMISS || !nameMatch) {
            return Uni.createFrom().voidItem();
        }
        DismissedNameMatch dismissed = new DismissedNameMatch();
        dismissed.possessorNormalised = ComplianceService.possessorKey(possessor.toString());
        dismissed.partyReference = finding.subject;
        dismissed.findingId = finding.id;
        dismissed.dismissedBy = decision.decidedBy;
        dismissed.dismissedAt = decision.decidedAt;
        return Panache.getSession().flatMap(session -> session.find(DismissedNameMatch.class,
                new DismissedNameMatch.Key(dismissed.possessorNormalised, dismissed.partyReference))
                .flatMap(held -> held != null ? Uni.createFrom().voidItem() : session.persist(dismissed)));
    }

    /** The finding if the caller may read it; 404 otherwise, as if it did not exist. */
    private Uni<Finding> visible(UUID id, Caller caller) {
        return visible(id, caller, LockMode.NONE);
    }

    /** The finding, locked as asked: a decision holds it against a re-evaluation of its record until it commits. */
    private Uni<Finding> visible(UUID id, Caller caller, LockMode lock) {
        ReadScope scope = scopes.readScopeOf(caller);
        FindingAccess access = FindingAccess.of(caller);
        return Panache.getSession().flatMap(session -> session.find(Finding.class, id, lock))
                .map(f -> f != null && access.permits(scope, f.countryCode, f.status == FindingStatus.CONFIRMED) ? f : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No finding " + id + " you may read."));
    }
}
