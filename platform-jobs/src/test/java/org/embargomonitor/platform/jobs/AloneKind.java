package org.embargomonitor.platform.jobs;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** A test kind run one at a time: it notes how many of its jobs ran at once at most. */
@ApplicationScoped
public class AloneKind implements JobKind {

    static final String NAME = "alone";
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean oneAtATime() {
        return true;
    }

    @Override
    public void run(RunningJob job) throws Exception {
        MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            for (int step = 1; step <= 5; step++) {
                Thread.sleep(100);
                job.progressed(step, String.valueOf(step));
            }
        } finally {
            RUNNING.decrementAndGet();
        }
    }
}
