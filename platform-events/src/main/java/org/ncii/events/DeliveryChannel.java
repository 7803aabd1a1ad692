package org.ncii.events;

/** How a notice reached, or must reach, a platform. */
public enum DeliveryChannel {
    WEBHOOK, EMAIL, MANUAL, PULL
}
