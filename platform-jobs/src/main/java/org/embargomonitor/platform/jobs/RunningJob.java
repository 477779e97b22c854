package org.embargomonitor.platform.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A job as its {@link JobKind} sees it while running it: what was asked, where a resumed run goes on from, and a way to
 * save progress that also tells the kind when to stop.
 */
public final class RunningJob {

    /** Thrown by {@link #progressed} when this replica must stop the run: it is stopping, or another took the job over. */
    public static final class Stop extends RuntimeException {
        public Stop(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Thrown by a kind to fail its job with a reason shown as it is to the person who asked (a file that cannot be read). */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    private final Job job;
    private final JobRunner runner;
    private final Map<String, Long> counts;
    private long done;
    private long total;
    private String checkpoint;

    RunningJob(Job job, JobRunner runner) {
        this.job = job;
        this.runner = runner;
        this.counts = new LinkedHashMap<>(job.counts);
        this.done = job.done;
        this.total = job.total;
        this.checkpoint = job.checkpoint;
    }

    public UUID id() {
        return job.id;
    }

    public String description() {
        return job.description;
    }

    public String submittedBy() {
        return job.submittedBy;
    }

    /** Where the last saved progress left off; empty on a first run. */
    public Optional<String> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    /** True when an earlier run of it stopped with its replica. */
    public boolean resumed() {
        return job.attempts > 1;
    }

    public long done() {
        return done;
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    /** What the job was queued with; null when nothing. Read from the database, so call it once. */
    public byte[] input() {
        return runner.input(job.id);
    }

    /** Sets how much there is to do in all, saved with the next progress. */
    public void total(long total) {
        this.total = total;
    }

    /** Sets a count, saved with the next progress. */
    public void set(String count, long value) {
        counts.put(count, value);
    }

    /** Adds to a count, saved with the next progress. */
    public void add(String count, long amount) {
        counts.merge(count, amount, Long::sum);
    }

    /**
     * Saves how far the job got and where to go on from if it is resumed; throws {@link Stop} when the run must end here.
     * Save only what is committed: a resumed run starts after the checkpoint.
     */
    public void progressed(long done, String checkpoint) {
        this.done = done;
        this.checkpoint = checkpoint;
        runner.progressed(job.id, done, total, checkpoint, Map.copyOf(counts));
    }

    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    long total() {
        return total;
    }
}
