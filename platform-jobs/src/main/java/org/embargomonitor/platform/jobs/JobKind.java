package org.embargomonitor.platform.jobs;

/**
 * One kind of background job: a bean the {@link JobRunner} of its service finds and runs jobs of that kind with, on
 * a thread of its own where blocking is allowed. A run may be a resumption: it goes on from {@link RunningJob#checkpoint()}
 * and must not repeat what a checkpoint says is done twice in a way that changes the outcome.
 */
public interface JobKind {

    /** The name stored with each job: lower case words joined by hyphens. */
    String name();

    /** Whether one job of this kind at most runs at a time, across every replica (the others wait their turn). */
    default boolean oneAtATime() {
        return false;
    }

    /** Runs the job to its end; what it throws fails the job (a {@link RunningJob.LostLease} only stops this run). */
    void run(RunningJob job) throws Throwable;
}
