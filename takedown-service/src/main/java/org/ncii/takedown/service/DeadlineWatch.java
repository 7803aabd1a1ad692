package org.ncii.takedown.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.RequestStatus;
import org.ncii.outbox.GracefulStop;
import org.ncii.takedown.Actor;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestLifecycle;
import org.ncii.takedown.RequestLifecycle.Trigger;
import org.ncii.takedown.config.DeadlineConfig;
import org.ncii.takedown.messaging.TakedownEvents;
import org.ncii.takedown.notice.LegalBasis;
import org.ncii.takedown.repository.CaseFiles;

/**
 * Watches every running deadline: a request past its due time becomes OVERDUE and its platform gets one reminder;
 * one still overdue a configured period later is escalated to the regulator route of its legal bases. Safe with
 * several instances: each batch locks its cases with {@code SKIP LOCKED}, so no two instances act on one case.
 */
@ApplicationScoped
public class DeadlineWatch {
    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);
    private static final String WHO = "deadline-check";
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final CaseFiles files;
    private final TakedownEvents events;
    private final Clock clock;
    private final DeadlineConfig config;
    private final GracefulStop stop;

    public DeadlineWatch(CaseFiles files, TakedownEvents events, Clock clock, DeadlineConfig config, GracefulStop stop) {
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.config = config;
        this.stop = stop;
    }

    @Scheduled(every = "${takedown.deadline.check-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return stop.runOrSkip(() -> check().invoke(changed -> {
            if (changed > 0) {
                LOG.infof("deadline check changed %d request(s)", changed);
            }
        }).onFailure().invoke(e -> LOG.warnf("deadline check failed: %s", e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid());
    }

    /** Runs the check now, batch after batch, until nothing is due; returns how many requests it changed. */
    public Uni<Integer> check() {
        return batch(0, 0);
    }

    private Uni<Integer> batch(int done, int runs) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> files.lockDue(now, now.minus(config.escalateAfter()), config.batchSize())
                        .chain(cases -> handle(cases, now).map(changed -> new int[] {cases.size(), changed})))
                .invoke(events::flushSoon)
                .chain(result -> result[0] == config.batchSize() && runs < MAX_BATCHES_PER_RUN
                        ? batch(done + result[1], runs + 1)
                        : Uni.createFrom().item(done + result[1]));
    }

    private Uni<Integer> handle(List<CaseFile> cases, Instant now) {
        Instant escalateBefore = now.minus(config.escalateAfter());
        int[] changed = {0};
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CaseFile file : cases) {
            boolean caseChanged = false;
            for (RemovalRequest request : file.requests()) {
                if (RequestLifecycle.CLOCK_RUNNING.contains(request.status) && request.dueAt != null
                        && !request.dueAt.isAfter(now)) {
                    file.apply(request, Trigger.DEADLINE_PASSED, now, Actor.SYSTEM, WHO, "no removal by " + request.dueAt);
                    request.overdueAt = request.dueAt;
                    caseChanged = true;
                    changed[0]++;
                    if (request.remindedAt == null) {
                        request.remindedAt = now;
                        file.record(request.id, now, "REMINDED", Actor.SYSTEM, WHO, "one reminder sent to " + request.platform);
                        chain = chain.chain(() -> events.reminder(request, now));
                    }
                }
                if (request.status == RequestStatus.OVERDUE && request.escalatedAt == null && request.overdueAt != null
                        && !request.overdueAt.isAfter(escalateBefore)) {
                    escalate(file, request, now, Actor.SYSTEM, WHO, "still overdue after " + config.escalateAfter());
                    changed[0]++;
                }
            }
            if (caseChanged) {
                chain = chain.chain(() -> events.caseStatus(file, now));
            }
            chain = chain.chain(() -> files.save(file));
        }
        return chain.map(v -> changed[0]);
    }

    /** Records an escalation naming where each of the request's legal bases is enforced. */
    public static boolean escalate(CaseFile file, RemovalRequest request, Instant now, Actor actor, String who, String why) {
        String routes = request.bases().stream().map(LegalBasis::regulatorRoute).collect(Collectors.joining("; "));
        boolean applied = file.apply(request, Trigger.ESCALATE, now, actor, who,
                "escalate to: " + routes + (why == null || why.isBlank() ? "" : " (" + why + ")"));
        if (applied) {
            request.escalatedAt = now;
        }
        return applied;
    }
}
