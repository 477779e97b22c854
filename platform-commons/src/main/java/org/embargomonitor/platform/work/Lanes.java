package org.embargomonitor.platform.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed number of threads for a background job's steps that wait on the database far more than on the processor
 * (a seizure recorded, a record checked again): each step runs on a lane of its own, so several are under way at once.
 */
public final class Lanes implements AutoCloseable {

    /** One step of a job, which may block. */
    @FunctionalInterface
    public interface Step<I, R> {
        R apply(I item) throws Throwable;
    }

    private final ExecutorService threads;

    public Lanes(String name, int count) {
        this.threads = Executors.newFixedThreadPool(count, Thread.ofPlatform().name(name + "-", 1).factory());
    }

    /**
     * Runs the step for each item, as many at once as there are lanes; answers the results in the items' order, or
     * throws the failure of the first item that failed, as the step threw it.
     */
    public <I, R> List<R> each(List<I> items, Step<I, R> step) throws Throwable {
        List<Future<R>> running = new ArrayList<>(items.size());
        for (I item : items) {
            running.add(threads.submit(() -> {
                try {
                    return step.apply(item);
                } catch (Throwable failure) {
                    throw new CompletionException(failure);
                }
            }));
        }
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> result : running) {
            try {
                results.add(result.get());
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof CompletionException wrapped ? wrapped.getCause() : failed.getCause();
            }
        }
        return results;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
