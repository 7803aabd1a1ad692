package org.ncii.notifier.delivery.client;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Signs a webhook as the Standard Webhooks specification says, with the specification's own library: one
 * {@code v1,<base64 HMAC-SHA256 of id.timestamp.body>} entry per secret, space-separated, so that during a
 * secret rotation a partner holding either secret can verify.
 */
@ApplicationScoped
public class WebhookSigner {

    /** The {@code webhook-signature} header value for {@code whsec_} secrets. */
    public String signature(String webhookId, long timestampSeconds, String body, List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a partner without a signing secret cannot be sent webhooks");
        }
        return secrets.stream().map(secret -> sign(secret, webhookId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    private static String sign(String secret, String webhookId, long timestampSeconds, String body) {
        try {
            return new Webhook(secret).sign(webhookId, timestampSeconds, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("webhook cannot be signed", e);
        }
    }
}
