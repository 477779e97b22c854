package org.embargomonitor.platform.pipeline;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a consumer waits for a dependency that does not answer; says which, and since when. */
@Readiness
@ApplicationScoped
public class PipelineReadiness implements HealthCheck {

    private final ConsumerGuard guard;

    PipelineReadiness(ConsumerGuard guard) {
        this.guard = guard;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event consumers").up();
        guard.snapshots().values().forEach(channel -> {
            if (channel.waitingFor() != null) {
                response.down().withData(channel.channel(), "paused: " + channel.waitingFor() + " has not answered since "
                        + channel.waitingSince());
            } else {
                response.withData(channel.channel(), channel.processed() + " processed, " + channel.deadLettered() + " dead-lettered");
            }
        });
        return response.build();
    }
}
