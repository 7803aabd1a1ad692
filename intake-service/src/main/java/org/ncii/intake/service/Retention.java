package org.ncii.intake.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.intake.IdempotencyRecord;
import org.ncii.intake.config.IntakeConfig;
import org.ncii.intake.repository.AttemptCounters;
import org.ncii.intake.repository.CaseRepository;

/**
 * Keeps personal data no longer than needed: closed cases lose it once the retention period has passed since
 * closing; expired idempotency keys and stale attempt counters are dropped too.
 */
@ApplicationScoped
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final int PAGE = 100;

    private final CaseRepository cases;
    private final PersonalDataEraser eraser;
    private final AttemptCounters counters;
    private final IntakeConfig config;
    private final Clock clock;

    public Retention(CaseRepository cases, PersonalDataEraser eraser, AttemptCounters counters, IntakeConfig config,
                     Clock clock) {
        this.cases = cases;
        this.eraser = eraser;
        this.counters = counters;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${intake.retention.check-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return enforce(clock.instant()).replaceWithVoid();
    }

    /** Applies every retention rule as of {@code now}; returns how many cases lost their personal data. */
    public Uni<Integer> enforce(Instant now) {
        Instant cutoff = now.minus(config.retention().closedCases());
        return eraseClosedBefore(cutoff, now, 0)
                .call(() -> Panache.withTransaction(() -> IdempotencyRecord.delete("createdAt < ?1",
                        now.minus(config.idempotency().keyLifetime()))))
                .call(() -> counters.forgetBefore(now.minus(Duration.ofDays(1))))
                .invoke(erased -> {
                    if (erased > 0) {
                        LOG.infof("retention: personal data of %d closed cases erased", erased);
                    }
                });
    }

    private Uni<Integer> eraseClosedBefore(Instant cutoff, Instant now, int erasedSoFar) {
        return Panache.withTransaction(() -> cases.closedWithPersonalDataBefore(cutoff, PAGE)
                .call(page -> Multi.createFrom().iterable(page)
                        .onItem().transformToUniAndConcatenate(c -> eraser.erase(c, now))
                        .collect().last())
                .map(page -> page.size()))
                .chain(count -> count == PAGE
                        ? eraseClosedBefore(cutoff, now, erasedSoFar + count)
                        : Uni.createFrom().item(erasedSoFar + count));
    }
}
