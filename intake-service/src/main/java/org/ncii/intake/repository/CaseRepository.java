package org.ncii.intake.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import org.ncii.intake.IntakeCase;
import org.ncii.intake.ReportItem;

/** Cases and their items, read and written in the caller's session. */
@ApplicationScoped
public class CaseRepository implements PanacheRepository<IntakeCase> {
    public Uni<IntakeCase> findByRef(String caseRef) {
        return find("caseRef", caseRef).firstResult();
    }

    public Uni<Boolean> refTaken(String caseRef) {
        return count("caseRef", caseRef).map(n -> n > 0);
    }

    public Uni<List<ReportItem>> items(IntakeCase intakeCase) {
        return ReportItem.<ReportItem>find("caseId = ?1 order by position", intakeCase.id).list();
    }

    /** Closed cases still holding personal data whose closing is older than the cutoff, a page at a time. */
    public Uni<List<IntakeCase>> closedWithPersonalDataBefore(java.time.Instant cutoff, int pageSize) {
        return find("closedAt < ?1 and personalDataErasedAt is null", cutoff)
                .page(0, pageSize).list();
    }
}
