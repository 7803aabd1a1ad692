package org.ncii.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ncii.notifier.delivery.config.DeliveryConfig;
import org.ncii.notifier.delivery.service.RetrySchedule;

/** The production schedule: nine attempts over about 52 hours, each delay within +-20%, Retry-After honoured. */
class RetryScheduleTest {
    private final RetrySchedule schedule = new RetrySchedule(config(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10), Duration.ofHours(24))));

    @Test
    void delaysStayWithinTwentyPercentAndTheRoundEndsAfterNineAttempts() {
        assertThat(schedule.attemptsPerRound()).isEqualTo(9);
        assertThat(schedule.delayBefore(1, null)).contains(Duration.ZERO);
        Duration total = Duration.ZERO;
        for (int i = 0; i < 200; i++) {
            Duration fiveSeconds = schedule.delayBefore(2, null).orElseThrow();
            assertThat(fiveSeconds).isBetween(Duration.ofMillis(4000), Duration.ofMillis(6000));
            Duration day = schedule.delayBefore(9, null).orElseThrow();
            assertThat(day).isBetween(Duration.ofMinutes(1152), Duration.ofMinutes(1728));
        }
        for (int attempt = 1; attempt <= 9; attempt++) {
            total = total.plus(schedule.delayBefore(attempt, null).orElseThrow());
        }
        assertThat(total).isBetween(Duration.ofHours(41), Duration.ofHours(63));
        assertThat(schedule.delayBefore(10, null)).isEqualTo(Optional.empty());
    }

    @Test
    void retryAfterLongerThanThePlannedDelayWinsUpToItsCap() {
        assertThat(schedule.delayBefore(2, Duration.ofSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(schedule.delayBefore(2, Duration.ofDays(30))).contains(Duration.ofHours(24));
        assertThat(schedule.delayBefore(4, Duration.ofSeconds(2)).orElseThrow()).isGreaterThan(Duration.ofMinutes(20));
    }

    private static DeliveryConfig config(List<Duration> delays) {
        DeliveryConfig.Retry retry = new DeliveryConfig.Retry() {
            @Override
            public List<Duration> schedule() {
                return delays;
            }

            @Override
            public double jitter() {
                return 0.2;
            }

            @Override
            public Duration maxRetryAfter() {
                return Duration.ofHours(24);
            }
        };
        return new DeliveryConfig() {
            @Override
            public String publicBaseUrl() {
                return "http://localhost";
            }

            @Override
            public int maxPayloadBytes() {
                return 20000;
            }

            @Override
            public Retry retry() {
                return retry;
            }

            @Override
            public Worker worker() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Endpoint endpoint() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
