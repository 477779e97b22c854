package org.embargomonitor.platform.work;

import java.util.function.Supplier;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Work run on a Vert.x context of its own, so that it has a database session (and transaction) of its own: several
 * pieces started together run at once, each on a connection of its own, instead of one after another on one. The
 * outcome is handed back on the context that asked for it.
 */
public final class OwnContexts {

    private OwnContexts() {
    }

    public static <T> Uni<T> run(Vertx vertx, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context asking = Vertx.currentContext();
            Context own = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(own, true);
            own.runOnContext(ignored -> work.get().subscribe().with(
                    item -> on(asking, () -> emitter.complete(item)),
                    failure -> on(asking, () -> emitter.fail(failure))));
        });
    }

    /** Back on an event loop's context; a worker may be waiting for the answer on its own, so it is answered where it is. */
    private static void on(Context context, Runnable answer) {
        if (context == null || !context.isEventLoopContext() || context == Vertx.currentContext()) {
            answer.run();
        } else {
            context.runOnContext(ignored -> answer.run());
        }
    }
}
