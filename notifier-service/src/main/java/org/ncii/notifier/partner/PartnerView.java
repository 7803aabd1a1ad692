package org.ncii.notifier.partner;

import java.time.Instant;
import java.util.List;

/** A partner as staff see it: where it is reached and whether it holds an API key, never a secret. */
public record PartnerView(
        String partnerId,
        String name,
        List<String> platforms,
        String webhookUrl,
        boolean webhookEnabled,
        String webhookDisabledReason,
        String email,
        boolean apiKeyActive,
        Instant createdAt) {
}
