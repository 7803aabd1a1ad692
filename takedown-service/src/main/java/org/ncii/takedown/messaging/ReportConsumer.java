package org.ncii.takedown.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportWithdrawn;
import org.ncii.outbox.GracefulStop;
import org.ncii.takedown.service.CaseOpening;
import org.ncii.takedown.service.CaseWithdrawal;

/**
 * Reads intake's reports. The returned Uni completes only after the database commit, so the offset is committed
 * after the effects (at-least-once); repeats are recognised by their event id.
 */
@ApplicationScoped
public class ReportConsumer {
    private static final Logger LOG = Logger.getLogger(ReportConsumer.class);

    private final CloudEventCodec codec;
    private final GracefulStop stop;
    private final CaseOpening opening;
    private final CaseWithdrawal withdrawal;

    public ReportConsumer(ObjectMapper mapper, CaseOpening opening, CaseWithdrawal withdrawal, GracefulStop stop) {
        this.codec = new CloudEventCodec(mapper);
        this.stop = stop;
        this.opening = opening;
        this.withdrawal = withdrawal;
    }

    @Incoming("reports")
    public Uni<Void> consume(String envelope) {
        return stop.run(() -> Uni.createFrom().item(() -> codec.read(envelope))
                .chain(decoded -> {
                    if (decoded.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    CloudEventCodec.Decoded event = decoded.get();
                    return switch (event.type()) {
                        case REPORT_SUBMITTED -> opening.submitted(event.id(), event.data(ReportSubmitted.class));
                        case REPORT_WITHDRAWN -> withdrawal.withdrawn(event.id(), event.data(ReportWithdrawn.class));
                        default -> Uni.createFrom().voidItem();
                    };
                })
                .onFailure(e -> !(e instanceof IllegalArgumentException))
                .retry().atMost(3)
                .onFailure().invoke(e -> LOG.errorf("report event not applied: %s", e.getClass().getName())));
    }
}
