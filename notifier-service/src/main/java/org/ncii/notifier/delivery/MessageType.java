package org.ncii.notifier.delivery;

/** The webhook {@code type} of each message the notifier sends about a notice. */
public enum MessageType {
    CREATED("removal_request.created"),
    REMINDER("removal_request.reminder"),
    WITHDRAWN("removal_request.withdrawn");

    private final String wireName;

    MessageType(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire, in the body's {@code type} and in {@code delivery.result} events. */
    public String wireName() {
        return wireName;
    }
}
