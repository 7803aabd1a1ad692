package org.ncii.notifier.matches;

/** What a partner did with a copy it found again. */
public enum ActionTaken {
    /** Taken down. */
    REMOVED,
    /** Stopped at upload, never published. */
    BLOCKED,
    /** Kept online but hidden or age-gated. */
    RESTRICTED,
    /** Found, nothing done yet. */
    NONE
}
