package org.ncii.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.ncii.devstack.partner.PartnerReceiver;
import org.ncii.devstack.partner.ReceivedWebhook;

/** What a partner's webhook endpoint received, read the way the partner would: by notice and by reported URL. */
public final class Inbox {
    static final String CREATED = "removal_request.created";
    static final String REMINDER = "removal_request.reminder";
    static final String WITHDRAWN = "removal_request.withdrawn";

    private final PartnerReceiver receiver;

    Inbox(PartnerReceiver receiver) {
        this.receiver = receiver;
    }

    /** Every request (verified or not, answered 2xx or not) announcing a notice about a URL containing {@code token}. */
    public List<ReceivedWebhook> createdAbout(String token) {
        return receiver.received(r -> CREATED.equals(r.type()) && mentions(r, token));
    }

    /** The announcements about {@code token} the partner verified and accepted. */
    public List<ReceivedWebhook> acceptedAbout(String token) {
        return createdAbout(token).stream().filter(Inbox::accepted).toList();
    }

    /** Every request of {@code type} about one notice. */
    List<ReceivedWebhook> about(String noticeId, String type) {
        return receiver.received(r -> type.equals(r.type()) && noticeId.equals(r.noticeId()));
    }

    List<ReceivedWebhook> acceptedAbout(String noticeId, String type) {
        return about(noticeId, type).stream().filter(Inbox::accepted).toList();
    }

    /** How many accepted deliveries each webhook-id had, for the announcements whose URL contains one of the tokens. */
    Map<String, Long> acceptedPerWebhookId(List<String> tokens) {
        return receiver.received(r -> CREATED.equals(r.type()) && accepted(r) && tokens.stream().anyMatch(t -> mentions(r, t)))
                .stream().collect(Collectors.groupingBy(ReceivedWebhook::webhookId, Collectors.counting()));
    }

    /** Accepted announcements per notice id, for the URLs containing one of the tokens. */
    Map<String, List<ReceivedWebhook>> acceptedPerNotice(List<String> tokens) {
        return receiver.received(r -> CREATED.equals(r.type()) && accepted(r) && tokens.stream().anyMatch(t -> mentions(r, t)))
                .stream().collect(Collectors.groupingBy(ReceivedWebhook::noticeId));
    }

    static boolean accepted(ReceivedWebhook r) {
        return r.verified() && r.answeredStatus() / 100 == 2;
    }

    static boolean mentions(ReceivedWebhook r, String token) {
        if (r.body() == null) {
            return false;
        }
        for (JsonNode item : r.body().path("data").path("items")) {
            if (item.path("url").asText("").contains(token)) {
                return true;
            }
        }
        return false;
    }
}
