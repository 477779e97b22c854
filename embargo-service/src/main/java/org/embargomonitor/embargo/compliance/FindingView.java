package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.platform.security.ReadScope;

/** A finding as the API and the finding events show it. */
@Schema(name = "Finding")
public record FindingView(
        UUID id,
        UUID seizureId,
        String seizureReference,
        UUID itemId,
        String operation,
        String countryCode,
        LocalDate seizureDate,
        Rule rule,
        String regimeCode,
        UUID regimeVersionId,
        @Schema(description = "Resolution symbol and paragraph", examples = "S/RES/2127 (2013), para. 54") String citation,
        @Schema(description = "A party reference, group:<name>, or the id of a supply chain") String subject,
        Confidence confidence,
        String explanation,
        @Schema(description = "The facts of the record that triggered the rule") Map<String, Object> facts,
        FindingStatus status,
        @Schema(description = "'confirmed violation' only once an expert confirmed it") String label,
        int version,
        OffsetDateTime raisedAt,
        OffsetDateTime updatedAt,
        List<DecisionView> decisions) {

    @Schema(name = "FindingDecision")
    public record DecisionView(FindingDecision.Decision decision, String reason, String decidedBy, OffsetDateTime decidedAt) {

        static DecisionView of(FindingDecision d) {
            return new DecisionView(d.decision, d.reason, d.decidedBy, d.decidedAt);
        }
    }

    static FindingView of(Finding f, List<FindingDecision> decisions) {
        return new FindingView(f.id, f.seizureId, f.seizureReference, f.itemId, f.operation, f.countryCode, f.seizureDate, f.rule,
                f.regimeCode, f.regimeVersionId, f.citation, f.subject, f.confidence, f.explanation, f.facts, f.status, labelOf(f.status),
                f.version, f.raisedAt, f.updatedAt, decisions.stream().map(DecisionView::of).toList());
    }

    /** Facts by which findings raised before supply chains named the one other record they linked to. */
    private static final List<String> FORMER_LINK_FACTS = List.of("otherItem", "otherSeizure", "otherSeizedOn", "otherCountry");

    /**
     * This finding as a caller with this scope may see it: a link to a record outside the scope shows that the link
     * exists (the lot or serial, the other record's country) without naming the record. Findings raised before supply
     * chains, which named one other record (and its item as the subject), are shown the same way.
     */
    @SuppressWarnings("unchecked")
    public FindingView within(ReadScope scope) {
        if (rule != Rule.COMMON_SUPPLY_CHAIN || scope.everything() || facts == null) {
            return this;
        }
        boolean former = !facts.containsKey("otherSeizures") && facts.get("otherCountry") != null;
        Object others = former ? List.of(Map.of("seizure", String.valueOf(facts.get("otherSeizure")), "country", facts.get("otherCountry"),
                "seizedOn", String.valueOf(facts.get("otherSeizedOn")))) : facts.get("otherSeizures");
        if (!(others instanceof List<?>)) {
            return this;
        }
        String unnamed = explanation;
        boolean hidden = false;
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Map<String, Object> other : (List<Map<String, Object>>) others) {
            Object country = other.get("country");
            if (scope.countries().contains(country)) {
                shown.add(other);
            } else {
                hidden = true;
                unnamed = unnamed.replace(ComplianceRules.named(String.valueOf(other.get("seizure")), String.valueOf(country),
                        String.valueOf(other.get("seizedOn"))), "a seizure outside your scope (" + country + ")");
                shown.add(Map.of("country", country, "seizure", "outside your scope"));
            }
        }
        Map<String, Object> kept = new LinkedHashMap<>(facts);
        if (former) {
            FORMER_LINK_FACTS.forEach(kept::remove);
        }
        kept.put("otherSeizures", List.copyOf(shown));
        return new FindingView(id, seizureId, seizureReference, itemId, operation, countryCode, seizureDate, rule, regimeCode,
                regimeVersionId, citation, former && hidden ? null : subject, confidence, unnamed, Map.copyOf(kept), status, label, version,
                raisedAt, updatedAt, decisions);
    }

    private static String labelOf(FindingStatus status) {
        return switch (status) {
            case OPEN -> "possible breach, not reviewed";
            case CONFIRMED -> "confirmed violation";
            case DISMISSED -> "dismissed by an expert";
            case WITHDRAWN -> "withdrawn: the record no longer raises it";
        };
    }
}
