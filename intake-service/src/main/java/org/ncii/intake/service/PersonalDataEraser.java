package org.ncii.intake.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.ncii.intake.IntakeCase;
import org.ncii.intake.ReportItem;
import org.ncii.intake.repository.CaseRepository;

/**
 * Deletes a case's personal data, the ciphertext itself rather than only its key: name, contact, signature and
 * descriptions. What stays (role, country, minor flag, URLs, statuses, dates) serves statistics and the status view.
 */
@ApplicationScoped
public class PersonalDataEraser {
    private final CaseRepository cases;

    public PersonalDataEraser(CaseRepository cases) {
        this.cases = cases;
    }

    /** Erases in the caller's transaction. */
    public Uni<Void> erase(IntakeCase intakeCase, Instant now) {
        intakeCase.reporterName = null;
        intakeCase.reporterEmail = null;
        intakeCase.reporterPhone = null;
        intakeCase.signature = null;
        intakeCase.personalDataErasedAt = now;
        return cases.items(intakeCase).invoke(items -> items.forEach(ReportItem::eraseDescription)).replaceWithVoid();
    }
}
