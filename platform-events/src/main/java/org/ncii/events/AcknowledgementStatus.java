package org.ncii.events;

/** What a platform partner says about a notice. */
public enum AcknowledgementStatus {
    RECEIVED, REMOVED, REJECTED, NEEDS_INFO
}
