package org.ncii.notifier.partner;

import java.util.List;

/**
 * What delivery needs to know of the partner answering for a platform: where to send, the secrets to sign
 * with (one, or two during a rotation: both sign), and whether its webhook is enabled.
 */
public record PartnerEndpoint(
        String partnerId,
        String name,
        String webhookUrl,
        boolean webhookEnabled,
        String email,
        List<String> signingSecrets) {

    public PartnerEndpoint {
        signingSecrets = List.copyOf(signingSecrets);
    }
}
