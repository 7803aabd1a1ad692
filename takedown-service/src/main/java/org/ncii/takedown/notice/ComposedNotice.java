package org.ncii.takedown.notice;

import java.time.Duration;
import java.util.List;

import org.ncii.events.DeliveryRoute;
import org.ncii.events.NoticeItem;
import org.ncii.events.Requester;

/**
 * One platform's removal request as composed from a report: the structured fields (which go in the webhook)
 * and the plain-text letter rendered from the same fields. {@code responseDeadline} runs from delivery.
 * A case has one notice per platform, except {@code HOSTING_PROVIDER}: one per site (registrable domain or
 * IP address), each with its own RDAP abuse contact in {@code route} (or none, and a note saying why).
 */
public record ComposedNotice(
        String platform,
        List<NoticeItem> items,
        List<LegalBasis> legalBases,
        Duration responseDeadline,
        boolean childProtection,
        Requester requester,
        DeliveryRoute route,
        String subject,
        String letter) {

    public ComposedNotice {
        items = List.copyOf(items);
        legalBases = List.copyOf(legalBases);
    }
}
