package org.ncii.intake.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ncii.events.RequestStatus;

/** A case as its reporter sees it: overall status and where each reported URL stands at each platform. */
@Schema(description = "The case and the state of each reported URL at each platform.")
public record CaseView(
        @Schema(description = "Case reference.", required = true, example = "TD-7KQ2-94XM")
        String caseRef,
        @Schema(description = "SUBMITTED until processing starts, then the case status; WITHDRAWN after withdrawal.",
                required = true, example = "IN_PROGRESS")
        String status,
        @Schema(description = "When the report was received.", required = true, example = "2026-11-28T10:15:30Z")
        Instant submittedAt,
        @Schema(description = "When the status last changed; null before processing started.", nullable = true,
                example = "2026-11-28T11:02:00Z")
        Instant updatedAt,
        @Schema(required = true)
        List<Item> items,
        @Schema(description = "Copies of the content that platforms found again later (by its hashes) and what they did, "
                + "oldest first. Listed only when the report asked for it with tellMeIfFoundAgain; empty otherwise.",
                required = true)
        List<FoundCopy> foundAgain) {

    /** A copy a platform found again and what it did with it. */
    public record FoundCopy(
            @Schema(description = "Platform id.", required = true, example = "FACEBOOK")
            String platform,
            @Schema(description = "What the platform did: REMOVED, BLOCKED (stopped at upload), RESTRICTED (hidden or "
                    + "age-gated), or NONE (found, reported to us).", required = true, example = "REMOVED")
            String actionTaken,
            @Schema(description = "When the platform found it.", required = true, example = "2026-12-02T08:40:00Z")
            Instant foundAt) {
    }

    /** One URL at one platform. */
    public record Item(
            @Schema(description = "Item id.", required = true, example = "6f1c2b9e-8a34-4b61-9a55-0f3f1d2c7b10")
            String itemId,
            @Schema(description = "The normalised URL.", required = true, example = "https://www.example-tube.com/watch?v=abc123")
            String url,
            @Schema(description = "Platform id; null until the URL has been routed.", nullable = true, example = "YOUTUBE")
            String platform,
            @Schema(description = "PENDING, SENT, ACKNOWLEDGED, REMOVED, REJECTED, NEEDS_INFO, OVERDUE or WITHDRAWN.",
                    required = true, example = "SENT")
            RequestStatus status,
            @Schema(description = "Legal deadline for removal; null until the notice was delivered.", nullable = true,
                    example = "2026-11-30T11:02:00Z")
            Instant dueAt,
            @Schema(description = "When this item last changed.", nullable = true, example = "2026-11-28T11:02:00Z")
            Instant updatedAt) {
    }
}
