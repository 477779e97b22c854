package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.embargomonitor.embargo.parties.DesignatedParty;
import org.embargomonitor.embargo.parties.NameMatcher;
import org.embargomonitor.embargo.parties.PartyMatch;
import org.embargomonitor.embargo.regime.ExemptionCondition;
import org.embargomonitor.embargo.regime.GovernmentTreatment;
import org.embargomonitor.embargo.regime.RegimeBook;
import org.embargomonitor.embargo.regime.RegimeKind;
import org.embargomonitor.embargo.regime.RegimeTerms;
import org.embargomonitor.embargo.regime.VersionInForce;

/**
 * The compliance rules, as pure logic: a seizure, the regimes in force on its date, the designated parties its
 * possessor may be, and related items of other seizures go in; findings that explain themselves come out.
 */
public final class ComplianceRules {

    /** The subject of a finding about a group a regime names. */
    static final String GROUP = "group:";
    private static final int SEIZURES_NAMED = 5;
    private static final int SEIZURES_IN_FACTS = 50;

    private ComplianceRules() {
    }

    /** The findings, and for each item the embargo it fell under (for later supply-chain checks). */
    public record Evaluation(List<RaisedFinding> findings, Map<UUID, VersionInForce> embargoOfItem) {
    }

    /**
     * Why an embargo applies to an item: the version, the facts that make it apply, and the earliest date from which
     * it has applied to this holder and materiel without a break, with the version that imposed it then.
     */
    private record Applicable(VersionInForce version, String how, LocalDate since, VersionInForce imposedBy) {
    }

    /** What one check of one version concluded: findings, and whether the embargo applies to the item. */
    private record Outcome(List<RaisedFinding> findings, String how, LocalDate notBefore) {

        static final Outcome NONE = new Outcome(List.of(), null, null);

        boolean applies() {
            return how != null;
        }
    }

    private interface Check {
        Outcome of(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, PossessorMatches possessor);
    }

    private static final List<Check> CHECKS = List.of(ComplianceRules::territory, ComplianceRules::boundForTerritory,
            ComplianceRules::designatedParties, ComplianceRules::namedGroups);

    /** Every check of the seizure, its supply-chain links included. */
    public static Evaluation evaluate(SeizureFacts seizure, RegimeBook book, PossessorMatches possessor, SupplyLinks links) {
        Evaluation ofItems = embargoes(seizure, book, possessor);
        return new Evaluation(withSupplyChains(seizure, ofItems, links, book), ofItems.embargoOfItem());
    }

    /**
     * The checks that need nothing of other seizures: the embargo each item fell under, and the findings about it.
     * Those findings are not yet marked as past a renewal: {@link #withSupplyChains} completes them.
     */
    static Evaluation embargoes(SeizureFacts seizure, RegimeBook book, PossessorMatches possessor) {
        List<VersionInForce> embargoes = book.embargoesOn(seizure.date());
        List<RaisedFinding> findings = new ArrayList<>();
        Map<UUID, VersionInForce> embargoOfItem = new LinkedHashMap<>();
        for (SeizureFacts.Item item : seizure.items()) {
            List<Applicable> applicable = new ArrayList<>();
            for (VersionInForce version : embargoes) {
                for (Check check : CHECKS) {
                    Outcome outcome = check.of(seizure, item, version, possessor);
                    findings.addAll(outcome.findings());
                    if (outcome.applies() && applicable.stream().noneMatch(a -> a.version().regimeCode().equals(version.regimeCode()))) {
                        applicable.add(reach(seizure, item, version, possessor, book, outcome));
                    }
                }
            }
            for (Applicable embargo : applicable) {
                supplyAfterEmbargo(seizure, item, embargo, findings);
                marksObliterated(seizure, item, embargo, findings);
            }
            if (!applicable.isEmpty()) {
                embargoOfItem.put(item.id(), applicable.get(0).version());
            }
        }
        return new Evaluation(List.copyOf(findings), Map.copyOf(embargoOfItem));
    }

    /** The findings of {@link #embargoes}, with those of the supply chains the seizure's items share with others. */
    static List<RaisedFinding> withSupplyChains(SeizureFacts seizure, Evaluation ofItems, SupplyLinks links, RegimeBook book) {
        List<RaisedFinding> findings = new ArrayList<>(ofItems.findings());
        commonSupplyChains(seizure, ofItems.embargoOfItem(), links, book, findings);
        List<VersionInForce> embargoes = book.embargoesOn(seizure.date());
        return findings.stream().map(finding -> pastRenewal(finding, embargoes, seizure.date())).toList();
    }

    /**
     * A finding under measures that had run past the day the Council last renewed them to: low, and saying so, as the
     * catalogue records no renewal after that day.
     */
    private static RaisedFinding pastRenewal(RaisedFinding finding, List<VersionInForce> embargoes, LocalDate date) {
        return embargoes.stream().filter(v -> v.regimeCode().equals(finding.regimeCode()) && v.pastRenewalOn(date)).findFirst()
                .map(lapsed -> {
                    Map<String, Object> facts = new LinkedHashMap<>(finding.facts());
                    facts.put("renewedUntil", lapsed.renewedUntil().toString());
                    return new RaisedFinding(finding.itemId(), finding.rule(), finding.regimeCode(), finding.regimeVersionId(), finding.citation(),
                            finding.subject(), Confidence.LOW, finding.explanation() + " The measures were last renewed until "
                                    + lapsed.renewedUntil() + " (" + lapsed.setBy() + ") and no later renewal is recorded: check that they"
                                    + " were renewed before relying on this finding.", facts);
                }).orElse(finding);
    }

    /**
     * Walks back through the regime's versions while the embargo applied to the item as it does now; a listing date
     * met on the way is where it began to reach the holder.
     */
    private static Applicable reach(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, PossessorMatches possessor,
            RegimeBook book, Outcome outcome) {
        List<VersionInForce> history = book.historyUntil(version.regimeCode(), seizure.date());
        int first = history.size() - 1;
        LocalDate floor = outcome.notBefore();
        while (first > 0 && (floor == null || floor.isBefore(history.get(first).effectiveFrom()))) {
            VersionInForce earlier = history.get(first - 1);
            Outcome applied = earlier.isEmbargo() ? CHECKS.stream().map(check -> check.of(seizure, item, earlier, possessor))
                    .filter(Outcome::applies).findFirst().orElse(null) : null;
            if (applied == null) {
                break;
            }
            first--;
            if (applied.notBefore() != null && (floor == null || applied.notBefore().isAfter(floor))) {
                floor = applied.notBefore();
            }
        }
        while (floor != null && first < history.size() - 1 && !history.get(first + 1).effectiveFrom().isAfter(floor)) {
            first++;
        }
        VersionInForce imposedBy = history.isEmpty() ? version : history.get(Math.max(first, 0));
        LocalDate since = floor != null && floor.isAfter(imposedBy.effectiveFrom()) ? floor : imposedBy.effectiveFrom();
        return new Applicable(version, outcome.how(), since, imposedBy);
    }

    private static Outcome territory(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, PossessorMatches possessor) {
        RegimeTerms terms = version.terms();
        RegimeTerms.Territory territory = terms.territory();
        if (territory == null || !territory.covers(seizure.countryCode()) || !terms.territorialMateriel().covers(item.category())) {
            return Outcome.NONE;
        }
        Confidence confidence = Confidence.HIGH;
        String where = seizure.countryCode();
        if (!territory.areas().isEmpty()) {
            String area = territory.areaOf(seizure.adminArea());
            if (area == null && seizure.adminArea() != null) {
                return Outcome.NONE;
            }
            if (area == null) {
                confidence = Confidence.LOW;
                where += " (the embargo covers only " + String.join(", ", territory.areas()) + "; the record names no area)";
            } else {
                where += ", " + area;
            }
        }
        Map<String, Object> facts = facts(seizure, item);
        facts.put("territory", territory.countries());
        SeizureFacts.Possessor holder = seizure.possessor();
        Outcome exempted = holder == null ? null
                : exemptedDelivery(seizure, item, version, holder.kind(), holder.description(), seizure.countryCode(), facts);
        if (exempted != null) {
            return exempted;
        }
        if (seizure.heldByGovernmentForces()) {
            return terms.kind() != RegimeKind.TERRITORIAL ? Outcome.NONE
                    : new Outcome(List.of(new RaisedFinding(item.id(), Rule.EMBARGOED_TERRITORY, version.regimeCode(), version.versionId(),
                            territory.citation(), null, confidence,
                            "Held by government forces in " + where + " on " + seizure.date() + ", under a territorial embargo that "
                                    + "covers the government (" + terms.governmentForces().citation() + ").", facts)), "in " + where, null);
        }
        if (terms.kind() == RegimeKind.TERRITORIAL) {
            return new Outcome(List.of(new RaisedFinding(item.id(), Rule.EMBARGOED_TERRITORY, version.regimeCode(), version.versionId(),
                    territory.citation(), null, confidence,
                    "Found in " + where + " on " + seizure.date() + ", under the territorial arms embargo on "
                            + version.regimeName() + " in force since " + version.effectiveFrom() + " (" + version.setBy() + ").",
                    facts)), "in " + where, null);
        }
        RegimeTerms.Targets targets = terms.targets();
        String kind = holder == null ? "UNKNOWN" : holder.kind();
        if (targets.nonGovernmentalHolders() && !"REGIONAL_FORCES".equals(kind)) {
            facts.put("targets", "non-governmental entities and individuals");
            boolean known = !"UNKNOWN".equals(kind);
            return new Outcome(List.of(new RaisedFinding(item.id(), Rule.EMBARGOED_TERRITORY, version.regimeCode(), version.versionId(),
                    targets.citation(), null, known ? confidence : Confidence.MEDIUM.atMost(confidence),
                    (known ? "Held by a non-governmental holder" : "Held by a holder the record does not name (not the government's forces)")
                            + " in " + where + " on " + seizure.date() + "; the embargo on " + version.regimeName()
                            + " covers every non-governmental entity and individual there (" + targets.citation() + ").",
                    facts)), "held by a non-governmental holder in " + where, null);
        }
        if (targets.nonStateArmedGroups() && seizure.heldByArmedGroup()) {
            facts.put("targets", "non-state armed groups");
            return new Outcome(List.of(new RaisedFinding(item.id(), Rule.EMBARGOED_TERRITORY, version.regimeCode(), version.versionId(),
                    targets.citation(), null, Confidence.MEDIUM.atMost(confidence),
                    "Held by a non-state armed group in " + where + " on " + seizure.date() + "; the embargo on "
                            + version.regimeName() + " targets such groups (" + targets.citation() + ").",
                    facts)), "held by an armed group in " + where, null);
        }
        return Outcome.NONE;
    }

    /**
     * How the version treats a delivery to a holder of that kind where it is not under the embargo like any other's: the
     * government's forces where exempt or allowed with notice, an exempt holder (a peace operation, named forces). Null
     * when the holder has no such treatment.
     */
    private static Outcome exemptedDelivery(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, String kind,
            String description, String where, Map<String, Object> facts) {
        RegimeTerms terms = version.terms();
        if ("GOVERNMENT_FORCES".equals(kind)) {
            RegimeTerms.GovernmentForces government = terms.governmentForces();
            GovernmentTreatment treatment = government.treatmentOf(item.category());
            if (treatment.needsCommitteeNotice()) {
                return deliveryNotice(seizure, item, version, "government forces", where, treatment == GovernmentTreatment.APPROVAL
                        ? ExemptionCondition.APPROVAL : ExemptionCondition.NOTIFICATION, government.citation(), government.detail(), facts);
            }
            return treatment == GovernmentTreatment.COVERED ? null : Outcome.NONE;
        }
        RegimeTerms.Exemption exemption = terms.exemptionOf(kind, description);
        if (exemption == null) {
            return null;
        }
        facts.put("exemption", exemption.beneficiary());
        return exemption.condition() == ExemptionCondition.NONE ? Outcome.NONE
                : deliveryNotice(seizure, item, version, exemption.beneficiary(), where, exemption.condition(), exemption.citation(),
                        exemption.detail(), facts);
    }

    /**
     * A delivery the regime allows with notice: lawful when notified (or approved, where approval is required); under the
     * embargo and a finding when the record says the notice was not given, or only notified where approval was needed.
     */
    private static Outcome deliveryNotice(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, String recipient,
            String where, ExemptionCondition required, String citation, String detail, Map<String, Object> facts) {
        String state = seizure.possessor() == null ? null : seizure.possessor().committeeNotification();
        boolean refused = "NOT_NOTIFIED".equals(state) || "NOT_APPROVED".equals(state);
        boolean notifiedOnly = required == ExemptionCondition.APPROVAL && "NOTIFIED".equals(state);
        if (!refused && !notifiedOnly) {
            return Outcome.NONE;
        }
        Map<String, Object> withNotice = new LinkedHashMap<>(facts);
        withNotice.put("committeeNotification", state);
        withNotice.put("requirement", required.name());
        String needed = required == ExemptionCondition.APPROVAL ? "the Committee's prior approval" : "advance notification to the Committee";
        String said = notifiedOnly ? "notified but not approved" : "NOT_APPROVED".equals(state) ? "not approved" : "not notified";
        return new Outcome(List.of(new RaisedFinding(item.id(), Rule.UNNOTIFIED_GOVERNMENT_DELIVERY, version.regimeCode(), version.versionId(),
                citation, null, notifiedOnly ? Confidence.MEDIUM : Confidence.HIGH,
                "Delivered to " + recipient + " in " + where + " " + said + ", where the regime requires " + needed
                        + " on " + seizure.date() + (detail == null ? "." : ": " + detail), withNotice)),
                "delivered to " + recipient + " " + said, null);
    }

    private static Outcome designatedParties(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, PossessorMatches possessor) {
        RegimeTerms.Targets targets = version.terms().targets();
        if (!targets.designatedParties() || !version.terms().materiel().covers(item.category())) {
            return Outcome.NONE;
        }
        List<RaisedFinding> findings = new ArrayList<>();
        String how = null;
        LocalDate listedOn = null;
        String citation = targets.listedPartiesCitationOrDefault();
        for (PartyMatch match : possessor.matched()) {
            if (!version.listTypes().contains(match.listType())) {
                continue;
            }
            if (how == null) {
                how = "held by " + match.name() + " (" + match.reference() + ")";
                listedOn = match.listedOn();
            }
            Map<String, Object> facts = facts(seizure, item);
            facts.put("party", match.reference());
            facts.put("partyName", match.name());
            facts.put("matchedName", match.matchedName());
            facts.put("matchScore", match.score());
            facts.put("matchReasons", match.reasons());
            facts.put("listedOn", String.valueOf(match.listedOn()));
            String listing = match.listing() == DesignatedParty.Listing.MAYBE_DELISTED
                    ? " It may have been de-listed before that date (absent from the list of " + match.delistedOn() + ")."
                    : "";
            findings.add(new RaisedFinding(item.id(), Rule.DESIGNATED_PARTY, version.regimeCode(), version.versionId(),
                    citation, match.reference(), confidence(match),
                    "Seized from '" + seizure.possessor().description() + "', which matches " + match.name() + " ("
                            + match.reference() + ", listed " + match.listedOn() + ") by the name '" + match.matchedName()
                            + "' with a score of " + match.score() + ", on " + seizure.date() + "." + listing,
                    facts));
        }
        if (how != null) {
            return new Outcome(List.copyOf(findings), how, listedOn);
        }
        Outcome actingFor = targets.actingForCitation() == null ? Outcome.NONE : actingForListedParty(seizure, item, version, possessor);
        return actingFor.applies() ? actingFor : boundForListedParty(seizure, item, version, possessor);
    }

    /**
     * Items seized in transit to a party listed under the regime: the measures prohibit supply to, or for the benefit
     * of, listed parties. One confidence step below the match of the recipient's name, as the destination is inferred.
     */
    private static Outcome boundForListedParty(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version,
            PossessorMatches possessor) {
        if (possessor.recipients().isEmpty()) {
            return Outcome.NONE;
        }
        Map<String, Object> context = new LinkedHashMap<>();
        putDestination(context, seizure.destination());
        return throughListedParty(seizure, item, version, possessor.recipients(), "bound for",
                version.terms().targets().listedPartiesCitationOrDefault(), context,
                recipient -> "Seized in " + seizure.countryCode() + " on " + seizure.date() + ", bound for '" + seizure.destination().recipient()
                        + "' (" + seizure.destination().basis() + "), which matches " + described(recipient)
                        + ": the measures prohibit supply to, or for the benefit of, listed parties.");
    }

    /**
     * Items seized outside a territory under a territorial embargo on their way into it, as the evidence shows: supply
     * to the territory is what the embargo prohibits. Territories limited to some areas need the record's own area.
     */
    private static Outcome boundForTerritory(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version,
            PossessorMatches possessor) {
        RegimeTerms terms = version.terms();
        RegimeTerms.Territory territory = terms.territory();
        SeizureFacts.Destination destination = seizure.destination();
        if (destination == null || destination.countryCode() == null || territory == null || terms.kind() != RegimeKind.TERRITORIAL
                || territory.covers(seizure.countryCode()) || !territory.covers(destination.countryCode()) || !territory.areas().isEmpty()
                || !terms.territorialMateriel().covers(item.category())) {
            return Outcome.NONE;
        }
        Map<String, Object> facts = facts(seizure, item);
        putDestination(facts, destination);
        String kind = destination.recipientKind();
        Outcome exempted = kind == null ? null : exemptedDelivery(seizure, item, version, kind, destination.recipient(),
                destination.countryCode() + " (seized on the way, in " + seizure.countryCode() + ")", facts);
        if (exempted != null) {
            return exempted;
        }
        String forWhom = kind == null ? "" : ", for " + kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        return new Outcome(List.of(new RaisedFinding(item.id(), Rule.EMBARGOED_TERRITORY, version.regimeCode(), version.versionId(),
                territory.citation(), null, Confidence.MEDIUM,
                "Seized in " + seizure.countryCode() + " on " + seizure.date() + " on its way to " + destination.countryCode() + forWhom + " ("
                        + destination.basis() + "), under the territorial arms embargo on " + version.regimeName() + " in force since "
                        + version.effectiveFrom() + " (" + version.setBy() + "): supply to the territory is prohibited.",
                facts)), "bound for " + destination.countryCode(), null);
    }

    private static void putDestination(Map<String, Object> facts, SeizureFacts.Destination destination) {
        putIfPresent(facts, "destinationCountry", destination.countryCode());
        putIfPresent(facts, "intendedRecipient", destination.recipient());
        putIfPresent(facts, "intendedRecipientKind", destination.recipientKind());
        facts.put("destinationBasis", destination.basis());
    }

    /**
     * A holder reported to act for a party listed under the regime, where the measures reach those acting on a listed
     * party's behalf or at its direction: one confidence step below the match of the party's name.
     */
    private static Outcome actingForListedParty(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version,
            PossessorMatches possessor) {
        if (possessor.principals().isEmpty()) {
            return Outcome.NONE;
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("actingFor", seizure.possessor().actingFor());
        return throughListedParty(seizure, item, version, possessor.principals(), "held for",
                version.terms().targets().actingForCitation(), context,
                principal -> "Seized from " + (seizure.possessor().description() != null ? "'" + seizure.possessor().description() + "', " : "a holder ")
                        + "reported to act for or at the direction of '" + seizure.possessor().actingFor() + "', which matches "
                        + described(principal) + ", on " + seizure.date() + ": the measures reach those acting on a listed party's behalf"
                        + " or at its direction.");
    }

    /** Findings on the listed parties of the regime the items were held for or bound for, one step below each match. */
    private static Outcome throughListedParty(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, List<PartyMatch> parties,
            String relation, String citation, Map<String, Object> context, Function<PartyMatch, String> explanation) {
        List<RaisedFinding> findings = new ArrayList<>();
        String how = null;
        LocalDate listedOn = null;
        for (PartyMatch party : parties) {
            if (!version.listTypes().contains(party.listType())) {
                continue;
            }
            if (how == null) {
                how = relation + " " + party.name() + " (" + party.reference() + ")";
                listedOn = party.listedOn();
            }
            Map<String, Object> facts = facts(seizure, item);
            facts.putAll(context);
            facts.put("party", party.reference());
            facts.put("partyName", party.name());
            facts.put("matchScore", party.score());
            facts.put("listedOn", String.valueOf(party.listedOn()));
            findings.add(new RaisedFinding(item.id(), Rule.DESIGNATED_PARTY, version.regimeCode(), version.versionId(), citation,
                    party.reference(), confidence(party).lower(), explanation.apply(party), facts));
        }
        return new Outcome(List.copyOf(findings), how, listedOn);
    }

    private static String described(PartyMatch party) {
        return party.name() + " (" + party.reference() + ", listed " + party.listedOn() + ") with a score of " + party.score();
    }

    /**
     * A group the regime names, unless a listed party of the regime matched, or an expert dismissed that group or a
     * listed party going by its name; a dismissed match to some other party of the list does not hide it.
     */
    private static Outcome namedGroups(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, PossessorMatches possessor) {
        RegimeTerms.Targets targets = version.terms().targets();
        if (targets.groups().isEmpty() || !version.terms().materiel().covers(item.category())
                || possessor.matched().stream().anyMatch(match -> version.listTypes().contains(match.listType()))) {
            return Outcome.NONE;
        }
        String holder = seizure.possessor() == null ? null : seizure.possessor().description();
        Outcome held = holder == null ? Outcome.NONE : namedGroups(seizure, item, version, possessor, holder, false);
        String recipient = seizure.destination() == null ? null : seizure.destination().recipient();
        return held.applies() || recipient == null ? held : namedGroups(seizure, item, version, possessor, recipient, true);
    }

    /** The groups the regime names that a holder, or the recipient the items were bound for, is reported as. */
    private static Outcome namedGroups(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version, PossessorMatches possessor,
            String named, boolean boundFor) {
        RegimeTerms.Targets targets = version.terms().targets();
        NameMatcher.Normalised reported = NameMatcher.normalise(named);
        List<RaisedFinding> findings = new ArrayList<>();
        String how = null;
        for (String group : targets.groups()) {
            NameMatcher.Similarity similarity = NameMatcher.compare(reported, NameMatcher.normalise(group));
            if (similarity.score() < NameMatcher.THRESHOLD || possessor.dismissedSubjects().contains(GROUP + group)
                    || dismissedAsListedParty(group, version, possessor)) {
                continue;
            }
            how = how != null ? how : (boundFor ? "bound for " : "held by ") + group;
            Map<String, Object> facts = facts(seizure, item);
            facts.put("group", group);
            facts.put("matchScore", similarity.score());
            facts.put("matchReasons", similarity.reasons());
            Confidence confidence = similarity.score() >= 0.97 ? Confidence.MEDIUM : Confidence.LOW;
            String whose = boundFor
                    ? "Bound for '" + named + "' (" + seizure.destination().basis() + "), which names "
                    : "Seized from '" + named + "', which names ";
            if (boundFor) {
                putDestination(facts, seizure.destination());
            }
            findings.add(new RaisedFinding(item.id(), Rule.DESIGNATED_PARTY, version.regimeCode(), version.versionId(),
                    targets.citation(), GROUP + group, boundFor ? confidence.lower() : confidence,
                    whose + group + ", a group the embargo on " + version.regimeName() + " targets (" + targets.citation() + ").",
                    facts));
        }
        return new Outcome(List.copyOf(findings), how, null);
    }

    private static boolean dismissedAsListedParty(String group, VersionInForce version, PossessorMatches possessor) {
        NameMatcher.Normalised name = NameMatcher.normalise(group);
        return possessor.dismissed().stream().filter(match -> version.listTypes().contains(match.listType()))
                .anyMatch(match -> NameMatcher.compare(name, NameMatcher.normalise(match.name())).score() >= NameMatcher.THRESHOLD
                        || NameMatcher.compare(name, NameMatcher.normalise(match.matchedName())).score() >= NameMatcher.THRESHOLD);
    }

    /** Made after the embargo reached this holder and materiel: supplied in breach of it, citing the version that imposed it. */
    private static void supplyAfterEmbargo(SeizureFacts seizure, SeizureFacts.Item item, Applicable embargo,
            List<RaisedFinding> findings) {
        boolean fromHeadstamp = item.yearOfManufacture() == null && item.headstampYear() != null;
        Integer year = fromHeadstamp ? item.headstampYear() : item.yearOfManufacture();
        VersionInForce version = embargo.version();
        LocalDate since = embargo.since();
        if (year == null || year < since.getYear()) {
            return;
        }
        Map<String, Object> facts = facts(seizure, item);
        facts.put("yearOfManufacture", year);
        if (fromHeadstamp) {
            facts.put("yearReadFrom", "headstamp");
            facts.put("headstamp", item.headstamp());
        }
        facts.put("embargoSince", since.toString());
        facts.put("imposedBy", embargo.imposedBy().setBy());
        boolean after = year > since.getYear();
        // a year read from a headstamp rests on a factory code of the reference catalogue: one step less sure
        Confidence confidence = !after ? Confidence.LOW : fromHeadstamp ? Confidence.MEDIUM : Confidence.HIGH;
        findings.add(new RaisedFinding(item.id(), Rule.SUPPLY_AFTER_EMBARGO, version.regimeCode(), embargo.imposedBy().versionId(),
                embargo.imposedBy().setBy(), null, confidence,
                "Made in " + year + (fromHeadstamp ? " (as its headstamp " + item.headstamp() + " reads)" : "") + ", "
                        + (after ? "after" : "in the year") + " the embargo on " + version.regimeName()
                        + " reached it (" + since + ", " + embargo.imposedBy().setBy() + "), and " + embargo.how()
                        + ": it reached its holder after the embargo" + (after ? "." : ", unless made before " + since + "."),
                facts));
    }

    private static void marksObliterated(SeizureFacts seizure, SeizureFacts.Item item, Applicable embargo,
            List<RaisedFinding> findings) {
        if (!item.marksObliterated()) {
            return;
        }
        VersionInForce version = embargo.version();
        findings.add(new RaisedFinding(item.id(), Rule.MARKS_OBLITERATED, version.regimeCode(), version.versionId(),
                version.setBy(), null, "OBLITERATED".equals(item.markingState()) ? Confidence.HIGH : Confidence.MEDIUM,
                "Marks " + item.markingState().toLowerCase(Locale.ROOT).replace('_', ' ') + " on an item " + embargo.how()
                        + " under the embargo on " + version.regimeName() + ": a sign of concealed origin.",
                facts(seizure, item)));
    }

    /**
     * One finding per supply chain the seizure's items are in, where this seizure or a linked one is under an embargo:
     * on the first of the seizure's items in the chain, citing the version in force on this seizure's date (so never
     * a resolution adopted after it), naming the linked seizures.
     */
    private static void commonSupplyChains(SeizureFacts seizure, Map<UUID, VersionInForce> embargoOfItem, SupplyLinks links,
            RegimeBook book, List<RaisedFinding> findings) {
        Map<UUID, List<SeizureFacts.Item>> itemsOfChain = new LinkedHashMap<>();
        for (SeizureFacts.Item item : seizure.items()) {
            UUID chain = links.chainOfItem().get(item.id());
            if (chain != null && links.of(item.id()).stream().anyMatch(other -> !other.seizureId().equals(seizure.id()))) {
                itemsOfChain.computeIfAbsent(chain, c -> new ArrayList<>()).add(item);
            }
        }
        itemsOfChain.forEach((chain, items) -> supplyChain(seizure, chain, items, embargoOfItem, links, book)
                .ifPresent(findings::add));
    }

    private record Link(SeizureFacts.Item item, RelatedItem other) {

        String how() {
            return other.link() == RelatedItem.Link.SAME_LOT ? "same " + other.detail()
                    : "serial " + item.serialNumber() + " is close to serial " + other.detail();
        }
    }

    private static Optional<RaisedFinding> supplyChain(SeizureFacts seizure, UUID chain, List<SeizureFacts.Item> items,
            Map<UUID, VersionInForce> embargoOfItem, SupplyLinks links, RegimeBook book) {
        List<Link> found = items.stream().flatMap(item -> links.of(item.id()).stream()
                .filter(other -> !other.seizureId().equals(seizure.id())).map(other -> new Link(item, other))).toList();
        Optional<VersionInForce> embargo = found.stream().map(Link::other).filter(RelatedItem::underEmbargo)
                .flatMap(other -> book.inForce(other.embargoRegime(), seizure.date()).filter(VersionInForce::isEmbargo).stream())
                .findFirst()
                .or(() -> items.stream().map(item -> embargoOfItem.get(item.id())).filter(Objects::nonNull).findFirst());
        if (embargo.isEmpty()) {
            return Optional.empty();
        }
        VersionInForce version = embargo.get();
        Map<UUID, RelatedItem> otherSeizures = new LinkedHashMap<>();
        found.stream().map(Link::other).sorted(Comparator.comparing(RelatedItem::seizedOn).thenComparing(RelatedItem::seizureReference))
                .forEach(other -> otherSeizures.putIfAbsent(other.seizureId(), other));
        long otherItems = found.stream().map(link -> link.other().itemId()).distinct().count();
        boolean sameLot = found.stream().anyMatch(link -> link.other().link() == RelatedItem.Link.SAME_LOT);
        List<String> how = found.stream().map(Link::how).distinct().toList();
        List<String> named = otherSeizures.values().stream().limit(SEIZURES_NAMED).map(ComplianceRules::named).toList();
        String more = otherSeizures.size() > SEIZURES_NAMED ? " and " + (otherSeizures.size() - SEIZURES_NAMED) + " more" : "";
        String explanation = capitalised(String.join("; ", how.subList(0, Math.min(how.size(), 3)))) + (how.size() > 3 ? "; ..." : "")
                + ": linked to " + plural(otherItems, "item") + " of " + plural(otherSeizures.size(), "other seizure") + ", "
                + String.join(", ", named) + more + ", under the embargo on " + version.regimeCode()
                + ": a possible common supply chain (supply chain " + chain.toString().substring(0, 8) + ").";
        Map<String, Object> facts = facts(seizure, items.get(0));
        facts.put("supplyChain", chain.toString());
        facts.put("items", items.stream().map(SeizureFacts.Item::position).toList());
        facts.put("link", sameLot ? RelatedItem.Link.SAME_LOT.name() : RelatedItem.Link.CLOSE_SERIALS.name());
        facts.put("linkedItems", otherItems);
        facts.put("otherSeizures", otherSeizures.values().stream().limit(SEIZURES_IN_FACTS).map(other -> Map.of(
                "seizure", other.seizureReference(), "country", other.countryCode(), "seizedOn", other.seizedOn().toString())).toList());
        facts.put("otherCountries", otherSeizures.values().stream().map(RelatedItem::countryCode).distinct().sorted().toList());
        return Optional.of(new RaisedFinding(items.get(0).id(), Rule.COMMON_SUPPLY_CHAIN, version.regimeCode(), version.versionId(),
                version.setBy(), chain.toString(), sameLot ? Confidence.MEDIUM : Confidence.LOW, explanation, facts));
    }

    /** How a finding names another seizure; {@link FindingView#within} hides it from callers outside its scope. */
    static String named(RelatedItem other) {
        return named(other.seizureReference(), other.countryCode(), other.seizedOn().toString());
    }

    static String named(String reference, String country, String seizedOn) {
        return reference + " (" + country + ", " + seizedOn + ")";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Confidence confidence(PartyMatch match) {
        if (match.listing() == DesignatedParty.Listing.MAYBE_DELISTED) {
            return Confidence.LOW;
        }
        return match.score() >= 0.97 ? Confidence.HIGH : match.score() >= 0.9 ? Confidence.MEDIUM : Confidence.LOW;
    }

    private static Map<String, Object> facts(SeizureFacts seizure, SeizureFacts.Item item) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("seizure", seizure.reference());
        facts.put("seizureDate", seizure.date().toString());
        facts.put("countryCode", seizure.countryCode());
        if (seizure.adminArea() != null) {
            facts.put("adminArea", seizure.adminArea());
        }
        if (seizure.possessor() != null) {
            facts.put("possessorKind", seizure.possessor().kind());
            if (seizure.possessor().description() != null) {
                facts.put("possessor", seizure.possessor().description());
            }
        }
        facts.put("item", item.position());
        facts.put("category", item.category());
        putIfPresent(facts, "make", item.make());
        putIfPresent(facts, "model", item.model());
        putIfPresent(facts, "serialNumber", item.serialNumber());
        putIfPresent(facts, "lotNumber", item.lotNumber());
        putIfPresent(facts, "markingState", item.markingState());
        return facts;
    }

    private static void putIfPresent(Map<String, Object> facts, String key, Object value) {
        if (value != null) {
            facts.put(key, value);
        }
    }
}
