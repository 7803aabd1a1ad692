package org.ncii.events;

/** The life of one removal request, as the victim and the caseworker see it. */
public enum RequestStatus {
    PENDING, SENT, ACKNOWLEDGED, REMOVED, REJECTED, NEEDS_INFO, OVERDUE, WITHDRAWN, CLOSED
}
