package org.ncii.intake.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.EventType;
import org.ncii.events.ReportWithdrawn;
import org.ncii.intake.IntakeCase;

/**
 * The victim takes the report back: the case is marked withdrawn, its personal data erased and
 * {@code report.withdrawn} written to the outbox, all in one transaction. Withdrawing twice changes nothing more.
 */
@ApplicationScoped
public class Withdrawal {
    private static final Logger LOG = Logger.getLogger(Withdrawal.class);

    private final CaseAccess access;
    private final PersonalDataEraser eraser;
    private final org.ncii.outbox.Outbox outbox;
    private final Clock clock;

    public Withdrawal(CaseAccess access, PersonalDataEraser eraser, org.ncii.outbox.Outbox outbox, Clock clock) {
        this.access = access;
        this.eraser = eraser;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<IntakeCase> withdraw(String caseRef, String accessCode) {
        return access.open(caseRef, accessCode).chain(intakeCase -> {
            if (intakeCase.withdrawnAt != null) {
                return Uni.createFrom().item(intakeCase);
            }
            Instant now = clock.instant();
            intakeCase.withdrawnAt = now;
            intakeCase.status = IntakeCase.WITHDRAWN;
            return eraser.erase(intakeCase, now)
                    .chain(() -> outbox.add(EventType.REPORT_WITHDRAWN, ReportIntake.SERVICE, intakeCase.caseRef, now,
                            new ReportWithdrawn(intakeCase.caseRef, now)))
                    .invoke(() -> LOG.infof("case %s withdrawn, personal data erased", intakeCase.caseRef))
                    .replaceWith(intakeCase);
        });
    }
}
