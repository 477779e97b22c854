package org.embargomonitor.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class UnavailableDependencyTest {

    /** Named as the Vert.x SQL client's exception for a connection the database closed. */
    static final class ClosedConnectionException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void shouldTakeARefusedConnectionHoweverWrappedForAnUnavailableDependency() {
        Throwable wrapped = new CompletionException(new IllegalStateException("pool", new ConnectException("Connection refused")));

        assertThat(UnavailableDependency.isUnavailable(wrapped)).isTrue();
    }

    @Test
    void shouldTakeAClosedDatabaseConnectionForAnUnavailableDependency() {
        assertThat(UnavailableDependency.isUnavailable(new RuntimeException(new ClosedConnectionException()))).isTrue();
    }

    @Test
    void shouldNotTakeAFaultInTheCodeForAnUnavailableDependency() {
        assertThat(UnavailableDependency.isUnavailable(new NullPointerException("item"))).isFalse();
        assertThat(UnavailableDependency.isUnavailable(new IllegalStateException("broken", new IllegalArgumentException()))).isFalse();
    }
}
