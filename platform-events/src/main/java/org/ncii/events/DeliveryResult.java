package org.ncii.events;

import java.time.Instant;

/** The result of delivering one notice message ({@code messageType} is the webhook type, e.g. a reminder). */
public record DeliveryResult(
        String noticeId,
        String caseRef,
        String platform,
        String messageType,
        DeliveryChannel channel,
        DeliveryOutcome outcome,
        int attempts,
        Instant at,
        String detail) {
}
