package org.ncii.notifier.delivery.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.ncii.events.CloudEventCodec;
import org.ncii.notifier.delivery.service.DeliveryPlanner;
import org.ncii.notifier.delivery.service.DeliveryResults;
import org.ncii.notifier.delivery.service.DeliveryWorker;
import org.ncii.outbox.GracefulStop;

/**
 * Reads {@code takedown.notices.v1}. The offset is committed only after the returned Uni completed, that is after
 * the planner's transaction committed: a crash in between redelivers the event, which the planner then skips.
 */
@ApplicationScoped
public class NoticeConsumer {
    private static final Logger LOG = Logger.getLogger(NoticeConsumer.class);

    private final CloudEventCodec codec;
    private final DeliveryPlanner planner;
    private final DeliveryResults results;
    private final DeliveryWorker worker;
    private final GracefulStop stop;

    public NoticeConsumer(ObjectMapper mapper, DeliveryPlanner planner, DeliveryResults results, DeliveryWorker worker,
                          GracefulStop stop) {
        this.codec = new CloudEventCodec(mapper);
        this.planner = planner;
        this.results = results;
        this.worker = worker;
        this.stop = stop;
    }

    @Incoming("notices")
    public Uni<Void> consume(String json) {
        Optional<CloudEventCodec.Decoded> event;
        try {
            event = codec.read(json);
        } catch (IllegalArgumentException unreadable) {
            LOG.errorf("skipping a record on the notices topic that is not a CloudEvent: %s", unreadable.getMessage());
            return Uni.createFrom().voidItem();
        }
        if (event.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return stop.run(() -> planner.handle(event.get())).invoke(() -> {
            results.flushSoon();
            worker.wake();
        });
    }
}
