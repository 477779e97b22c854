package org.embargomonitor.embargo.compliance;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.embargomonitor.embargo.pipeline.Database;
import org.embargomonitor.platform.pipeline.ConsumerGuard;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Reads the seizure service's events (topic {@code seizures}) and evaluates each seizure as it stands after the
 * change. The offset is committed once the findings are stored; a redelivered event changes nothing. An event
 * that cannot be read, or whose check fails every attempt while the database answers, goes to the dead-letter
 * topic with the reason; while the database does not answer, consuming pauses.
 */
@ApplicationScoped
public class SeizureEventConsumer {

    static final String CHANNEL = "seizure-events";
    private static final int SCHEMA_VERSION = 1;
    private static final Logger LOG = Logger.getLogger(SeizureEventConsumer.class);

    private final SeizureChecks checks;
    private final ConsumerGuard guard;
    private final Database database;
    private final ObjectMapper json;

    SeizureEventConsumer(SeizureChecks checks, ConsumerGuard guard, Database database, ObjectMapper json) {
        this.checks = checks;
        this.guard = guard;
        this.database = database;
        this.json = json;
    }

    /** The part of a seizure event the checks read. */
    record SeizureEventMessage(int schemaVersion, UUID eventId, String type, SeizureFacts seizure) {
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(String payload) {
        return guard.process(CHANNEL, database, () -> {
            SeizureFacts seizure = read(payload);
            return checks.check(seizure)
                    .invoke(raised -> LOG.debugf("Seizure %s v%d evaluated: %d findings raised", seizure.reference(),
                            seizure.version(), raised))
                    .onFailure().transform(failure -> new IllegalStateException("Seizure " + seizure.reference() + " v"
                            + seizure.version() + " could not be checked: " + failure.getMessage(), failure));
        }).replaceWithVoid();
    }

    private SeizureFacts read(String payload) {
        SeizureEventMessage event;
        try {
            event = json.readValue(payload, SeizureEventMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a readable seizure event: " + e.getOriginalMessage());
        }
        if (event.schemaVersion() != SCHEMA_VERSION || event.seizure() == null || event.seizure().occurredAt() == null) {
            throw new IllegalArgumentException("Seizure event " + event.eventId() + " of schema version " + event.schemaVersion()
                    + " without a seizure and its date: this service reads version " + SCHEMA_VERSION);
        }
        return event.seizure();
    }
}
