package org.embargomonitor.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Clients that repeat one request for a time, all together at most at a given rate, as the load benchmarks send them. */
public final class PacedClients {

    /** One request; answers whether it succeeded (a seizure stored). */
    @FunctionalInterface
    public interface Request {
        boolean send() throws Exception;
    }

    private PacedClients() {
    }

    /**
     * Sends the request from {@code clients} threads for the time given, at most {@code perSecond} in all
     * ({@link Double#MAX_VALUE}: as fast as answers come); answers the successes per second reached. A request that
     * throws counts as failed (told on standard error) and its client goes on: before, it ended the client's thread
     * silently, and a run could measure one client where it asked for eight.
     */
    public static double run(int clients, Duration time, double perSecond, Request request) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        long end = start + time.toNanos();
        long gapNanos = perSecond == Double.MAX_VALUE ? 0 : (long) (1e9 * clients / perSecond);
        for (int c = 0; c < clients; c++) {
            threads.submit(() -> {
                long due = System.nanoTime();
                while (System.nanoTime() < end) {
                    try {
                        if (request.send()) {
                            succeeded.incrementAndGet();
                        }
                    } catch (Exception e) {
                        // a failed exchange (a reset, a time-out) counts as a failure; the client goes on, as a field client retries
                        if (failed.getAndIncrement() == 0) {
                            firstFailure.set(e.toString());
                        }
                    }
                    due += gapNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                return null;
            });
        }
        threads.shutdown();
        threads.awaitTermination(time.toSeconds() + 120, TimeUnit.SECONDS);
        if (failed.get() > 0) {
            System.err.printf("%d exchanges failed; the first: %s%n", failed.get(), firstFailure.get());
        }
        return succeeded.get() / ((System.nanoTime() - start) / 1e9);
    }
}
