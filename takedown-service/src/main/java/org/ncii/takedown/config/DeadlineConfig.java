package org.ncii.takedown.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the deadline check runs and when an overdue request is escalated. */
@ConfigMapping(prefix = "takedown.deadline")
public interface DeadlineConfig {
    /**
     * Replaces every request's response deadline (for system tests, e.g. {@code PT5S}); absent in production,
     * where each notice's own legal deadline applies.
     */
    Optional<Duration> override();

    /** How long after becoming overdue a request is escalated to its regulator route. */
    @WithDefault("P2D")
    Duration escalateAfter();

    /** How often the deadline check runs ({@code off} disables the schedule; tests call the check directly). */
    @WithDefault("30s")
    String checkEvery();

    /** How many cases one transaction of the check handles. */
    @WithDefault("50")
    int batchSize();
}
