package org.ncii.events;

import java.time.Instant;

/**
 * A partner's acknowledgement of a notice. {@code acknowledgementId} is unique per distinct acknowledgement
 * so a consumer can drop repeats; {@code reason} is the partner's own text (why rejected, what is needed).
 */
public record AcknowledgementReceived(
        String acknowledgementId,
        String noticeId,
        String caseRef,
        String platform,
        String partnerId,
        AcknowledgementStatus status,
        String reason,
        String reference,
        Instant actionedAt,
        Instant receivedAt) {
}
