package org.ncii.notifier.delivery;

/** The life of one message: pending (with a next attempt due), or ended one of four ways. */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD_LETTERED, ENDPOINT_DISABLED, CANCELLED
}
