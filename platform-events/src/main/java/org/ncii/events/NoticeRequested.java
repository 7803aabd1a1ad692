package org.ncii.events;

import java.time.Instant;
import java.util.List;

/**
 * A removal request ready to deliver to one platform. The deadline clock starts at delivery: the notifier
 * sets {@code respondBy} on the wire as delivery time plus {@code responseDeadlineHours}. {@code letter} is
 * the plain-text notice rendered from the same structured fields. {@code reportedBefore} says the items' hashes
 * match content an earlier case reported (which case is not said): the platform should also remove identical
 * copies it holds. Events written before it existed read as {@code false}.
 */
public record NoticeRequested(
        String noticeId,
        String caseRef,
        String platform,
        List<String> legalBases,
        int responseDeadlineHours,
        boolean childProtection,
        List<NoticeItem> items,
        Declarations declarations,
        Requester requester,
        DeliveryRoute route,
        String subject,
        String letter,
        Instant requestedAt,
        boolean reportedBefore) {

    public NoticeRequested {
        legalBases = List.copyOf(legalBases);
        items = List.copyOf(items);
    }

    /** A notice for content not reported before. */
    public NoticeRequested(String noticeId, String caseRef, String platform, List<String> legalBases,
                           int responseDeadlineHours, boolean childProtection, List<NoticeItem> items,
                           Declarations declarations, Requester requester, DeliveryRoute route, String subject,
                           String letter, Instant requestedAt) {
        this(noticeId, caseRef, platform, legalBases, responseDeadlineHours, childProtection, items, declarations,
                requester, route, subject, letter, requestedAt, false);
    }
}
