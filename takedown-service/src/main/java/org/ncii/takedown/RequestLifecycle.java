package org.ncii.takedown;

import static org.ncii.events.RequestStatus.ACKNOWLEDGED;
import static org.ncii.events.RequestStatus.CLOSED;
import static org.ncii.events.RequestStatus.NEEDS_INFO;
import static org.ncii.events.RequestStatus.OVERDUE;
import static org.ncii.events.RequestStatus.PENDING;
import static org.ncii.events.RequestStatus.REJECTED;
import static org.ncii.events.RequestStatus.REMOVED;
import static org.ncii.events.RequestStatus.SENT;
import static org.ncii.events.RequestStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ncii.events.RequestStatus;

/**
 * The only transitions a removal request may make. Whatever asks for one (a delivery result, a partner, the
 * deadline check, a staff member) gets the next status, or empty when the current status forbids it: then the
 * caller records the refusal on the timeline and changes nothing. A transition to the same status is allowed
 * where the event is harmless there (a repeated acknowledgement, a resend of a request already sent).
 */
public final class RequestLifecycle {
    /** What can happen to a request. */
    public enum Trigger {
        /** The notifier delivered the notice: the deadline clock starts. */
        DELIVERED,
        /** Staff filed it by hand on a manual channel, with the platform's reference: the clock starts. */
        MARK_SUBMITTED,
        PARTNER_RECEIVED,
        PARTNER_REMOVED,
        PARTNER_REJECTED,
        PARTNER_NEEDS_INFO,
        /** The deadline passed without removal. */
        DEADLINE_PASSED,
        /** To the regulator route of the request's legal bases. */
        ESCALATE,
        /** Send the same notice again; a request waiting on the platform's question or refusal waits for delivery again. */
        RESEND,
        /** Staff checked that the content is gone. */
        MARK_REMOVED,
        WITHDRAW,
        CLOSE
    }

    /** Statuses in which the platform still has to act. */
    public static final Set<RequestStatus> OPEN = Set.of(PENDING, SENT, ACKNOWLEDGED, NEEDS_INFO, OVERDUE, REJECTED);
    /** Statuses in which the deadline clock runs. */
    public static final Set<RequestStatus> CLOCK_RUNNING = Set.of(SENT, ACKNOWLEDGED);

    private static final Map<Trigger, Map<RequestStatus, RequestStatus>> ALLOWED = new EnumMap<>(Trigger.class);

    static {
        allow(Trigger.DELIVERED, PENDING, SENT);
        allowSame(Trigger.DELIVERED, SENT, ACKNOWLEDGED, OVERDUE, NEEDS_INFO, REJECTED, REMOVED);
        allow(Trigger.MARK_SUBMITTED, PENDING, SENT);
        allow(Trigger.MARK_SUBMITTED, NEEDS_INFO, SENT);
        allow(Trigger.MARK_SUBMITTED, REJECTED, SENT);
        allow(Trigger.PARTNER_RECEIVED, PENDING, ACKNOWLEDGED);
        allow(Trigger.PARTNER_RECEIVED, SENT, ACKNOWLEDGED);
        allow(Trigger.PARTNER_RECEIVED, NEEDS_INFO, ACKNOWLEDGED);
        allowSame(Trigger.PARTNER_RECEIVED, ACKNOWLEDGED, OVERDUE);
        for (RequestStatus from : OPEN) {
            allow(Trigger.PARTNER_REMOVED, from, REMOVED);
            allow(Trigger.MARK_REMOVED, from, REMOVED);
            allow(Trigger.WITHDRAW, from, WITHDRAWN);
            allow(Trigger.CLOSE, from, CLOSED);
        }
        allowSame(Trigger.PARTNER_REMOVED, REMOVED);
        allow(Trigger.CLOSE, REMOVED, CLOSED);
        for (RequestStatus from : Set.of(PENDING, SENT, ACKNOWLEDGED, NEEDS_INFO, OVERDUE)) {
            allow(Trigger.PARTNER_REJECTED, from, REJECTED);
        }
        for (RequestStatus from : Set.of(PENDING, SENT, ACKNOWLEDGED, OVERDUE)) {
            allow(Trigger.PARTNER_NEEDS_INFO, from, NEEDS_INFO);
        }
        allow(Trigger.DEADLINE_PASSED, SENT, OVERDUE);
        allow(Trigger.DEADLINE_PASSED, ACKNOWLEDGED, OVERDUE);
        allowSame(Trigger.ESCALATE, OVERDUE, REJECTED);
        allowSame(Trigger.RESEND, PENDING, SENT, ACKNOWLEDGED, OVERDUE);
        allow(Trigger.RESEND, NEEDS_INFO, PENDING);
        allow(Trigger.RESEND, REJECTED, PENDING);
    }

    private RequestLifecycle() {
    }

    /** The status after {@code trigger} in {@code from}, or empty when the transition is not allowed. */
    public static Optional<RequestStatus> next(RequestStatus from, Trigger trigger) {
        return Optional.ofNullable(ALLOWED.getOrDefault(trigger, Map.of()).get(from));
    }

    private static void allow(Trigger trigger, RequestStatus from, RequestStatus to) {
        ALLOWED.computeIfAbsent(trigger, t -> new EnumMap<>(RequestStatus.class)).put(from, to);
    }

    private static void allowSame(Trigger trigger, RequestStatus... statuses) {
        for (RequestStatus status : statuses) {
            allow(trigger, status, status);
        }
    }
}
