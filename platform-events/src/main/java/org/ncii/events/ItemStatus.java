package org.ncii.events;

import java.time.Instant;

/** One reported URL's current state at one platform; {@code dueAt} is null until the notice is delivered. */
public record ItemStatus(String itemId, String url, String platform, RequestStatus status, Instant dueAt,
                         Instant updatedAt) {
}
