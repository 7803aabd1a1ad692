package org.ncii.takedown;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import org.ncii.events.RequestStatus;
import org.ncii.takedown.notice.LegalBasis;

/**
 * One removal request: a notice to one platform (or one abuse contact) listing the case's items there, followed
 * through its states to removal. Its id is the notice id every event about it carries.
 */
@Entity
@Table(name = "removal_request")
public class RemovalRequest extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "case_ref")
    public String caseRef;

    public String platform;

    @Column(name = "legal_bases")
    public String legalBases;

    @Column(name = "deadline_seconds")
    public long deadlineSeconds;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @Column(name = "child_protection")
    public boolean childProtection;

    public short priority;

    @Column(name = "route_email")
    public String routeEmail;

    @Column(name = "route_web_form")
    public String routeWebForm;

    @Column(name = "route_note")
    public String routeNote;

    public String subject;

    @Column(name = "victim_identity_shared")
    public boolean victimIdentityShared;

    /** The plain-text letter as rendered; null once erased. */
    public String letter;

    /** The structured notice ({@code NoticeRequested} JSON) as sent; null once erased. */
    public String notice;

    public String channel;

    /** A delivery problem staff must look at: MANUAL_REQUIRED, DEAD_LETTERED or ENDPOINT_DISABLED. */
    public String attention;

    @Column(name = "platform_reference")
    public String platformReference;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "overdue_at")
    public Instant overdueAt;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<LegalBasis> bases() {
        return legalBases.isEmpty() ? List.of() : Arrays.stream(legalBases.split(",")).map(LegalBasis::valueOf).toList();
    }

    public Duration deadline() {
        return Duration.ofSeconds(deadlineSeconds);
    }
}
