package org.ncii.takedown.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates and remaining time as the dashboard shows them: UTC, to the minute, in words a caseworker reads at a glance. */
public final class Times {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String at(Instant instant) {
        return instant == null ? "" : AT.format(instant);
    }

    /** "1 d 4 h left", "35 min left", or "2 h 10 min overdue"; empty without a deadline. */
    public static String left(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        Duration d = Duration.between(now, due);
        String amount = amount(d.abs());
        return d.isNegative() ? amount + " overdue" : amount + " left";
    }

    static String amount(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return Math.max(minutes, 1) + " min";
    }
}
