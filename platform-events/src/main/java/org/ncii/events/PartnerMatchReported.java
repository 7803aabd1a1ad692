package org.ncii.events;

import java.time.Instant;

/**
 * A partner found a copy of reported content again, by a hash it received in {@code noticeId}, and says what it
 * did ({@code actionTaken}, for example {@code REMOVED}). The notifier only accepts hashes it delivered to that
 * partner, so {@code caseRef} is the case of that notice.
 */
public record PartnerMatchReported(String matchId, String noticeId, String caseRef, String platform, String partnerId,
                                   String hash, String url, String actionTaken, Instant foundAt, Instant reportedAt) {
}
