package org.ncii.takedown.dashboard;

import org.ncii.events.RequestStatus;
import org.ncii.takedown.StaffAction;

/** Plain words for statuses and staff actions, the same on every page. */
public final class StatusWords {
    private StatusWords() {
    }

    public static String status(RequestStatus status) {
        return switch (status) {
            case PENDING -> "Waiting to be sent";
            case SENT -> "Sent, waiting for the platform";
            case ACKNOWLEDGED -> "Platform confirmed receipt";
            case REMOVED -> "Removed";
            case REJECTED -> "Refused by the platform";
            case NEEDS_INFO -> "Platform asks for more information";
            case OVERDUE -> "Past its deadline";
            case WITHDRAWN -> "Withdrawn by the victim";
            case CLOSED -> "Closed";
        };
    }

    public static String action(StaffAction action) {
        return switch (action) {
            case RESEND -> "Send again";
            case MARK_SUBMITTED -> "Mark submitted by hand";
            case MARK_REMOVED -> "Mark removed (checked)";
            case ESCALATE -> "Escalate to the regulator";
            case CLOSE -> "Close";
        };
    }

    public static String attention(String attention) {
        if (attention == null) {
            return "";
        }
        return switch (attention) {
            case "MANUAL_REQUIRED" -> "File this by hand: the platform takes no webhook or e-mail.";
            case "DEAD_LETTERED" -> "Delivery failed for days: check the partner, then send again.";
            case "ENDPOINT_DISABLED" -> "The partner's endpoint is disabled: send again once it works, or file by hand.";
            default -> attention;
        };
    }
}
