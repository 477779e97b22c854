package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.embargomonitor.embargo.parties.DesignatedParty;
import org.embargomonitor.embargo.parties.NameMatcher;
import org.embargomonitor.embargo.parties.PartyMatch;
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

    private ComplianceRules() {
    }

    /** The findings, and for each item the embargo it fell under (for later supply-chain checks). */
    public record Evaluation(List<RaisedFinding> findings, Map<UUID, VersionInForce> embargoOfItem) {
    }

    /** Why an embargo applies to an item: the version, and the facts that make it apply. */
    private record Applicable(VersionInForce version, String how) {
    }

    public static Evaluation evaluate(SeizureFacts seizure, RegimeBook book, PossessorMatches possessor,
            Map<UUID, List<RelatedItem>> relatedByItem) {
        LocalDate date = seizure.date();
        List<VersionInForce> embargoes = book.embargoesOn(date);
        List<RaisedFinding> findings = new ArrayList<>();
        Map<UUID, VersionInForce> embargoOfItem = new LinkedHashMap<>();
        for (SeizureFacts.Item item : seizure.items()) {
            List<Applicable> applicable = new ArrayList<>();
            for (VersionInForce version : embargoes) {
                if (!version.terms().materiel().covers(item.category())) {
                    continue;
                }
                territory(seizure, item, version, findings, applicable);
                designatedParties(seizure, item, version, possessor.matched(), findings, applicable);
                namedGroups(seizure, item, version, possessor, findings, applicable);
            }
            for (Applicable embargo : distinctRegimes(applicable)) {
                supplyAfterEmbargo(seizure, item, embargo, findings);
                marksObliterated(seizure, item, embargo, findings);
            }
            if (!applicable.isEmpty()) {
                embargoOfItem.put(item.id(), applicable.get(0).version());
            }
            commonSupplyChain(seizure, item, applicable, relatedByItem.getOrDefault(item.id(), List.of()), findings);
        }
        return new Evaluation(List.copyOf(findings), Map.copyOf(embargoOfItem));
    }

    private static void territory(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version,
            List<RaisedFinding> findings, List<Applicable> applicable) {
        RegimeTerms.Territory territory = version.terms().territory();
        if (territory == null || !territory.covers(seizure.countryCode())) {
            return;
        }
        Confidence confidence = Confidence.HIGH;
        String where = seizure.countryCode();
        if (!territory.areas().isEmpty()) {
            String area = territory.areaOf(seizure.adminArea());
            if (area == null && seizure.adminArea() != null) {
                return;
            }
            if (area == null) {
                confidence = Confidence.LOW;
                where += " (the embargo covers only " + String.join(", ", territory.areas()) + "; the record names no area)";
            } else {
                where += ", " + area;
            }
        }
        RegimeTerms.GovernmentForces government = version.terms().governmentForces();
        Map<String, Object> facts = facts(seizure, item);
        facts.put("territory", territory.countries());
        if (seizure.heldByGovernmentForces()) {
            if (government.treatment().needsCommitteeNotice()) {
                applicable.add(new Applicable(version, "delivered to government forces in " + where));
                unnotifiedDelivery(seizure, item, version, findings, facts);
            } else if (government.treatment() == GovernmentTreatment.COVERED && version.terms().kind() == RegimeKind.TERRITORIAL) {
                applicable.add(new Applicable(version, "in " + where));
                findings.add(new RaisedFinding(item.id(), Rule.EMBARGOED_TERRITORY, version.regimeCode(), version.versionId(),
                        territory.citation(), null, confidence,
                        "Held by government forces in " + where + " on " + seizure.date() + ", under a territorial embargo that "
                                + "covers the government (" + government.citation() + ").", facts));
            }
            return;
        }
        if (version.terms().kind() == RegimeKind.TERRITORIAL) {
            applicable.add(new Applicable(version, "in " + where));
            findings.add(new RaisedFinding(item.id(), Rule.EMBARGOED_TERRITORY, version.regimeCode(), version.versionId(),
                    territory.citation(), null, confidence,
                    "Found in " + where + " on " + seizure.date() + ", under the territorial arms embargo on "
                            + version.regimeName() + " in force since " + version.effectiveFrom() + " (" + version.setBy() + ").",
                    facts));
        } else if (version.terms().targets().nonStateArmedGroups() && seizure.heldByArmedGroup()) {
            applicable.add(new Applicable(version, "held by an armed group in " + where));
            facts.put("targets", "non-state armed groups");
            findings.add(new RaisedFinding(item.id(), Rule.EMBARGOED_TERRITORY, version.regimeCode(), version.versionId(),
                    version.terms().targets().citation(), null, confidence == Confidence.HIGH ? Confidence.MEDIUM : confidence,
                    "Held by a non-state armed group in " + where + " on " + seizure.date() + "; the embargo on "
                            + version.regimeName() + " targets such groups (" + version.terms().targets().citation() + ").",
                    facts));
        }
    }

    private static void unnotifiedDelivery(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version,
            List<RaisedFinding> findings, Map<String, Object> facts) {
        if (!seizure.possessor().deliveryNotNotified()) {
            return;
        }
        RegimeTerms.GovernmentForces government = version.terms().governmentForces();
        Map<String, Object> withNotice = new LinkedHashMap<>(facts);
        withNotice.put("committeeNotification", seizure.possessor().committeeNotification());
        withNotice.put("requirement", government.treatment().name());
        findings.add(new RaisedFinding(item.id(), Rule.UNNOTIFIED_GOVERNMENT_DELIVERY, version.regimeCode(), version.versionId(),
                government.citation(), null, Confidence.HIGH,
                "Delivered to government forces in " + seizure.countryCode() + " without the "
                        + (government.treatment() == GovernmentTreatment.APPROVAL ? "prior approval" : "advance notification")
                        + " the regime requires on " + seizure.date() + ": " + government.detail(), withNotice));
    }

    private static void designatedParties(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version,
            List<PartyMatch> matches, List<RaisedFinding> findings, List<Applicable> applicable) {
        if (!version.terms().targets().designatedParties()) {
            return;
        }
        for (PartyMatch match : matches) {
            if (!version.listTypes().contains(match.listType())) {
                continue;
            }
            applicable.add(new Applicable(version, "held by " + match.name() + " (" + match.reference() + ")"));
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
                    version.terms().targets().citation(), match.reference(), confidence(match),
                    "Seized from '" + seizure.possessor().description() + "', which matches " + match.name() + " ("
                            + match.reference() + ", listed " + match.listedOn() + ") by the name '" + match.matchedName()
                            + "' with a score of " + match.score() + ", on " + seizure.date() + "." + listing,
                    facts));
        }
    }

    /** A group the regime names, unless a listed party of the regime matched, or an expert dismissed the match. */
    private static void namedGroups(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce version,
            PossessorMatches possessor, List<RaisedFinding> findings, List<Applicable> applicable) {
        if (seizure.possessor() == null || seizure.possessor().description() == null) {
            return;
        }
        boolean listedPartyFound = findings.stream().anyMatch(f -> f.itemId().equals(item.id()) && f.rule() == Rule.DESIGNATED_PARTY
                && f.regimeCode().equals(version.regimeCode()));
        if (listedPartyFound || possessor.dismissedAnyOf(version.listTypes())) {
            return;
        }
        NameMatcher.Normalised reported = NameMatcher.normalise(seizure.possessor().description());
        for (String group : version.terms().targets().groups()) {
            NameMatcher.Similarity similarity = NameMatcher.compare(reported, NameMatcher.normalise(group));
            if (similarity.score() < NameMatcher.THRESHOLD || possessor.dismissedSubjects().contains(GROUP + group)) {
                continue;
            }
            applicable.add(new Applicable(version, "held by " + group));
            Map<String, Object> facts = facts(seizure, item);
            facts.put("group", group);
            facts.put("matchScore", similarity.score());
            facts.put("matchReasons", similarity.reasons());
            findings.add(new RaisedFinding(item.id(), Rule.DESIGNATED_PARTY, version.regimeCode(), version.versionId(),
                    version.terms().targets().citation(), GROUP + group, similarity.score() >= 0.97 ? Confidence.MEDIUM : Confidence.LOW,
                    "Seized from '" + seizure.possessor().description() + "', which names " + group + ", a group the embargo on "
                            + version.regimeName() + " targets (" + version.terms().targets().citation() + ").",
                    facts));
        }
    }

    private static void supplyAfterEmbargo(SeizureFacts seizure, SeizureFacts.Item item, Applicable embargo,
            List<RaisedFinding> findings) {
        Integer year = item.yearOfManufacture();
        VersionInForce version = embargo.version();
        int startYear = version.regimeStart().getYear();
        if (year == null || year < startYear) {
            return;
        }
        Map<String, Object> facts = facts(seizure, item);
        facts.put("yearOfManufacture", year);
        facts.put("embargoSince", version.regimeStart().toString());
        findings.add(new RaisedFinding(item.id(), Rule.SUPPLY_AFTER_EMBARGO, version.regimeCode(), version.versionId(),
                version.setBy(), null, year > startYear ? Confidence.HIGH : Confidence.LOW,
                "Made in " + year + ", " + (year > startYear ? "after" : "in the year") + " the embargo on " + version.regimeName()
                        + " began (" + version.regimeStart() + "), and " + embargo.how() + ": it reached its holder after the embargo"
                        + (year > startYear ? "." : ", unless made before " + version.regimeStart() + "."),
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

    private static void commonSupplyChain(SeizureFacts seizure, SeizureFacts.Item item, List<Applicable> applicable,
            List<RelatedItem> related, List<RaisedFinding> findings) {
        for (RelatedItem other : related) {
            if (other.seizureId().equals(seizure.id()) || (!other.underEmbargo() && applicable.isEmpty())) {
                continue;
            }
            String regime = other.underEmbargo() ? other.embargoRegime() : applicable.get(0).version().regimeCode();
            UUID versionId = other.underEmbargo() ? other.embargoVersionId() : applicable.get(0).version().versionId();
            String citation = other.underEmbargo() ? other.embargoCitation() : applicable.get(0).version().setBy();
            Map<String, Object> facts = facts(seizure, item);
            facts.put("otherItem", other.itemId().toString());
            facts.put("otherSeizure", other.seizureReference());
            facts.put("otherCountry", other.countryCode());
            facts.put("otherSeizedOn", String.valueOf(other.seizedOn()));
            facts.put("link", other.link().name());
            findings.add(new RaisedFinding(item.id(), Rule.COMMON_SUPPLY_CHAIN, regime, versionId, citation,
                    other.itemId().toString(), other.link() == RelatedItem.Link.SAME_LOT ? Confidence.MEDIUM : Confidence.LOW,
                    (other.link() == RelatedItem.Link.SAME_LOT ? "Same " + other.detail() + " as"
                            : "Serial " + item.serialNumber() + " is close to serial " + other.detail() + " of")
                            + " an item of seizure " + other.seizureReference() + " (" + other.countryCode() + ", "
                            + other.seizedOn() + ") under the embargo on " + regime + ": a possible common supply chain.",
                    facts));
        }
    }

    private static Confidence confidence(PartyMatch match) {
        if (match.listing() == DesignatedParty.Listing.MAYBE_DELISTED) {
            return Confidence.LOW;
        }
        return match.score() >= 0.97 ? Confidence.HIGH : match.score() >= 0.9 ? Confidence.MEDIUM : Confidence.LOW;
    }

    private static List<Applicable> distinctRegimes(List<Applicable> applicable) {
        Map<String, Applicable> byRegime = new LinkedHashMap<>();
        applicable.forEach(a -> byRegime.putIfAbsent(a.version().regimeCode(), a));
        return List.copyOf(byRegime.values());
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
