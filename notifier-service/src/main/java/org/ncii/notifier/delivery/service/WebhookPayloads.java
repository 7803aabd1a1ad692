package org.ncii.notifier.delivery.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.NoticeItem;
import org.ncii.events.NoticeReminder;
import org.ncii.events.NoticeRequested;
import org.ncii.events.NoticeWithdrawn;
import org.ncii.events.Requester;
import org.ncii.notifier.delivery.MessageType;
import org.ncii.notifier.delivery.config.DeliveryConfig;

/**
 * Writes the Standard Webhooks bodies ({@code {type, timestamp, data}}) of the three messages about a notice.
 * Bodies stay under the configured size: hashes of content, never content, and PDQ variants are dropped first
 * when a notice with many items would not fit.
 */
@ApplicationScoped
public class WebhookPayloads {
    private final ObjectMapper mapper;
    private final DeliveryConfig config;

    public WebhookPayloads(ObjectMapper mapper, DeliveryConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    /** The body of {@code removal_request.created}, or empty when it cannot be made small enough. */
    public Optional<String> created(NoticeRequested notice, Instant now, Instant respondBy) {
        String full = write(MessageType.CREATED, now, createdData(notice, respondBy, notice.items()));
        if (fits(full)) {
            return Optional.of(full);
        }
        List<NoticeItem> originalsOnly = notice.items().stream()
                .map(i -> new NoticeItem(i.itemId(), i.url(), i.platformContentId(),
                        i.hashes().stream().filter(h -> h.variant() == null).toList()))
                .toList();
        String trimmed = write(MessageType.CREATED, now, createdData(notice, respondBy, originalsOnly));
        return fits(trimmed) ? Optional.of(trimmed) : Optional.empty();
    }

    public String reminder(NoticeReminder reminder, Instant now) {
        return write(MessageType.REMINDER, now, new ReminderData(reminder.noticeId(), reminder.platform(),
                reminder.dueAt(), reminder.remindedAt(), acknowledgementUrl(reminder.noticeId())));
    }

    public String withdrawn(NoticeWithdrawn withdrawn, Instant now) {
        return write(MessageType.WITHDRAWN, now, new WithdrawnData(withdrawn.noticeId(), withdrawn.platform(),
                withdrawn.withdrawnAt(), withdrawn.hashes()));
    }

    public String acknowledgementUrl(String noticeId) {
        String base = config.publicBaseUrl().replaceAll("/+$", "");
        return base + "/v1/partner/notices/" + noticeId + "/acknowledgements";
    }

    private CreatedData createdData(NoticeRequested n, Instant respondBy, List<NoticeItem> items) {
        return new CreatedData(n.noticeId(), n.platform(), n.legalBases(), n.childProtection(), respondBy,
                n.responseDeadlineHours(), items.stream().map(Item::of).toList(), n.declarations(), n.requester(),
                acknowledgementUrl(n.noticeId()), n.reportedBefore());
    }

    private boolean fits(String body) {
        return body.getBytes(StandardCharsets.UTF_8).length <= config.maxPayloadBytes();
    }

    private String write(MessageType type, Instant now, Object data) {
        try {
            return mapper.writeValueAsString(new Body(type.wireName(), now, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body cannot be written: " + type, e);
        }
    }

    record Body(String type, Instant timestamp, Object data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String itemId, String url, String platformContentId, List<ContentHash> hashes) {
        static Item of(NoticeItem i) {
            return new Item(i.itemId(), i.url(), i.platformContentId(), i.hashes());
        }
    }

    record CreatedData(String noticeId, String platform, List<String> legalBases, boolean childProtection,
                               Instant respondBy, int responseDeadlineHours, List<Item> items,
                               Declarations declarations, Requester requester, String acknowledgementUrl,
                               boolean reportedBefore) {
    }

    record ReminderData(String noticeId, String platform, Instant dueAt, Instant remindedAt,
                                String acknowledgementUrl) {
    }

    record WithdrawnData(String noticeId, String platform, Instant withdrawnAt, List<ContentHash> hashes) {
    }
}
