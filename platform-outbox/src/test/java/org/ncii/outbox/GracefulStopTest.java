package org.ncii.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

/** What a rolling update relies on: the stop waits for work under way to end, and no new work starts. */
class GracefulStopTest {

    @Test
    void stopWaitsForWorkUnderWayToCommit() throws Exception {
        GracefulStop stop = new GracefulStop(Duration.ofSeconds(10));
        CompletableFuture<String> commit = new CompletableFuture<>();
        CompletableFuture<String> applied = stop.run(() -> Uni.createFrom().completionStage(commit)).subscribeAsCompletionStage();
        assertThat(stop.inFlight()).isOne();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> stop.onStop(null));
        await("the stop waits while an event is being applied").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> !stopped.isDone());

        commit.complete("committed");
        stopped.get(5, TimeUnit.SECONDS);
        assertThat(applied.get()).isEqualTo("committed");
        assertThat(stop.inFlight()).isZero();
    }

    @Test
    void workOfferedAfterTheStopNeverStartsNorCompletes() {
        GracefulStop stop = new GracefulStop(Duration.ofSeconds(1));
        stop.onStop(null);
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<String> offered = stop.run(() -> {
            started.set(true);
            return Uni.createFrom().item("applied");
        }).subscribeAsCompletionStage();

        assertThat(stop.stopping()).isTrue();
        assertThat(started).as("nothing starts once stopping").isFalse();
        assertThat(offered).as("left unacknowledged for the partition's next owner").isNotDone();
    }

    @Test
    void aScheduledJobDueAfterTheStopIsSkippedAndCompletes() {
        GracefulStop stop = new GracefulStop(Duration.ofSeconds(1));
        stop.onStop(null);
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Void> job = stop.runOrSkip(() -> Uni.createFrom().voidItem().invoke(() -> ran.set(true)))
                .subscribeAsCompletionStage();
        assertThat(job).isCompleted();
        assertThat(ran).isFalse();
    }

    @Test
    void aStopGivesUpOnWorkThatOutlivesTheTimeout() {
        GracefulStop stop = new GracefulStop(Duration.ofMillis(300));
        stop.run(() -> Uni.createFrom().nothing()).subscribe().with(ignored -> { });
        long started = System.nanoTime();
        stop.onStop(null);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
        assertThat(stop.inFlight()).isOne();
    }

    @Test
    void failedWorkStillEndsItsCount() {
        GracefulStop stop = new GracefulStop(Duration.ofSeconds(1));
        CompletableFuture<Object> failed = stop.run(() -> Uni.createFrom().failure(new IllegalStateException("pool closed")))
                .subscribeAsCompletionStage();
        assertThat(failed).isCompletedExceptionally();
        assertThat(stop.inFlight()).isZero();
    }
}
