package org.embargomonitor.platform.jobs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A test kind: its input says how many steps to take ("6"), or to refuse ("refuse") or to break ("break"); it notes
 * every step it took, and a step waits for a permit when the test holds the job at a step.
 */
@ApplicationScoped
public class StepsKind implements JobKind {

    static final String NAME = "steps";
    static final Map<UUID, List<Integer>> STEPS_TAKEN = new ConcurrentHashMap<>();
    static final Map<UUID, Semaphore> HELD = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(RunningJob job) throws Exception {
        String input = new String(job.input(), StandardCharsets.UTF_8);
        if (input.equals("refuse")) {
            throw new RunningJob.Refused("The file is not a list of steps.");
        }
        if (input.equals("break")) {
            throw new IllegalStateException("broken on purpose");
        }
        int steps = Integer.parseInt(input);
        job.total(steps);
        int from = job.checkpoint().map(Integer::parseInt).orElse(0);
        for (int step = from + 1; step <= steps; step++) {
            Semaphore held = HELD.get(job.id());
            if (held != null && !held.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("held too long");
            }
            STEPS_TAKEN.computeIfAbsent(job.id(), id -> new CopyOnWriteArrayList<>()).add(step);
            job.add("steps", 1);
            job.progressed(step, String.valueOf(step));
        }
    }
}
