package org.ncii.takedown;

/** What a caseworker can do to a removal request; each maps to one lifecycle trigger. */
public enum StaffAction {
    RESEND(RequestLifecycle.Trigger.RESEND),
    MARK_SUBMITTED(RequestLifecycle.Trigger.MARK_SUBMITTED),
    MARK_REMOVED(RequestLifecycle.Trigger.MARK_REMOVED),
    ESCALATE(RequestLifecycle.Trigger.ESCALATE),
    CLOSE(RequestLifecycle.Trigger.CLOSE);

    private final RequestLifecycle.Trigger trigger;

    StaffAction(RequestLifecycle.Trigger trigger) {
        this.trigger = trigger;
    }

    public RequestLifecycle.Trigger trigger() {
        return trigger;
    }
}
