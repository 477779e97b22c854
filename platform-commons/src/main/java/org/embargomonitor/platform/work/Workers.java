package org.embargomonitor.platform.work;

import java.util.concurrent.Callable;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Moves CPU work (matching, parsing, documents, spreadsheets, hashing) off the Vert.x event loop: the work runs on
 * a worker thread and the result comes back on the caller's Vert.x context, where a reactive session or
 * transaction goes on as before.
 */
public final class Workers {

    private Workers() {
    }

    /** Runs the work on a worker thread; lazy: nothing runs until the answer is subscribed to. */
    public static <T> Uni<T> run(Callable<T> work) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            if (context == null) {
                return Uni.createFrom().item(() -> call(work)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
            }
            return Uni.createFrom().completionStage(context.executeBlocking(work, false).toCompletionStage());
        });
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
