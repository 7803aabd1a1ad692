package org.ncii.notifier.delivery.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;
import org.ncii.notifier.delivery.config.DeliveryConfig;
import org.ncii.notifier.delivery.repository.DeliveryClaims;
import org.ncii.outbox.GracefulStop;

/**
 * The due-attempt worker: claims due messages (several instances can run side by side, see
 * {@link DeliveryClaims}) and starts each attempt on its own Vert.x context without waiting for it, so a partner
 * that hangs delays only its own messages. All its state is in the database: a worker started afresh picks up
 * exactly the messages that are due.
 */
@ApplicationScoped
public class DeliveryWorker {
    /** The scheduler identity; pausing it (ops, tests) stops new attempts, resuming picks up what is due. */
    public static final String JOB = "delivery-worker";
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryClaims claims;
    private final Courier courier;
    private final Scheduler scheduler;
    private final Vertx vertx;
    private final Clock clock;
    private final DeliveryConfig.Worker config;
    private final GracefulStop stop;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** A round had no room for everything due: the next attempt to end wakes the worker. */
    private final AtomicBoolean starved = new AtomicBoolean();

    public DeliveryWorker(DeliveryClaims claims, Courier courier, Scheduler scheduler, Vertx vertx, Clock clock,
                          DeliveryConfig config, GracefulStop stop) {
        this.claims = claims;
        this.courier = courier;
        this.scheduler = scheduler;
        this.vertx = vertx;
        this.clock = clock;
        this.config = config.worker();
        this.stop = stop;
    }

    @Scheduled(identity = JOB, every = "${notifier.delivery.worker.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Claims what is due now unless a claim is running; a wake during one makes it go round again. */
    public void wake() {
        if (scheduler.isPaused(JOB) || stop.stopping()) {
            return;
        }
        wakeRequested.set(true);
        if (running.compareAndSet(false, true)) {
            claimRound();
        }
    }

    private void claimRound() {
        wakeRequested.set(false);
        int room = Math.min(config.batchSize(), config.maxInFlight() - inFlight.get());
        if (room <= 0) {
            starved.set(true);
            running.set(false);
            return;
        }
        Instant now = clock.instant();
        claims.claimDue(now, now.plus(config.lease()), room).subscribe().with(ids -> {
            ids.forEach(this::start);
            running.set(false);
            if (ids.size() == room || wakeRequested.get()) {
                wake();
            }
        }, failure -> {
            running.set(false);
            LOG.warnf("claiming due deliveries failed: %s", failure.toString());
        });
    }

    /** Starts one attempt on a fresh duplicated context, so its reactive session is its own. */
    private void start(String deliveryId) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        // An attempt started before a stop is awaited (its outcome recorded); one not yet started waits out its lease.
        inFlight.incrementAndGet();
        context.runOnContext(ignored -> stop.run(() -> courier.attempt(deliveryId))
                .onTermination().invoke(this::ended)
                .subscribe().with(
                        this::wakeWhenDue,
                        failure -> LOG.warnf("attempt at delivery %s failed to run: %s", deliveryId, failure.toString())));
    }

    private void ended() {
        inFlight.decrementAndGet();
        if (starved.getAndSet(false)) {
            wake();
        }
    }

    /** A retry due before the next poll gets a timer of its own, so short delays (and Retry-After) are kept. */
    private void wakeWhenDue(Instant nextAttemptAt) {
        if (nextAttemptAt == null) {
            return;
        }
        long millis = Duration.between(clock.instant(), nextAttemptAt).toMillis();
        if (millis < config.pollInterval().toMillis()) {
            vertx.setTimer(Math.max(1, millis + 5), id -> wake());
        }
    }
}
