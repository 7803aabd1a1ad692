package org.ncii.takedown.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ncii.events.RequestStatus;

/** One line of the staff's case list: the case and where each of its requests stands. */
public record CaseSummary(String caseRef, String status, boolean minor, String country, Instant createdAt,
                          Instant updatedAt, List<RequestLine> requests) {

    /** A request as the list shows it; {@code attention} names a delivery problem staff must look at. */
    public record RequestLine(UUID id, String platform, RequestStatus status, Instant dueAt, String attention) {
    }

    /** One page of the list, with the total number of matching cases. */
    public record Page(List<CaseSummary> items, int page, int size, long total) {
    }
}
