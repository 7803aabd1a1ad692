package org.ncii.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ncii.events.RequestStatus.ACKNOWLEDGED;
import static org.ncii.events.RequestStatus.CLOSED;
import static org.ncii.events.RequestStatus.NEEDS_INFO;
import static org.ncii.events.RequestStatus.OVERDUE;
import static org.ncii.events.RequestStatus.PENDING;
import static org.ncii.events.RequestStatus.REJECTED;
import static org.ncii.events.RequestStatus.REMOVED;
import static org.ncii.events.RequestStatus.SENT;
import static org.ncii.events.RequestStatus.WITHDRAWN;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ncii.events.RequestStatus;
import org.ncii.takedown.RequestLifecycle.Trigger;

/** The state machine allows exactly the transitions of a request's life, and a refused one changes nothing. */
class RequestLifecycleTest {
    @Test
    void happyPathRunsFromPendingToRemovedThenClosed() {
        assertThat(RequestLifecycle.next(PENDING, Trigger.DELIVERED)).contains(SENT);
        assertThat(RequestLifecycle.next(SENT, Trigger.PARTNER_RECEIVED)).contains(ACKNOWLEDGED);
        assertThat(RequestLifecycle.next(ACKNOWLEDGED, Trigger.PARTNER_REMOVED)).contains(REMOVED);
        assertThat(RequestLifecycle.next(REMOVED, Trigger.CLOSE)).contains(CLOSED);
    }

    @Test
    void onlyRunningClocksGoOverdue() {
        for (RequestStatus status : RequestStatus.values()) {
            boolean running = status == SENT || status == ACKNOWLEDGED;
            assertThat(RequestLifecycle.next(status, Trigger.DEADLINE_PASSED).isPresent()).as(status.name()).isEqualTo(running);
        }
    }

    @Test
    void withdrawnAndClosedAreFinal() {
        for (RequestStatus terminal : List.of(WITHDRAWN, CLOSED)) {
            for (Trigger trigger : Trigger.values()) {
                assertThat(RequestLifecycle.next(terminal, trigger)).as(terminal + " " + trigger).isEmpty();
            }
        }
    }

    @Test
    void staffActionsAreAllowedOnlyWhereTheyMakeSense() {
        assertThat(allowedFrom(StaffAction.MARK_SUBMITTED)).containsExactlyInAnyOrder(PENDING, NEEDS_INFO, REJECTED);
        assertThat(allowedFrom(StaffAction.ESCALATE)).containsExactlyInAnyOrder(OVERDUE, REJECTED);
        assertThat(allowedFrom(StaffAction.RESEND)).containsExactlyInAnyOrder(PENDING, SENT, ACKNOWLEDGED, OVERDUE,
                NEEDS_INFO, REJECTED);
        assertThat(allowedFrom(StaffAction.MARK_REMOVED)).containsExactlyInAnyOrderElementsOf(RequestLifecycle.OPEN);
        assertThat(allowedFrom(StaffAction.CLOSE)).containsExactlyInAnyOrder(PENDING, SENT, ACKNOWLEDGED, NEEDS_INFO,
                OVERDUE, REJECTED, REMOVED);
        assertThat(RequestLifecycle.next(REJECTED, Trigger.RESEND)).contains(PENDING);
    }

    @Test
    void partnerCannotReviveAWithdrawnRequestAndTheRefusalIsRecorded() {
        TakedownCase theCase = new TakedownCase();
        theCase.caseRef = "TD-UNIT";
        RemovalRequest request = new RemovalRequest();
        request.id = UUID.randomUUID();
        request.status = WITHDRAWN;
        CaseFile file = new CaseFile(theCase, List.of(request), List.of());

        boolean applied = file.apply(request, Trigger.PARTNER_REMOVED, Instant.now(), Actor.PARTNER, "partner-meta", "removed");

        assertThat(applied).isFalse();
        assertThat(request.status).isEqualTo(WITHDRAWN);
        assertThat(file.addedEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.what).isEqualTo("REFUSED");
            assertThat(entry.fromStatus).isEqualTo(WITHDRAWN);
            assertThat(entry.actor).isEqualTo(Actor.PARTNER);
            assertThat(entry.why).contains("PARTNER_REMOVED");
        });
    }

    private static EnumSet<RequestStatus> allowedFrom(StaffAction action) {
        EnumSet<RequestStatus> allowed = EnumSet.noneOf(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            Optional<RequestStatus> next = RequestLifecycle.next(status, action.trigger());
            next.ifPresent(n -> allowed.add(status));
        }
        return allowed;
    }
}
