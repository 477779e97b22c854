package org.embargomonitor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PacedClientsTest {

    @Test
    void shouldKeepAClientSendingAfterAnExchangeFails() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        double rate = PacedClients.run(2, Duration.ofMillis(300), Double.MAX_VALUE, () -> {
            if (calls.getAndIncrement() < 2) {
                throw new IOException("connection reset");
            }
            return true;
        });

        assertThat(rate).as("each client's first exchange failed; the clients went on").isPositive();
        assertThat(calls.get()).isGreaterThan(2);
    }
}
