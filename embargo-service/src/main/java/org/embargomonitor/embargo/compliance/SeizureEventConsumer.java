package org.embargomonitor.embargo.compliance;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Reads the seizure service's events (topic {@code seizures}) and evaluates each seizure as it stands after the
 * change. The offset is committed once the findings are stored; a redelivered event changes nothing.
 */
@ApplicationScoped
public class SeizureEventConsumer {

    static final String CHANNEL = "seizure-events";
    private static final int SCHEMA_VERSION = 1;
    private static final Logger LOG = Logger.getLogger(SeizureEventConsumer.class);

    private final ComplianceService compliance;
    private final ObjectMapper json;

    SeizureEventConsumer(ComplianceService compliance, ObjectMapper json) {
        this.compliance = compliance;
        this.json = json;
    }

    /** The part of a seizure event the checks read. */
    record SeizureEventMessage(int schemaVersion, UUID eventId, String type, SeizureFacts seizure) {
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(String payload) {
        SeizureEventMessage event;
        try {
            event = json.readValue(payload, SeizureEventMessage.class);
        } catch (JsonProcessingException e) {
            LOG.errorf("Skipped a seizure event that is not readable JSON: %s", e.getOriginalMessage());
            return Uni.createFrom().voidItem();
        }
        if (event.schemaVersion() != SCHEMA_VERSION || event.seizure() == null || event.seizure().occurredAt() == null) {
            LOG.errorf("Skipped seizure event %s of schema version %d", event.eventId(), event.schemaVersion());
            return Uni.createFrom().voidItem();
        }
        return compliance.receive(event.seizure())
                .onFailure().invoke(failure -> LOG.warnf(failure, "Seizure %s v%d not evaluated yet, will retry: %s",
                        event.seizure().reference(), event.seizure().version(), failure.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(8)
                .invoke(raised -> LOG.debugf("Seizure %s v%d evaluated: %d findings raised", event.seizure().reference(),
                        event.seizure().version(), raised))
                .replaceWithVoid();
    }
}
