package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "A party reference, group:<name>, or another item's id") String subject,
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

    private static String labelOf(FindingStatus status) {
        return switch (status) {
            case OPEN -> "possible breach, not reviewed";
            case CONFIRMED -> "confirmed violation";
            case DISMISSED -> "dismissed by an expert";
            case WITHDRAWN -> "withdrawn: the record no longer raises it";
        };
    }
}
