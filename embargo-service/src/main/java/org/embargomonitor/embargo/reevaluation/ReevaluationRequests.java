package org.embargomonitor.embargo.reevaluation;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.jobs.Job;
import org.embargomonitor.platform.jobs.JobRunner;
import org.embargomonitor.platform.jobs.Jobs;

import io.smallrye.mutiny.Uni;

/**
 * Asks for every stored record to be evaluated again, from wherever what the checks apply changed (a regime, its
 * versions and errata, the Consolidated List): a background job the compliance checks run (Reevaluations), one at a
 * time. Kept apart so that the regimes and the list need not know the checks, which read them.
 */
@ApplicationScoped
public class ReevaluationRequests {

    /** The kind of the re-evaluation jobs. */
    public static final String KIND = "reevaluation";

    private final Jobs jobs;
    private final JobRunner runner;

    ReevaluationRequests(Jobs jobs, JobRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    /** Queues a re-evaluation within the caller's transaction; it starts once those before it are done. Answers the queued job. */
    public Uni<Job> request(String reason, String requestedBy) {
        return jobs.queue(KIND, reason, requestedBy, null).invoke(runner::wake);
    }
}
