package org.ncii.intake.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ncii.intake.ContentUrl;
import org.ncii.intake.rest.validation.ReportableUrl;

/** One place the content appears. */
@Schema(description = "One place the content appears.")
public record ContentItemBody(
        @NotNull
        @ReportableUrl
        @Schema(description = "Absolute http or https URL, at most 2048 characters, without credentials. It is normalised "
                + "(lower-case host, default port, fragment and tracking parameters dropped); duplicates are merged.",
                required = true, maxLength = ContentUrl.MAX_LENGTH, example = "https://www.example-tube.com/watch?v=abc123")
        String url,
        @Size(max = 1000)
        @Schema(description = "What is shown there, in the reporter's words (encrypted at rest, never sent to platforms "
                + "in events).", maxLength = 1000, nullable = true, example = "Video posted by my ex-partner")
        String description,
        @Size(max = 10)
        @Schema(description = "Hashes of the content, at most 10.", nullable = true)
        List<@NotNull @Valid HashBody> hashes) {
}
