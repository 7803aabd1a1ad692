package org.ncii.events;

/**
 * What happened to one delivery. {@code DELIVERED}: a partner answered 2xx or the e-mail was accepted by the
 * mail server. {@code MANUAL_REQUIRED}: no automatic channel, a caseworker must file it. {@code DEAD_LETTERED}:
 * every retry failed. {@code ENDPOINT_DISABLED}: the partner answered 410.
 */
public enum DeliveryOutcome {
    DELIVERED, MANUAL_REQUIRED, DEAD_LETTERED, ENDPOINT_DISABLED
}
