package org.ncii.intake.messaging;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.ncii.events.CaseStatusChanged;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.EventType;
import org.ncii.intake.service.CaseStatusReadModel;
import org.ncii.outbox.GracefulStop;

/**
 * Feeds intake's status read model from {@code takedown.case-status.v1}. The offset is committed only after the
 * snapshot is stored; records that are not readable case-status events are skipped rather than stopping the feed.
 */
@ApplicationScoped
public class CaseStatusConsumer {
    private static final Logger LOG = Logger.getLogger(CaseStatusConsumer.class);
    private static final int MAX_EVENT_ID = 64;
    private static final int MAX_STATUS = 32;

    private final CloudEventCodec codec;
    private final CaseStatusReadModel readModel;
    private final GracefulStop stop;

    public CaseStatusConsumer(ObjectMapper mapper, CaseStatusReadModel readModel, GracefulStop stop) {
        this.codec = new CloudEventCodec(mapper);
        this.readModel = readModel;
        this.stop = stop;
    }

    @Incoming("case-status")
    public Uni<Void> consume(String payload) {
        Optional<CloudEventCodec.Decoded> decoded;
        try {
            decoded = codec.read(payload);
        } catch (IllegalArgumentException e) {
            LOG.warn("skipped a case-status record that is not a CloudEvent");
            return Uni.createFrom().voidItem();
        }
        if (decoded.isEmpty() || decoded.get().type() != EventType.CASE_STATUS_CHANGED) {
            return Uni.createFrom().voidItem();
        }
        CloudEventCodec.Decoded event = decoded.get();
        CaseStatusChanged change = event.data(CaseStatusChanged.class);
        if (event.id().isBlank() || event.id().length() > MAX_EVENT_ID || change == null || change.caseRef() == null
                || change.caseStatus() == null || change.caseStatus().length() > MAX_STATUS) {
            LOG.warn("skipped a case-status event without a usable id or case reference");
            return Uni.createFrom().voidItem();
        }
        // A short database outage holds the partition here (retrying); past that the snapshot is skipped (see the
        // channel's failure-strategy): each snapshot is complete, so the case's next one repairs the read model.
        return stop.run(() -> readModel.apply(event.id(), change)
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(30)).atMost(20));
    }
}
