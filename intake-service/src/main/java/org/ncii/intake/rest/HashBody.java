package org.ncii.intake.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ncii.events.HashAlgorithm;
import org.ncii.intake.rest.validation.HashMatchesAlgorithm;

/** A hash computed on the victim's device; the image itself never leaves it. */
@HashMatchesAlgorithm
@Schema(description = "A hash of the content computed on the reporter's device; the image itself is never accepted.")
public record HashBody(
        @NotNull
        @Schema(description = "Hash algorithm.", required = true, example = "PDQ")
        HashAlgorithm algorithm,
        @NotNull
        @Schema(description = "Hex digits: 64 for PDQ and SHA256, 32 for MD5.", required = true,
                example = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")
        String value,
        @Min(0) @Max(100)
        @Schema(description = "PDQ only: the hash's quality score, 0-100; under 50 the hash is kept but never matched.",
                example = "100")
        Integer quality,
        @Pattern(regexp = "ROTATE_90|ROTATE_180|ROTATE_270|FLIP_X|FLIP_Y|FLIP_PLUS_1|FLIP_MINUS_1",
                message = "must be one of ROTATE_90, ROTATE_180, ROTATE_270, FLIP_X, FLIP_Y, FLIP_PLUS_1, FLIP_MINUS_1")
        @Schema(description = "PDQ only: which of the seven rotated or mirrored variants of the image this hash is "
                + "(absent for the image as it is), so a rotated or mirrored copy still matches.", example = "FLIP_Y")
        String variant) {
}
