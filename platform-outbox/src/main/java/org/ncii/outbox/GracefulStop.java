package org.ncii.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Lets a service stop without failing the work its Kafka consumers and workers have started. Quarkus closes the
 * database pool before SmallRye stops the consumers, so an event being applied at SIGTERM would fail, and be
 * dead-lettered, or dropped where failures are ignored. At shutdown this refuses new work and waits, up to
 * {@code graceful-stop.timeout}, for work already started to commit. A refused event is never acknowledged: its
 * offset stays uncommitted and the partition's next owner applies it, which at-least-once delivery allows.
 */
@ApplicationScoped
public class GracefulStop {
    private static final Logger LOG = Logger.getLogger(GracefulStop.class);

    private final Duration timeout;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Object lock = new Object();
    private int inFlight;

    public GracefulStop(@ConfigProperty(name = "graceful-stop.timeout", defaultValue = "20s") Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Runs {@code work} unless the service is stopping, counting it until it ends. While stopping the returned Uni
     * never completes, so a Kafka message handed to it is left unacknowledged for the next owner of its partition.
     */
    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            if (!enter()) {
                return Uni.createFrom().nothing();
            }
            Uni<T> started;
            try {
                started = work.get();
            } catch (RuntimeException e) {
                leave();
                throw e;
            }
            return started.onTermination().invoke(this::leave);
        });
    }

    /**
     * For a scheduled job: runs {@code job} as {@link #run} does, but while stopping completes at once without running
     * it, since the job's next run on another instance does what this one would have.
     */
    public Uni<Void> runOrSkip(Supplier<Uni<Void>> job) {
        return Uni.createFrom().deferred(() -> stopping() ? Uni.createFrom().voidItem() : run(job));
    }

    /** True once shutdown began: start nothing new (claim no messages, open no batch). */
    public boolean stopping() {
        return stopping.get();
    }

    /** Work started and not yet ended. */
    public int inFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    /**
     * Observed before any other shutdown observer of the application and before the pool closes: from here on
     * nothing new starts, and the shutdown waits for what is in flight.
     */
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            stopping.set(true);
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warnf("stopping with %d unit(s) of work still in flight after %s; they will be redone", inFlight, timeout);
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        LOG.info("stopping: no work in flight");
    }

    private boolean enter() {
        synchronized (lock) {
            if (stopping.get()) {
                return false;
            }
            inFlight++;
            return true;
        }
    }

    private void leave() {
        synchronized (lock) {
            inFlight--;
            if (inFlight == 0) {
                lock.notifyAll();
            }
        }
    }
}
