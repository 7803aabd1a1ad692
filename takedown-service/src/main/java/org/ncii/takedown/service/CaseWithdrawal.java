package org.ncii.takedown.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.ReportWithdrawn;
import org.ncii.takedown.Actor;
import org.ncii.takedown.CaseFile;
import org.ncii.takedown.RemovalRequest;
import org.ncii.takedown.RequestLifecycle;
import org.ncii.takedown.TakedownCase;
import org.ncii.takedown.hashbank.HashBank;
import org.ncii.takedown.messaging.ProcessedEvent;
import org.ncii.takedown.messaging.TakedownEvents;
import org.ncii.takedown.repository.CaseFiles;

/**
 * Stops a case the victim withdrew: every open request becomes WITHDRAWN and its platform is told, and notices that
 * name the victim are erased. A withdrawal that arrives before its report is remembered, so the report sends nothing.
 */
@ApplicationScoped
public class CaseWithdrawal {
    private static final Logger LOG = Logger.getLogger(CaseWithdrawal.class);
    private static final String TYPE = "report.withdrawn";
    private static final String WHO = "intake-service";

    private final CaseFiles files;
    private final TakedownEvents events;
    private final Clock clock;
    private final HashBank hashBank;

    public CaseWithdrawal(CaseFiles files, TakedownEvents events, Clock clock, HashBank hashBank) {
        this.hashBank = hashBank;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Void> withdrawn(String eventId, ReportWithdrawn withdrawal) {
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            return ProcessedEvent.firstTime(eventId, TYPE, now).chain(first -> !first ? Uni.createFrom().voidItem()
                    : files.lock(withdrawal.caseRef()).chain(found -> found.isPresent()
                            ? withdraw(found.get(), withdrawal, now)
                            : rememberEarly(withdrawal, now)));
        }).invoke(events::flushSoon);
    }

    private Uni<Void> withdraw(CaseFile file, ReportWithdrawn withdrawal, Instant now) {
        if (file.theCase().withdrawn()) {
            return Uni.createFrom().voidItem();
        }
        file.theCase().withdrawnAt = withdrawal.withdrawnAt() == null ? now : withdrawal.withdrawnAt();
        file.record(null, now, "CASE_WITHDRAWN", Actor.SYSTEM, WHO, "the victim withdrew the report");
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (RemovalRequest request : file.requests()) {
            if (!RequestLifecycle.OPEN.contains(request.status)) {
                continue;
            }
            file.apply(request, RequestLifecycle.Trigger.WITHDRAW, now, Actor.SYSTEM, WHO, "the victim withdrew the report");
            if (request.victimIdentityShared) {
                request.letter = null;
                request.notice = null;
            }
            chain = chain.chain(() -> events.withdrawn(request, file.items(request.id), now));
        }
        LOG.infof("case %s withdrawn", file.caseRef());
        return chain.chain(() -> hashBank.forget(file.caseRef())).chain(() -> files.save(file)).chain(() -> events.caseStatus(file, now));
    }

    private Uni<Void> rememberEarly(ReportWithdrawn withdrawal, Instant now) {
        TakedownCase theCase = new TakedownCase();
        theCase.caseRef = withdrawal.caseRef();
        theCase.status = CaseFile.WITHDRAWN;
        theCase.submitted = false;
        theCase.withdrawnAt = withdrawal.withdrawnAt() == null ? now : withdrawal.withdrawnAt();
        theCase.createdAt = now;
        theCase.updatedAt = now;
        CaseFile file = new CaseFile(theCase, List.of(), List.of());
        file.record(null, now, "CASE_WITHDRAWN", Actor.SYSTEM, WHO,
                "withdrawn before the report arrived: the report will send nothing");
        LOG.infof("case %s withdrawn before its report arrived", withdrawal.caseRef());
        return files.save(file).chain(() -> events.caseStatus(file, now));
    }
}
