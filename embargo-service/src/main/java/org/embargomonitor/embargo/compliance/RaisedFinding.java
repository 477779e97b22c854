package org.embargomonitor.embargo.compliance;

import java.util.Map;
import java.util.UUID;

/** What a rule concluded about one item: the rule, the regime version and its citation, the facts, a confidence. */
public record RaisedFinding(
        UUID itemId,
        Rule rule,
        String regimeCode,
        UUID regimeVersionId,
        String citation,
        String subject,
        Confidence confidence,
        String explanation,
        Map<String, Object> facts) {

    /** One finding per item, rule, regime and subject, however often the record is evaluated. */
    public String key(UUID seizureId) {
        return seizureId + "|" + itemId + "|" + rule + "|" + regimeCode + "|" + (subject == null ? "" : subject);
    }
}
