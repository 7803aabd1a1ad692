package org.ncii.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.ncii.intake.config.IntakeConfig;
import org.ncii.intake.repository.AttemptCounters;

/**
 * Caps submissions per client address in a fixed window shared by all instances (a database counter; Fault
 * Tolerance's {@code @RateLimit} counts per method, not per client). The address is kept only as a hash.
 */
@ApplicationScoped
public class SubmissionRateLimit {
    private final AttemptCounters counters;
    private final IntakeConfig.RateLimit config;
    private final Clock clock;

    public SubmissionRateLimit(AttemptCounters counters, IntakeConfig config, Clock clock) {
        this.counters = counters;
        this.config = config.rateLimit();
        this.clock = clock;
    }

    /** Counts one submission; the seconds to wait when the client is over its limit, else empty. */
    public Uni<Optional<Long>> admit(String clientAddress) {
        Instant now = clock.instant();
        return counters.hit("submit:" + digest(clientAddress), now, config.window()).map(count -> {
            if (count.hits() <= config.submissions()) {
                return Optional.empty();
            }
            Duration left = Duration.between(now, count.windowStart().plus(config.window()));
            return Optional.of(Math.max(1, left.toSeconds() + 1));
        });
    }

    private static String digest(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
