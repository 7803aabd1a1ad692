package org.ncii.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.ncii.events.RequestStatus;

/**
 * The victim's words for where a case stands: each request status as a short state and what it means for them,
 * platform ids as names, and times in UTC said as such (the page cannot know their time zone without a script).
 */
final class StatusWords {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> PLATFORM_NAMES = Map.ofEntries(
            Map.entry("X", "X (Twitter)"), Map.entry("TIKTOK", "TikTok"), Map.entry("YOUTUBE", "YouTube"),
            Map.entry("GOOGLE_SEARCH", "Google Search"), Map.entry("ONLYFANS", "OnlyFans"),
            Map.entry("PORNHUB", "Pornhub"), Map.entry("HOSTING_PROVIDER", "The website's hosting company"));

    /** One state in words: a short label, what it means, and a tone for its badge (done, waiting, problem). */
    record State(String label, String meaning, String tone) {
    }

    private StatusWords() {
    }

    static State of(RequestStatus status) {
        return switch (status == null ? RequestStatus.PENDING : status) {
            case PENDING -> new State("Being prepared", "We are preparing the removal request for this platform.", "waiting");
            case SENT -> new State("Sent", "The removal request has reached the platform. It must act before the deadline.", "waiting");
            case ACKNOWLEDGED -> new State("Platform is acting on it",
                    "The platform has confirmed it received the request and is dealing with it.", "waiting");
            case REMOVED -> new State("Removed", "The platform says it has taken the content down.", "done");
            case REJECTED -> new State("Platform refused",
                    "The platform refused to remove it. A helpline caseworker will look at what can be done next.", "problem");
            case NEEDS_INFO -> new State("Platform asked for more information",
                    "A helpline caseworker is dealing with the platform's question.", "problem");
            case OVERDUE -> new State("Deadline missed",
                    "The platform did not act in time. A helpline caseworker is chasing it.", "problem");
            case WITHDRAWN -> new State("Stopped", "You withdrew the report, so this request was stopped.", "neutral");
            case CLOSED -> new State("Closed", "This request is finished.", "neutral");
        };
    }

    static State ofCase(String caseStatus) {
        return switch (caseStatus == null ? "" : caseStatus) {
            case "SUBMITTED" -> new State("Received", "We have your report and are preparing a removal request for each platform.", "waiting");
            case "RESOLVED", "CLOSED" -> new State("Finished", "Every platform has answered. The results are below.", "done");
            case "WITHDRAWN" -> new State("Withdrawn",
                    "You withdrew this report. No more requests are sent and your personal details have been deleted.", "neutral");
            default -> new State("In progress", "Removal requests are with the platforms. The progress of each is below.", "waiting");
        };
    }

    static String platform(String id) {
        if (id == null) {
            return "Platform not yet identified";
        }
        String known = PLATFORM_NAMES.get(id);
        if (known != null) {
            return known;
        }
        String words = id.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * "Found again on TikTok and removed": a copy a platform found again, in the words takedown's timeline uses for
     * the action, with the platform by its name.
     */
    static String foundAgain(String platform, String actionTaken) {
        String action = switch (actionTaken == null ? "" : actionTaken) {
            case "REMOVED" -> "removed";
            case "BLOCKED" -> "blocked";
            case "RESTRICTED" -> "restricted";
            default -> "reported to us";
        };
        return "Found again on " + platform(platform) + " and " + action;
    }

    static String when(Instant at) {
        return at == null ? null : WHEN.format(at);
    }

    /** "in 1 day 4 hours", or "passed 3 hours ago": deadlines matter in hours (48 under the TAKE IT DOWN Act). */
    static String relative(Instant at, Clock clock) {
        if (at == null) {
            return null;
        }
        Duration left = Duration.between(clock.instant(), at);
        String span = span(left.abs());
        return left.isNegative() ? "passed " + span + " ago" : "in " + span;
    }

    private static String span(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        if (days > 0) {
            return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + (hours == 1 ? " hour" : " hours") : "");
        }
        if (hours > 0) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long minutes = Math.max(1, d.toMinutesPart());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
