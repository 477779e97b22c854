package org.embargomonitor.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
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

    /** Shaped as the Vert.x PostgreSQL client's exception for a server's error. */
    static final class PgException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String sqlState;

        PgException(String message, String sqlState) {
            super(message + " (" + sqlState + ")");
            this.sqlState = sqlState;
        }

        public String getSqlState() {
            return sqlState;
        }
    }

    @Test
    void shouldTakeADatabaseThatIsStartingOrStoppingForAnUnavailableDependency() {
        assertThat(UnavailableDependency.isUnavailable(new CompletionException(
                new PgException("FATAL: the database system is starting up", "57P03")))).isTrue();
        assertThat(UnavailableDependency.isUnavailable(new PgException("FATAL: terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(UnavailableDependency.isUnavailable(new PgException("FATAL: sorry, too many clients already", "53300"))).isTrue();
        assertThat(UnavailableDependency.isUnavailable(new RuntimeException(new SQLException("connection failure", "08006")))).isTrue();
    }

    @Test
    void shouldNotTakeARefusedStatementForAnUnavailableDependency() {
        assertThat(UnavailableDependency.isUnavailable(new PgException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(UnavailableDependency.isUnavailable(new PgException("column \"x\" does not exist", "42703"))).isFalse();
    }

    @Test
    void shouldNotTakeAFaultInTheCodeForAnUnavailableDependency() {
        assertThat(UnavailableDependency.isUnavailable(new NullPointerException("item"))).isFalse();
        assertThat(UnavailableDependency.isUnavailable(new IllegalStateException("broken", new IllegalArgumentException()))).isFalse();
    }
}
