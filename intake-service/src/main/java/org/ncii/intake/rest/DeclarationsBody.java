package org.ncii.intake.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statements the legal bases require; a report without all three cannot be filed. */
@Schema(description = "Statements the legal bases require; all three must be true.")
public record DeclarationsBody(
        @NotNull
        @AssertTrue
        @Schema(description = "The person shown did not consent to publication.", required = true, example = "true")
        Boolean notConsented,
        @NotNull
        @AssertTrue
        @Schema(description = "The report is made in good faith.", required = true, example = "true")
        Boolean goodFaith,
        @NotNull
        @AssertTrue
        @Schema(description = "The information given is accurate.", required = true, example = "true")
        Boolean accurate) {
}
