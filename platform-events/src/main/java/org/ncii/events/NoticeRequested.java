package org.ncii.events;

import java.time.Instant;
import java.util.List;

/**
 * A removal request ready to deliver to one platform. The deadline clock starts at delivery: the notifier
 * sets {@code respondBy} on the wire as delivery time plus {@code responseDeadlineHours}. {@code letter} is
 * the plain-text notice rendered from the same structured fields.
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
        Instant requestedAt) {

    public NoticeRequested {
        legalBases = List.copyOf(legalBases);
        items = List.copyOf(items);
    }
}
