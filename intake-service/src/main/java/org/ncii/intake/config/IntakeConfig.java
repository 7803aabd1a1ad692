package org.ncii.intake.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every tunable of intake in one typed tree under {@code intake.*}. */
@ConfigMapping(prefix = "intake")
public interface IntakeConfig {
    Encryption encryption();

    Access access();

    RateLimit rateLimit();

    Retention retention();

    Idempotency idempotency();

    /** AES-GCM keys for personal data; several may be listed so old ciphertext stays readable after rotation. */
    interface Encryption {
        /** Key id to seal new data with; must name one of {@link #keys()}. */
        Optional<String> activeKey();

        /** Key id to base64 of a 256-bit AES key, e.g. {@code intake.encryption.keys.k2026a=...}. */
        Map<String, String> keys();

        /** Only for dev and test: seal with a random key made at start when none is configured. */
        @WithDefault("false")
        boolean generateIfMissing();
    }

    /** Guessing protection for the access code, counted per case, not per caller. */
    interface Access {
        @WithDefault("10")
        int maxFailures();

        @WithDefault("15m")
        Duration failureWindow();

        @WithDefault("15m")
        Duration lockout();
    }

    /** Submissions per client address in a fixed window. */
    interface RateLimit {
        @WithDefault("20")
        int submissions();

        @WithDefault("1m")
        Duration window();
    }

    /** How long personal data of closed cases is kept, and how often the eraser runs. */
    interface Retention {
        @WithDefault("90d")
        Duration closedCases();

        @WithDefault("1h")
        Duration checkEvery();
    }

    interface Idempotency {
        @WithDefault("24h")
        Duration keyLifetime();
    }
}
