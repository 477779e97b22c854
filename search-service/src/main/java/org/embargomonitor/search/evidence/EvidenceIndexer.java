package org.embargomonitor.search.evidence;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.embargomonitor.platform.pipeline.ConsumerGuard;
import org.embargomonitor.search.events.EventReader;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Indexes evidence events: fetches the file from the seizure service, extracts its text and indexes it as a
 * document of the seizure's record. Evidence never changes, so a redelivered event whose document is already
 * indexed is not fetched again. Each attempt has a time limit and a few tries (EvidenceAttempts); while the
 * seizure service or OpenSearch does not answer, consuming pauses; an event that still fails while both answer
 * goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class EvidenceIndexer {

    static final String CHANNEL = "evidence-events";

    private final EvidenceAttempts attempts;
    private final ConsumerGuard guard;
    private final EvidenceDependencies dependencies;
    private final ObjectMapper json;

    EvidenceIndexer(EvidenceAttempts attempts, ConsumerGuard guard, EvidenceDependencies dependencies, ObjectMapper json) {
        this.attempts = attempts;
        this.guard = guard;
        this.dependencies = dependencies;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void index(String event) {
        guard.process(CHANNEL, dependencies, () -> attempts.index(EventReader.payload(json, event, "evidence", EventEvidence.class)))
                .await().indefinitely();
    }
}
