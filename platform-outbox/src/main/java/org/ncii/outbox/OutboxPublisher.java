package org.ncii.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.ncii.events.CloudEvent;

/**
 * Sends outbox rows to Kafka in id order, a batch at a time, and marks them sent once the broker acknowledged them. A batch is
 * claimed with a short lease ({@code FOR UPDATE SKIP LOCKED}) so several instances never send the same rows at
 * once; a row whose send failed is released and tried again, so while Kafka is down rows simply wait.
 */
@ApplicationScoped
public class OutboxPublisher {
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final String CLAIM = """
            UPDATE outbox_event SET lease_until = now() + make_interval(secs => $2), attempts = attempts + 1
             WHERE id IN (SELECT id FROM outbox_event
                           WHERE sent_at IS NULL AND (lease_until IS NULL OR lease_until < now())
                           ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, topic, message_key, envelope""";

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final int batchSize;
    private final Duration lease;
    private final String markSent;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final AtomicLong lastFailureAt = new AtomicLong();
    private final GracefulStop stop;

    public OutboxPublisher(Pool pool, @Channel("outbox") MutinyEmitter<String> emitter,
                           @ConfigProperty(name = "outbox.batch-size", defaultValue = "200") int batchSize,
                           @ConfigProperty(name = "outbox.lease", defaultValue = "30s") Duration lease,
                           @ConfigProperty(name = "outbox.clear-sent-envelopes", defaultValue = "true") boolean clearSent,
                           GracefulStop stop) {
        this.pool = pool;
        this.stop = stop;
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.lease = lease;
        // The envelope is blanked once the broker has it: a ReportSubmitted or NoticeRequested of a victim who chose
        // to share their identity carries it, and the outbox must not keep personal data in clear after its job.
        // Only a service's own module tests keep it, to read what was published.
        this.markSent = "UPDATE outbox_event SET sent_at = now(), lease_until = NULL"
                + (clearSent ? ", envelope = ''" : "") + " WHERE id = ANY($1)";
    }

    @Scheduled(every = "${outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
    }

    /** Starts a drain unless one is running; a wake during a drain makes it go round once more. */
    public void wake() {
        wakeRequested.set(true);
        if (running.compareAndSet(false, true)) {
            drain();
        }
    }

    /** Whether the last send attempt failed within the last minute: for health reporting. */
    public boolean recentlyFailed() {
        return System.currentTimeMillis() - lastFailureAt.get() < 60_000;
    }

    public Uni<Long> backlog() {
        return pool.query("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private void drain() {
        wakeRequested.set(false);
        // While the service stops, no batch starts (its rows wait for the next instance); one in flight is awaited.
        stop.run(this::publishBatch).subscribe().with(sent -> {
            if (sent == batchSize || wakeRequested.get()) {
                drain();
            } else {
                running.set(false);
                if (wakeRequested.get() && running.compareAndSet(false, true)) {
                    drain();
                }
            }
        }, failure -> {
            lastFailureAt.set(System.currentTimeMillis());
            LOG.warnf("outbox publishing paused: %s", failure.getClass().getSimpleName());
            running.set(false);
        });
    }

    /** Claims, sends and marks one batch; returns how many were claimed. */
    Uni<Integer> publishBatch() {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(batchSize, (double) lease.toSeconds()))
                .onItem().transformToUni(rows -> {
                    List<Row> claimed = new ArrayList<>();
                    rows.forEach(claimed::add);
                    if (claimed.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    claimed.sort(Comparator.comparingLong(r -> r.getLong("id")));
                    return sendInOrder(claimed).replaceWith(claimed.size());
                });
    }

    /**
     * Sends the whole batch at once, in id order, and awaits every broker acknowledgement together: one round trip
     * per batch instead of one per row. The producer is idempotent, so the broker keeps one key's records in the order
     * they were sent. A row counts as sent only if it and every earlier row of its key in the batch were acknowledged;
     * the rest are released and sent again, in the same order, by the next drain (at-least-once: consumers skip
     * an event they have seen).
     */
    private Uni<Void> sendInOrder(List<Row> claimed) {
        List<Uni<Boolean>> sends = new ArrayList<>(claimed.size());
        for (Row row : claimed) {
            sends.add(send(row).replaceWith(Boolean.TRUE).onFailure().recoverWithItem(Boolean.FALSE));
        }
        return Uni.join().all(sends).andFailFast().chain(acked -> {
            List<Long> sent = new ArrayList<>();
            Set<String> brokenKeys = new HashSet<>();
            for (int i = 0; i < claimed.size(); i++) {
                Row row = claimed.get(i);
                String key = row.getString("topic") + "/" + row.getString("message_key");
                if (acked.get(i) && !brokenKeys.contains(key)) {
                    sent.add(row.getLong("id"));
                } else {
                    brokenKeys.add(key);
                }
            }
            Uni<Void> marked = markSent(sent);
            if (sent.size() == claimed.size()) {
                return marked;
            }
            return marked.chain(() -> release(claimed, sent))
                    .chain(() -> Uni.createFrom().failure(new IllegalStateException(
                            (claimed.size() - sent.size()) + " outbox rows not acknowledged by Kafka")));
        });
    }

    private Uni<Void> send(Row row) {
        Message<String> message = Message.of(row.getString("envelope"))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.getString("topic"))
                        .withKey(row.getString("message_key"))
                        .withHeaders(new RecordHeaders().add("content-type", CloudEvent.CONTENT_TYPE.getBytes()))
                        .build());
        return emitter.sendMessage(message).emitOn(Infrastructure.getDefaultExecutor());
    }

    private Uni<Void> markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(markSent)
                .execute(Tuple.of(ids.toArray(new Long[0]))).replaceWithVoid();
    }

    private Uni<Void> release(List<Row> claimed, List<Long> sent) {
        Set<Long> done = new HashSet<>(sent);
        Long[] unsent = claimed.stream().map(r -> r.getLong("id")).filter(id -> !done.contains(id)).toArray(Long[]::new);
        return pool.preparedQuery("UPDATE outbox_event SET lease_until = NULL WHERE id = ANY($1)")
                .execute(Tuple.of((Object) unsent)).replaceWithVoid();
    }
}
