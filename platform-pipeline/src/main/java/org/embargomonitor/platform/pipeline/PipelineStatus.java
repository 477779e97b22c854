package org.embargomonitor.platform.pipeline;

import java.time.Instant;
import java.util.List;

/** How each consumer of a service stands: how far behind, what it waits for, what it dead-lettered. */
public record PipelineStatus(String service, List<Channel> channels) {

    /**
     * One consumer: {@code lag} is the number of messages on its topic it has not yet committed (null when Kafka
     * did not answer); {@code deadLetters} those on its dead-letter topic, {@code replayable} those not replayed yet.
     */
    public record Channel(String channel, String topic, String groupId, String deadLetterTopic, Long lag, Long deadLetters,
            Long replayable, long processedSinceStart, long deadLetteredSinceStart, String waitingFor, Instant waitingSince,
            String lastFailure) {
    }
}
