package org.embargomonitor.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

class OwnContextsTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void shouldRunEachPieceOnAContextOfItsOwnAndAnswerOnTheContextThatAsked() throws Exception {
        Context asking = vertx.getOrCreateContext();
        CompletableFuture<List<Context>> seen = new CompletableFuture<>();

        asking.runOnContext(ignored -> Uni.combine().all()
                .unis(OwnContexts.run(vertx, () -> Uni.createFrom().item(Vertx.currentContext())),
                        OwnContexts.run(vertx, () -> Uni.createFrom().item(Vertx.currentContext())))
                .with((first, second) -> List.of(first, second, Vertx.currentContext()))
                .subscribe().with(seen::complete, seen::completeExceptionally));

        List<Context> contexts = seen.get(10, TimeUnit.SECONDS);
        assertThat(contexts.get(0)).isNotSameAs(asking).isNotSameAs(contexts.get(1));
        assertThat(contexts.get(1)).isNotSameAs(asking);
        assertThat(contexts.get(2)).isSameAs(asking);
    }

    @Test
    void shouldHandAFailureBackAsItWas() throws Exception {
        IllegalStateException failure = new IllegalStateException("the database went away");
        CompletableFuture<Throwable> seen = new CompletableFuture<>();

        vertx.getOrCreateContext().runOnContext(ignored -> OwnContexts.run(vertx, () -> Uni.createFrom().failure(failure))
                .subscribe().with(item -> seen.complete(null), seen::complete));

        assertThat(seen.get(10, TimeUnit.SECONDS)).isSameAs(failure);
    }

    @Test
    void shouldAnswerACallerOutsideAnyContextWhereItWaits() {
        String answer = OwnContexts.run(vertx, () -> Uni.createFrom().item("answered")).await().atMost(Duration.ofSeconds(10));

        assertThat(answer).isEqualTo("answered");
    }
}
