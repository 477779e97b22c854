package org.embargomonitor.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import io.smallrye.mutiny.Uni;

/** Turns a call of the asynchronous OpenSearch client into a lazy Uni. */
public final class Calls {

    private Calls() {
    }

    @FunctionalInterface
    public interface Call<T> {
        CompletableFuture<T> start() throws IOException;
    }

    public static <T> Uni<T> uni(Call<T> call) {
        return Uni.createFrom().deferred(() -> {
            try {
                return Uni.createFrom().completionStage(call.start());
            } catch (IOException e) {
                return Uni.createFrom().failure(new UncheckedIOException(e));
            }
        });
    }
}
