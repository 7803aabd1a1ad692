package org.ncii.events;

import java.time.Instant;
import java.util.List;

/**
 * A report accepted by intake. Carries no name, contact or free text unless the victim chose to share
 * their identity with platforms, in which case {@code identity} is set.
 */
public record ReportSubmitted(
        String caseRef,
        Instant submittedAt,
        ReporterRole reporterRole,
        String countryOfResidence,
        boolean minor,
        boolean shareIdentityWithPlatforms,
        Declarations declarations,
        List<ReportedItem> items,
        SharedIdentity identity) {

    public ReportSubmitted {
        items = List.copyOf(items);
    }
}
