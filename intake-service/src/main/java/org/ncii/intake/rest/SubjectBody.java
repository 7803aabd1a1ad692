package org.ncii.intake.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ncii.intake.rest.validation.IsoCountry;

/** The person shown: where they live decides the legal bases; a minor's case takes the child-protection route. */
@Schema(description = "The person shown in the content.")
public record SubjectBody(
        @NotNull
        @IsoCountry
        @Schema(description = "Country of residence, ISO 3166 alpha-2, upper case.", required = true, example = "GB")
        String countryOfResidence,
        @NotNull
        @Schema(description = "Whether the person shown is under 18; such cases are prioritised.", required = true, example = "false")
        Boolean minor) {
}
