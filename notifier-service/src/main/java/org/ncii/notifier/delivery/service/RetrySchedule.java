package org.ncii.notifier.delivery.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.ncii.notifier.delivery.config.DeliveryConfig;

/**
 * When the next attempt of a message is due: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h and
 * 24 h after each failure (about 52 hours in all, configurable), each stretched or shrunk at random by the
 * jitter so that many messages failing together do not retry together.
 */
@ApplicationScoped
public class RetrySchedule {
    private final List<Duration> delays;
    private final double jitter;
    private final Duration maxRetryAfter;

    public RetrySchedule(DeliveryConfig config) {
        this.delays = List.copyOf(config.retry().schedule());
        this.jitter = config.retry().jitter();
        this.maxRetryAfter = config.retry().maxRetryAfter();
    }

    /** How many attempts one round of the schedule makes. */
    public int attemptsPerRound() {
        return delays.size();
    }

    /**
     * The wait before attempt {@code attemptNo} of a round (1-based), or empty when the round is over; never
     * shorter than a partner's {@code Retry-After}, which is capped so that a partner cannot park a message.
     */
    public Optional<Duration> delayBefore(int attemptNo, Duration retryAfter) {
        if (attemptNo < 1 || attemptNo > delays.size()) {
            return Optional.empty();
        }
        Duration planned = jittered(delays.get(attemptNo - 1));
        if (retryAfter == null) {
            return Optional.of(planned);
        }
        Duration asked = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        return Optional.of(asked.compareTo(planned) > 0 ? asked : planned);
    }

    private Duration jittered(Duration delay) {
        if (delay.isZero() || jitter <= 0) {
            return delay;
        }
        double factor = 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.round(delay.toMillis() * factor));
    }
}
