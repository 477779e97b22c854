package org.embargomonitor.platform.jobs;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** A test kind run one at a time: each job waits for a permit the test gives; it notes how many ran at once at most. */
@ApplicationScoped
public class AloneKind implements JobKind {

    static final String NAME = "alone";
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    static final Semaphore PERMITS = new Semaphore(0);

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
            if (!PERMITS.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no permit given");
            }
            job.progressed(1, "1");
        } finally {
            RUNNING.decrementAndGet();
        }
    }
}
