package org.ncii.events;

import java.time.Instant;

/**
 * A copy of a case's content that a partner found again and what it did with it, as the victim's status page needs
 * it: the platform, the action ({@code REMOVED}, {@code BLOCKED}, {@code RESTRICTED} or another word a partner used)
 * and when. No URL, hash or partner id: the page shows none of them, so the event does not carry them.
 */
public record FoundAgain(String platform, String actionTaken, Instant foundAt, Instant reportedAt) {
}
