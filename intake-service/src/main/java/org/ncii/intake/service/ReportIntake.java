package org.ncii.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;
import org.ncii.events.EventType;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportedItem;
import org.ncii.events.SharedIdentity;
import org.ncii.http.ProblemException;
import org.ncii.intake.AccessCode;
import org.ncii.intake.CaseReference;
import org.ncii.intake.IdempotencyRecord;
import org.ncii.intake.IntakeCase;
import org.ncii.intake.NewReport;
import org.ncii.intake.ReportItem;
import org.ncii.intake.config.IntakeConfig;
import org.ncii.intake.repository.CaseRepository;
import org.ncii.outbox.Outbox;

/**
 * Turns a report into a case: the case, its items, the idempotency record and the {@code report.submitted} event
 * are written in one transaction, so a report is either wholly accepted (and will be published) or not at all.
 */
@ApplicationScoped
public class ReportIntake {
    public static final String SERVICE = "intake-service";
    private static final Logger LOG = Logger.getLogger(ReportIntake.class);
    private static final int REF_ATTEMPTS = 5;

    private final CaseRepository cases;
    private final PersonalDataCipher cipher;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final IntakeConfig config;
    private final Clock clock;

    public ReportIntake(CaseRepository cases, PersonalDataCipher cipher, Outbox outbox, ObjectMapper mapper,
                        IntakeConfig config, Clock clock) {
        this.cases = cases;
        this.cipher = cipher;
        this.outbox = outbox;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /** The outcome: a new case with its access code, or the earlier case for a repeated Idempotency-Key. */
    public record Receipt(String caseRef, String accessCode, String status, boolean replayed) {
    }

    /**
     * Accepts a report. With an idempotency key, the same key and body hash within the key lifetime return the
     * earlier case; the same key with another body is refused with 422.
     */
    public Uni<Receipt> submit(NewReport report, String idempotencyKey, byte[] bodyHash) {
        // Two requests racing with one Idempotency-Key (or, rarely, one fresh case reference): the loser's insert
        // hits a unique index; trying once more replays the winner's case (or draws another reference).
        return Panache.withTransaction(() -> submitOnce(report, idempotencyKey, bodyHash))
                .onFailure(ReportIntake::isUniqueViolation)
                .recoverWithUni(() -> Panache.withTransaction(() -> submitOnce(report, idempotencyKey, bodyHash)));
    }

    private Uni<Receipt> submitOnce(NewReport report, String idempotencyKey, byte[] bodyHash) {
        Instant now = clock.instant();
        if (idempotencyKey == null) {
            return create(report, now, null);
        }
        return IdempotencyRecord.<IdempotencyRecord>findById(idempotencyKey).chain(previous -> {
            if (previous != null && previous.createdAt.isAfter(now.minus(config.idempotency().keyLifetime()))) {
                return replay(previous, bodyHash);
            }
            // An expired key is reused for the new case.
            IdempotencyRecord record = previous != null ? previous : new IdempotencyRecord();
            record.key = idempotencyKey;
            record.bodyHash = bodyHash;
            record.createdAt = now;
            return create(report, now, record);
        });
    }

    private Uni<Receipt> replay(IdempotencyRecord previous, byte[] bodyHash) {
        if (!java.security.MessageDigest.isEqual(previous.bodyHash, bodyHash)) {
            return Uni.createFrom().failure(ProblemException.unprocessable("Idempotency-Key",
                    "this Idempotency-Key was used with a different body"));
        }
        return cases.findByRef(previous.caseRef).map(existing -> new Receipt(existing.caseRef, null, existing.status, true));
    }

    private Uni<Receipt> create(NewReport report, Instant now, IdempotencyRecord idempotency) {
        String accessCode = AccessCode.next();
        return freeCaseRef(REF_ATTEMPTS).chain(caseRef -> {
            IntakeCase intakeCase = newCase(report, caseRef, accessCode, now);
            return cases.persist(intakeCase).chain(() -> {
                List<ReportItem> items = newItems(report, intakeCase);
                Uni<Void> stored = ReportItem.persist(items);
                if (idempotency != null) {
                    idempotency.caseRef = caseRef;
                    stored = stored.chain(() -> idempotency.persist()).replaceWithVoid();
                }
                return stored.chain(() -> outbox.add(EventType.REPORT_SUBMITTED, SERVICE, caseRef, now,
                        submitted(report, intakeCase, items)));
            }).invoke(() -> LOG.infof("report accepted as %s with %d items", caseRef, report.items().size()))
                    .replaceWith(new Receipt(caseRef, accessCode, intakeCase.status, false));
        });
    }

    /** A case reference no case has yet; 40 random bits make a retry rare, the unique index makes it certain. */
    private Uni<String> freeCaseRef(int attemptsLeft) {
        String candidate = CaseReference.next();
        return cases.refTaken(candidate).chain(taken -> {
            if (!taken) {
                return Uni.createFrom().item(candidate);
            }
            if (attemptsLeft <= 1) {
                return Uni.createFrom().failure(new IllegalStateException("no free case reference found"));
            }
            return freeCaseRef(attemptsLeft - 1);
        });
    }

    private IntakeCase newCase(NewReport report, String caseRef, String accessCode, Instant now) {
        IntakeCase c = new IntakeCase();
        c.caseRef = caseRef;
        c.accessCodeHash = AccessCode.hash(accessCode);
        c.status = IntakeCase.SUBMITTED;
        c.reporterRole = report.role();
        c.countryOfResidence = report.countryOfResidence();
        c.minor = report.minor();
        c.shareIdentity = report.shareIdentity();
        c.tellFoundAgain = report.tellFoundAgain();
        c.notConsented = report.declarations().notConsented();
        c.goodFaith = report.declarations().goodFaith();
        c.accurate = report.declarations().accurate();
        c.reporterName = cipher.seal(report.name(), c.sealContext("name"));
        c.reporterEmail = cipher.seal(report.email(), c.sealContext("email"));
        c.reporterPhone = cipher.seal(report.phone(), c.sealContext("phone"));
        c.signature = cipher.seal(report.signature(), c.sealContext("signature"));
        c.submittedAt = now;
        return c;
    }

    private List<ReportItem> newItems(NewReport report, IntakeCase intakeCase) {
        List<ReportItem> items = new ArrayList<>();
        for (int i = 0; i < report.items().size(); i++) {
            NewReport.Item source = report.items().get(i);
            ReportItem item = new ReportItem();
            item.id = UUID.randomUUID().toString();
            item.caseId = intakeCase.id;
            item.position = i;
            item.url = source.url();
            item.hashes = json(source.hashes());
            item.description = cipher.seal(source.description(), intakeCase.sealContext("item/" + item.id));
            items.add(item);
        }
        return items;
    }

    private ReportSubmitted submitted(NewReport report, IntakeCase intakeCase, List<ReportItem> items) {
        List<ReportedItem> reported = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            reported.add(new ReportedItem(items.get(i).id, items.get(i).url, report.items().get(i).hashes()));
        }
        SharedIdentity identity = report.shareIdentity()
                ? new SharedIdentity(report.name(), report.email(), report.phone(), report.signature())
                : null;
        return new ReportSubmitted(intakeCase.caseRef, intakeCase.submittedAt, report.role(), report.countryOfResidence(),
                report.minor(), report.shareIdentity(), report.declarations(), reported, identity);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hashes cannot be written", e);
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState()))) {
                return true;
            }
        }
        return false;
    }
}
