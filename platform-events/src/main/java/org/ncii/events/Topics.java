package org.ncii.events;

/** The four topics the services talk through; nothing else crosses a service boundary. */
public final class Topics {
    /** intake to takedown: reports submitted and withdrawn, keyed by case reference. */
    public static final String REPORTS = "takedown.reports.v1";
    /** takedown to notifier: notices to deliver, remind or withdraw, keyed by notice id. */
    public static final String NOTICES = "takedown.notices.v1";
    /** notifier to takedown: delivery results and partner acknowledgements, keyed by notice id. */
    public static final String ACKS = "takedown.acks.v1";
    /** takedown to intake: each case's current per-item status, keyed by case reference. */
    public static final String CASE_STATUS = "takedown.case-status.v1";

    private Topics() {
    }
}
