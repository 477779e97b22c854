package org.embargomonitor.platform.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LanesTest {

    @Test
    void shouldRunStepsSideBySideAndAnswerInTheItemsOrder() throws Throwable {
        CountDownLatch allStarted = new CountDownLatch(3);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Lanes lanes = new Lanes("test", 3)) {
            List<Integer> results = lanes.each(List.of(3, 1, 2), item -> {
                threads.add(Thread.currentThread().getName());
                allStarted.countDown();
                // each waits for the others: run one after the other, they would never all start
                assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();
                return item * 10;
            });

            assertThat(results).containsExactly(30, 10, 20);
            assertThat(threads).hasSize(3).allSatisfy(name -> assertThat(name).startsWith("test-"));
        }
    }

    @Test
    void shouldThrowTheFailureOfTheFirstItemThatFailedAsTheStepThrewIt() {
        try (Lanes lanes = new Lanes("test", 2)) {
            assertThatThrownBy(() -> lanes.each(List.of("a", "b", "c"), item -> {
                if (!item.equals("a")) {
                    throw new IOException("no " + item);
                }
                return item;
            })).isInstanceOf(IOException.class).hasMessage("no b");
        }
    }
}
