package org.ncii.notifier.matches;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's report of a copy found again, by one hash it received in a notice. */
@Schema(description = "A copy of reported content found again by a hash received in a notice.")
public record MatchReport(
        @NotNull
        @Pattern(regexp = "[0-9a-fA-F]{32}|[0-9a-fA-F]{64}", message = "must be a hash from a notice: 32 or 64 hex digits")
        @Schema(description = "The hash (PDQ, MD5 or SHA-256, hex) as received in a notice.", required = true)
        String hash,
        @NotNull
        @Size(max = 2048)
        @Pattern(regexp = "(?i)https?://\\S+", message = "must be an absolute http or https URL")
        @Schema(description = "Where the copy was found.", required = true)
        String url,
        @NotNull
        @Schema(description = "What the partner did with the copy.", required = true)
        ActionTaken actionTaken,
        @NotNull
        @Schema(description = "When the copy was found.", required = true)
        Instant foundAt) {
}
