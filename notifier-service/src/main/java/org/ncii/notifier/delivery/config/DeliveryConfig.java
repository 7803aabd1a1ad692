package org.ncii.notifier.delivery.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notices are delivered: where partners acknowledge, the retry schedule, and the per-endpoint limits. */
@ConfigMapping(prefix = "notifier.delivery")
public interface DeliveryConfig {
    /** This service's public base URL; partners acknowledge at {@code <base>/v1/partner/notices/{id}/acknowledgements}. */
    String publicBaseUrl();

    /** The largest webhook body sent; bigger ones drop hash variants first, then go to a caseworker. */
    @WithDefault("20000")
    int maxPayloadBytes();

    Retry retry();

    Worker worker();

    Endpoint endpoint();

    /** The persisted retry schedule: the delay before each attempt (the first is usually zero), with jitter. */
    interface Retry {
        @WithDefault("0s,5s,5m,30m,2h,5h,10h,10h,24h")
        List<Duration> schedule();

        /** Each delay is stretched or shrunk by up to this fraction, so retries of many messages spread out. */
        @WithDefault("0.2")
        double jitter();

        /** The longest {@code Retry-After} honoured; a partner asking for more waits this long. */
        @WithDefault("24h")
        Duration maxRetryAfter();
    }

    /** The due-attempt worker. */
    interface Worker {
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("50")
        int batchSize();

        /**
         * Attempts one instance runs at once, across all partners. The worker claims no more than this leaves room
         * for, so a backlog is not claimed all at once only to be refused by the partners' bulkheads and written back.
         */
        @WithDefault("64")
        int maxInFlight();

        /** How long a claimed message stays with one instance; longer than any single attempt can take. */
        @WithDefault("5m")
        Duration lease();
    }

    /** Limits applied to each partner endpoint separately, so one slow partner holds up no other. */
    interface Endpoint {
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("4")
        int concurrency();

        /** Attempts waiting for a free slot; kept small so a queued attempt never outlives its lease. */
        @WithDefault("16")
        int queue();

        @WithDefault("20")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        @WithDefault("60s")
        Duration circuitDelay();

        /** Requests per {@link #rateWindow()} to one endpoint. */
        @WithDefault("50")
        int rateLimit();

        @WithDefault("1s")
        Duration rateWindow();
    }
}
