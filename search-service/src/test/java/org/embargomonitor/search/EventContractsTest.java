package org.embargomonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.embargomonitor.search.evidence.EventEvidence;
import org.embargomonitor.search.findings.EventFinding;
import org.embargomonitor.search.indexing.EventSeizure;
import org.embargomonitor.testing.EventContract;
import org.junit.jupiter.api.Test;

/** The indexers read the other services' events only through fields the events' schemas (docs/events) declare, with types that hold them. */
class EventContractsTest {

    @Test
    void shouldReadSeizureEventsThroughDeclaredFieldsOnly() {
        assertThat(EventContract.of("seizure-event").unreadableBy(EventSeizure.class, "seizure", Set.of())).isEmpty();
    }

    @Test
    void shouldReadFindingEventsThroughDeclaredFieldsOnly() {
        assertThat(EventContract.of("finding-event").unreadableBy(EventFinding.class, "finding", Set.of())).isEmpty();
    }

    @Test
    void shouldReadEvidenceEventsThroughDeclaredFieldsOnly() {
        assertThat(EventContract.of("evidence-event").unreadableBy(EventEvidence.class, "evidence", Set.of())).isEmpty();
    }
}
