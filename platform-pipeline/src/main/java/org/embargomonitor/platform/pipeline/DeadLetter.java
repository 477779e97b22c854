package org.embargomonitor.platform.pipeline;

import java.time.Instant;

/** A message a consumer gave up on, with the reason it gave and where the message came from. */
public record DeadLetter(String channel, int partition, long offset, Instant deadLetteredAt, String key, String reason,
        String cause, String originalTopic, Integer originalPartition, Long originalOffset, boolean replayed, String payload) {
}
