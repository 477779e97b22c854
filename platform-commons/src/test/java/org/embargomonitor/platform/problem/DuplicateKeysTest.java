package org.embargomonitor.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    /** Shaped as the PostgreSQL clients' exceptions are: a SQLSTATE and a detail naming the key. */
    public static final class DatabaseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String sqlState;
        private final String detail;

        DatabaseFailure(String sqlState, String detail) {
            super("duplicate key value violates unique constraint");
            this.sqlState = sqlState;
            this.detail = detail;
        }

        public String getSqlState() {
            return sqlState;
        }

        public String getDetail() {
            return detail;
        }
    }

    @Test
    void shouldNameTheKeysFieldsWithoutTheirValuesThroughWrappingExceptions() {
        Throwable failure = new CompletionException(new IllegalStateException("commit failed",
                new DatabaseFailure("23505", "Key (operation, reference_number)=(MINUSCA, =HYPERLINK(1)) already exists.")));

        assertThat(DuplicateKeys.columnsOf(failure)).containsExactly("operation", "referenceNumber");
    }

    @Test
    void shouldNotTakeOtherDatabaseFailuresForDuplicates() {
        assertThat(DuplicateKeys.columnsOf(new DatabaseFailure("40001", "could not serialize access"))).isNull();
        assertThat(DuplicateKeys.columnsOf(new IllegalStateException("no database at all"))).isNull();
    }

    @Test
    void shouldNameTheBodyWhenTheDetailIsMissing() {
        assertThat(DuplicateKeys.columnsOf(new DatabaseFailure("23505", null))).containsExactly("body");
    }
}
