package org.embargomonitor.embargo.compliance;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/**
 * The check of a batch of seizure events, attempted a bounded number of times: each attempt has a time limit, and a failed
 * one is tried again after a growing pause. Each attempt is a transaction of its own.
 */
@ApplicationScoped
public class SeizureChecks {

    private final ComplianceService compliance;

    SeizureChecks(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 4, delay = 500, jitter = 200)
    @ExponentialBackoff(maxDelay = 10_000)
    public Uni<Integer> check(List<SeizureFacts> seizures, Map<UUID, String> traceParents) {
        return compliance.receive(seizures, traceParents);
    }
}
