package org.ncii.intake.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.intake.AccessCode;
import org.ncii.intake.CaseReference;
import org.ncii.intake.IntakeCase;
import org.ncii.intake.config.IntakeConfig;
import org.ncii.intake.repository.AttemptCounters;
import org.ncii.intake.repository.CaseRepository;

/**
 * Lets a reporter into their case with the access code. An unknown case and a wrong code fail identically, and both
 * cost a hash comparison. Wrong codes are counted per case in the database, so guessing is capped however many
 * callers or instances share the work: too many lock the case for a while, even for the right code.
 */
@ApplicationScoped
public class CaseAccess {
    private static final byte[] NO_CASE = AccessCode.hash("no case has this code");

    private final CaseRepository cases;
    private final AttemptCounters counters;
    private final IntakeConfig.Access config;
    private final Clock clock;

    public CaseAccess(CaseRepository cases, AttemptCounters counters, IntakeConfig config, Clock clock) {
        this.cases = cases;
        this.counters = counters;
        this.config = config.access();
        this.clock = clock;
    }

    /** The case, if the code opens it; call inside a session. Fails 404 (unknown or wrong) or 429 (locked). */
    public Uni<IntakeCase> open(String reference, String accessCode) {
        Instant now = clock.instant();
        // Typed from a letter or a phone call: case and surrounding blanks do not matter.
        String caseRef = reference == null ? null : reference.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CaseReference.isWellFormed(caseRef)) {
            // No case can have this reference: nothing to protect or count, same answer as a wrong code.
            AccessCode.matches(accessCode, NO_CASE);
            return Uni.createFrom().failure(notFound());
        }
        String counter = "case:" + caseRef;
        return counters.blockedUntil(counter, now).chain(blocked -> {
            if (blocked.isPresent()) {
                return Uni.createFrom().failure(locked(Duration.between(now, blocked.get())));
            }
            return cases.findByRef(caseRef).chain(intakeCase -> {
                boolean matches = AccessCode.matches(accessCode, intakeCase == null ? NO_CASE : intakeCase.accessCodeHash);
                if (intakeCase != null && matches) {
                    return Uni.createFrom().item(intakeCase);
                }
                return failed(counter, now);
            });
        });
    }

    private Uni<IntakeCase> failed(String counter, Instant now) {
        return counters.hit(counter, now, config.failureWindow()).chain(count -> {
            Uni<Void> lock = count.hits() >= config.maxFailures()
                    ? counters.block(counter, now.plus(config.lockout()))
                    : Uni.createFrom().voidItem();
            return lock.chain(() -> Uni.createFrom().failure(notFound()));
        });
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No case matches this reference and access code.");
    }

    private static ProblemException locked(Duration remaining) {
        return ProblemException.tooManyRequests(Math.max(1, remaining.toSeconds() + 1),
                "Too many wrong access codes for this case; try again later.");
    }
}
