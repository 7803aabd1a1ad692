package org.ncii.takedown.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.ncii.events.RequestStatus;
import org.ncii.http.ProblemException;

/** Reads query parameters, answering 400 naming the parameter when one cannot be read. */
final class QueryParams {
    private QueryParams() {
    }

    static RequestStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(RequestStatus.values()));
        }
    }

    static String platform(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.trim().toUpperCase(Locale.ROOT);
        if (!id.matches("[A-Z0-9_]{1,32}")) {
            throw ProblemException.invalid("platform", "must be a platform id such as FACEBOOK");
        }
        return id;
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    /** An ISO-8601 instant, or a date meaning its start (UTC). */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 date or instant, e.g. 2026-11-28 or 2026-11-28T10:00:00Z");
        }
    }

    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }
}
