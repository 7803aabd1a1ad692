package org.ncii.takedown.repository;

import java.time.Instant;

import org.ncii.events.RequestStatus;

/**
 * The staff list's filters. {@code status} and {@code platform} apply to one and the same request of the case;
 * {@code overdue} asks for cases with (or without) an overdue request. Pages count from 0.
 */
public record CaseFilter(RequestStatus status, String platform, Boolean overdue, Instant createdFrom,
                         Instant createdTo, int page, int size) {
}
