package org.ncii.takedown.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.ncii.events.AcknowledgementReceived;
import org.ncii.events.CloudEventCodec;
import org.ncii.events.DeliveryResult;
import org.ncii.events.PartnerMatchReported;
import org.ncii.outbox.GracefulStop;
import org.ncii.takedown.hashbank.FoundAgain;
import org.ncii.takedown.service.NoticeFeedback;

/**
 * Reads the notifier's delivery results and partner acknowledgements, applying each once and committing the offset
 * only after the database commit.
 */
@ApplicationScoped
public class AcknowledgementConsumer {
    private static final Logger LOG = Logger.getLogger(AcknowledgementConsumer.class);

    private final CloudEventCodec codec;
    private final GracefulStop stop;
    private final NoticeFeedback feedback;
    private final FoundAgain foundAgain;

    public AcknowledgementConsumer(ObjectMapper mapper, NoticeFeedback feedback, FoundAgain foundAgain, GracefulStop stop) {
        this.codec = new CloudEventCodec(mapper);
        this.stop = stop;
        this.feedback = feedback;
        this.foundAgain = foundAgain;
    }

    @Incoming("acks")
    public Uni<Void> consume(String envelope) {
        return stop.run(() -> Uni.createFrom().item(() -> codec.read(envelope))
                .chain(decoded -> {
                    if (decoded.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    CloudEventCodec.Decoded event = decoded.get();
                    return switch (event.type()) {
                        case DELIVERY_RESULT -> feedback.delivery(event.id(), event.data(DeliveryResult.class));
                        case ACKNOWLEDGEMENT_RECEIVED ->
                                feedback.acknowledgement(event.id(), event.data(AcknowledgementReceived.class));
                        case PARTNER_MATCH_REPORTED ->
                                foundAgain.reported(event.id(), event.data(PartnerMatchReported.class));
                        default -> Uni.createFrom().voidItem();
                    };
                })
                .onFailure(e -> !(e instanceof IllegalArgumentException))
                .retry().atMost(3)
                .onFailure().invoke(e -> LOG.errorf("acknowledgement event not applied: %s", e.getClass().getName())));
    }
}
