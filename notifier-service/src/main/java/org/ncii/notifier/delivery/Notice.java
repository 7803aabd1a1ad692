package org.ncii.notifier.delivery;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import org.ncii.notifier.delivery.repository.SealedMessage;
import io.smallrye.mutiny.Uni;
import org.ncii.events.DeliveryChannel;

/**
 * One removal request as the notifier knows it: which platform and partner it went to, by which channel, and
 * the {@code removal_request.created} webhook body exactly as sent (also what a partner pulls).
 */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {
    @Id
    @Column(name = "notice_id")
    public String noticeId;

    @Column(name = "case_ref", nullable = false)
    public String caseRef;

    @Column(nullable = false)
    public String platform;

    /** The partner answering for the platform when the notice arrived; null when none did. */
    @Column(name = "partner_id")
    public String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeStatus status;

    /** The webhook body ({@code {type, timestamp, data}}) exactly as sent. */
    @Convert(converter = SealedMessage.class)
    @Column(columnDefinition = "text")
    public String payload;

    public String subject;

    @Column(name = "email_to")
    public String emailTo;

    @Column(name = "respond_by")
    public Instant respondBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Uni<Notice> byId(String noticeId) {
        return findById(noticeId);
    }
}
