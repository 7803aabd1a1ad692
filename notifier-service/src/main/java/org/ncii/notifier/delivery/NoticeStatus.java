package org.ncii.notifier.delivery;

/**
 * Where a notice stands on the notifier's side. {@code WITHDRAWN} notices are neither delivered nor shown to
 * partners any more; the others say how the first delivery ended (or that it is still under way).
 */
public enum NoticeStatus {
    PENDING, DELIVERED, MANUAL, DEAD_LETTERED, ENDPOINT_DISABLED, WITHDRAWN
}
