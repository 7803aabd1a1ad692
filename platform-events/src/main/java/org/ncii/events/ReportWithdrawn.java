package org.ncii.events;

import java.time.Instant;

/** The victim withdrew: every open request of the case must stop. */
public record ReportWithdrawn(String caseRef, Instant withdrawnAt) {
}
