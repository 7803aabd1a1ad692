package org.ncii.system.scale;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ncii.devstack.partner.PartnerReceiver;
import org.ncii.devstack.partner.ReceivedWebhook;

/** The partner's view of what reached it: verified webhooks it answered 2xx, by type, notice and webhook id. */
record Deliveries(List<ReceivedWebhook> accepted) {
    static final String CREATED = "removal_request.created";
    static final String REMINDER = "removal_request.reminder";

    static Deliveries of(PartnerReceiver receiver) {
        return new Deliveries(receiver.accepted());
    }

    List<ReceivedWebhook> ofType(String type) {
        return accepted.stream().filter(r -> type.equals(r.type())).toList();
    }

    /** Accepted deliveries per webhook id, for one type: each id should count once. */
    Map<String, Long> perWebhookId(String type) {
        return ofType(type).stream().collect(Collectors.groupingBy(ReceivedWebhook::webhookId, Collectors.counting()));
    }

    /** Accepted deliveries per notice id, for one type. */
    Map<String, Long> perNotice(String type) {
        return ofType(type).stream().collect(Collectors.groupingBy(ReceivedWebhook::noticeId, Collectors.counting()));
    }

    /** The report tokens the accepted announcements name (each report's one URL carries its token). */
    Set<String> announcedTokens() {
        return ofType(CREATED).stream()
                .flatMap(r -> r.body().path("data").path("items").findValuesAsText("url").stream())
                .map(url -> url.substring(url.indexOf("fbid=") + 5))
                .collect(Collectors.toSet());
    }
}
