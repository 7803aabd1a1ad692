package org.ncii.notifier.partner.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Partner management settings: secret encryption keys, rotation overlap and the webhook URL policy. */
@ConfigMapping(prefix = "notifier.partners")
public interface PartnerConfig {
    /** How long a rotated-out signing secret keeps signing beside the new one. */
    @WithDefault("24h")
    Duration rotationOverlap();

    Encryption encryption();

    Webhooks webhooks();

    /** The AES-256 key signing secrets are encrypted under, named so older ciphertexts stay readable. */
    interface Encryption {
        /** Stored beside each ciphertext. */
        String keyId();

        /** Base64 of 32 bytes. */
        String key();

        /** Keys retired from encrypting that still decrypt, each {@code keyId:base64}. */
        Optional<List<String>> previousKeys();
    }

    /** Where webhooks may point. */
    interface Webhooks {
        /** Refuse plain http ({@code %prod}). */
        @WithDefault("true")
        boolean requireHttps();

        /**
         * Host names or literal addresses exempt from the private-address check: loopback receivers in
         * {@code %dev} and {@code %test} only.
         */
        Optional<Set<String>> allowedHosts();
    }
}
