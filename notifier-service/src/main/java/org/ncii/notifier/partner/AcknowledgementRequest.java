package org.ncii.notifier.partner;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ncii.events.AcknowledgementStatus;

/**
 * A partner's acknowledgement of a notice. {@code reason} says why a notice was rejected, or what is needed;
 * {@code reference} is the partner's own ticket number.
 */
public record AcknowledgementRequest(
        @NotNull AcknowledgementStatus status,
        @Size(max = 2000) String reason,
        Instant actionedAt,
        @Size(max = 200) String reference) {
}
