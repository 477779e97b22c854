package org.embargomonitor.platform.pipeline;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Runs the work of each consumed message. The work's own attempts are bounded (a time limit per attempt, a few
 * retries with back-off). When they all fail and the dependency does not answer, that is an outage, not the
 * message's fault: the guard waits until the dependency answers again, however long that takes, and starts the
 * work over, so that nothing is dead-lettered or lost in an outage. When the dependency answers, the message
 * itself is at fault: the failure goes on to the connector, which sends the message to the dead-letter topic
 * with the reason, and the partition moves on.
 */
@ApplicationScoped
public class ConsumerGuard {

    private static final Logger LOG = Logger.getLogger(ConsumerGuard.class);

    private final Map<String, ChannelState> channels = new ConcurrentHashMap<>();
    private final PipelineConfig config;
    private final MeterRegistry registry;

    ConsumerGuard(PipelineConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /** What one consumer has done so far, and what it waits for. */
    public record ChannelSnapshot(String channel, long processed, long deadLettered, String waitingFor, Instant waitingSince,
            String lastFailure) {
    }

    /** Runs the work of one message. */
    public <T> Uni<T> process(String channel, Dependency dependency, Supplier<Uni<? extends T>> work) {
        return process(channel, 1, dependency, work);
    }

    /** Runs the work of a batch of messages. */
    public <T> Uni<T> process(String channel, int messages, Dependency dependency, Supplier<Uni<? extends T>> work) {
        return attempt(channel, messages, dependency, work).onFailure().invoke(failure -> {
            state(channel).deadLettered(registry, failure);
            LOG.errorf("%s: a message is sent to the dead-letter topic: %s", channel, failure.getMessage());
        });
    }

    /**
     * Runs the work of a batch of messages, waiting out outages of the dependency as {@link #process} does, but leaves a
     * failure while the dependency answers to the caller: to try the messages one by one, or dead-letter them itself.
     */
    public <T> Uni<T> attempt(String channel, int messages, Dependency dependency, Supplier<Uni<? extends T>> work) {
        ChannelState state = state(channel);
        return Uni.createFrom().<T> deferred(work)
                .invoke(() -> state.processed(registry, messages))
                .onFailure().recoverWithUni(failure -> dependency.answers().onFailure().recoverWithItem(false)
                        .chain(answers -> answers ? Uni.createFrom().<T> failure(failure)
                                : waitFor(state, dependency).chain(() -> attempt(channel, messages, dependency, work))));
    }

    /** Counts a message of the channel sent to the dead-letter topic by the consumer itself. */
    void deadLettered(String channel, String reason) {
        state(channel).deadLettered(registry, new IllegalArgumentException(reason));
    }

    public Map<String, ChannelSnapshot> snapshots() {
        Map<String, ChannelSnapshot> all = new ConcurrentHashMap<>();
        channels.forEach((name, state) -> all.put(name, state.snapshot()));
        return all;
    }

    private Uni<Void> waitFor(ChannelState state, Dependency dependency) {
        if (state.startWaiting(dependency.name())) {
            LOG.warnf("%s: %s does not answer; consuming is paused until it does", state.channel, dependency.name());
        }
        return Uni.createFrom().deferred(dependency::answers).onFailure().recoverWithItem(false)
                .onItem().transformToUni(answers -> answers ? Uni.createFrom().voidItem()
                        : Uni.createFrom().<Void> failure(new DependencyAway(dependency.name())))
                .onFailure(DependencyAway.class).retry().withBackOff(config.outageRecheck(), config.outageRecheck()).indefinitely()
                .invoke(() -> {
                    if (state.stopWaiting()) {
                        LOG.infof("%s: %s answers again; consuming goes on", state.channel, dependency.name());
                    }
                });
    }

    private ChannelState state(String channel) {
        return channels.computeIfAbsent(channel, ChannelState::new);
    }

    private static final class DependencyAway extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DependencyAway(String name) {
            super(name + " does not answer", null, false, false);
        }
    }

    private static final class ChannelState {
        final String channel;
        long processed;
        long deadLettered;
        String waitingFor;
        Instant waitingSince;
        String lastFailure;

        ChannelState(String channel) {
            this.channel = channel;
        }

        synchronized void processed(MeterRegistry registry, int messages) {
            processed += messages;
            registry.counter("pipeline.messages.processed", "channel", channel).increment(messages);
        }

        synchronized void deadLettered(MeterRegistry registry, Throwable failure) {
            deadLettered++;
            lastFailure = failure.getMessage();
            registry.counter("pipeline.messages.dead.lettered", "channel", channel).increment();
        }

        synchronized boolean startWaiting(String dependency) {
            boolean started = waitingFor == null;
            waitingFor = dependency;
            if (started) {
                waitingSince = Instant.now();
            }
            return started;
        }

        synchronized boolean stopWaiting() {
            boolean stopped = waitingFor != null;
            waitingFor = null;
            waitingSince = null;
            return stopped;
        }

        synchronized ChannelSnapshot snapshot() {
            return new ChannelSnapshot(channel, processed, deadLettered, waitingFor, waitingSince, lastFailure);
        }
    }
}
