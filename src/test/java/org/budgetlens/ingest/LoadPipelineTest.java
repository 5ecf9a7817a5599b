package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Chunk loads overlap the parsing of the next chunk, but never each other, and a failure is never lost. */
class LoadPipelineTest {

    @Test
    void loadsRunOneAtATimeInTheOrderSubmitted() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        try (LoadPipeline loads = new LoadPipeline()) {
            for (int i = 1; i <= 5; i++) {
                int chunk = i;
                loads.submit(() -> {
                    Thread.sleep(5);
                    order.add(chunk);
                });
            }
            loads.await();
        }
        assertThat(order).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void submitReturnsWhileTheLoadRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (LoadPipeline loads = new LoadPipeline()) {
            loads.submit(() -> release.await(10, TimeUnit.SECONDS));
            release.countDown();
            loads.await();
        }
    }

    @Test
    void aFailedLoadIsThrownByTheNextSubmitAndTheNextLoadDoesNotRun() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (LoadPipeline loads = new LoadPipeline()) {
            loads.submit(() -> {
                throw new SQLException("disk full");
            });
            assertThatThrownBy(() -> loads.submit(() -> ran.add("second"))).isInstanceOf(SQLException.class)
                    .hasMessage("disk full");
            loads.await();
        }
        assertThat(ran).isEmpty();
    }

    @Test
    void aFailedLastLoadIsThrownByAwait() throws Exception {
        try (LoadPipeline loads = new LoadPipeline()) {
            loads.submit(() -> {
                throw new IllegalStateException("broken chunk");
            });
            assertThatThrownBy(loads::await).isInstanceOf(IllegalStateException.class).hasMessage("broken chunk");
        }
    }

    @Test
    void anInterruptedWaitLeavesTheLoadPendingAndTheUninterruptibleWaitReportsItsFailure() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (LoadPipeline loads = new LoadPipeline()) {
            loads.submit(() -> {
                started.countDown();
                release.await(10, TimeUnit.SECONDS);
                throw new SQLException("late failure");
            });
            started.await(10, TimeUnit.SECONDS);
            Thread.currentThread().interrupt();
            assertThatThrownBy(loads::await).isInstanceOf(InterruptedException.class);
            Thread.currentThread().interrupt();
            new Thread(() -> {
                sleepQuietly(50);
                release.countDown();
            }).start();
            Exception failure = loads.awaitUninterruptibly();
            assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
            assertThat(failure).isInstanceOf(SQLException.class).hasMessage("late failure");
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
