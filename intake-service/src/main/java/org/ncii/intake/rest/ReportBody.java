package org.ncii.intake.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report as submitted: every place the content appears, who reports, about whom, and the signed statements. */
@Schema(description = "A report of non-consensual intimate content. Unknown fields are refused.")
public record ReportBody(
        @NotNull
        @Size(min = 1, max = 50)
        @Schema(description = "Every place the content appears, 1 to 50 after merging duplicates.", required = true,
                minItems = 1, maxItems = 50)
        List<@NotNull @Valid ContentItemBody> content,
        @NotNull
        @Valid
        @Schema(required = true)
        ReporterBody reporter,
        @NotNull
        @Valid
        @Schema(required = true)
        SubjectBody subject,
        @NotNull
        @Valid
        @Schema(required = true)
        DeclarationsBody declarations,
        @NotBlank
        @Size(max = 200)
        // A signature is a typed name: at least one letter, no control characters (NUL, line breaks, escapes).
        @Pattern(regexp = "[^\\p{Cntrl}]*\\p{L}[^\\p{Cntrl}]*", message = "must be a typed name: letters, no control characters")
        @Schema(description = "The reporter's full name typed as electronic signature (encrypted at rest).", required = true,
                maxLength = 200, example = "Alex Morgan")
        String signature,
        @Schema(description = "Whether notices may name the victim (name, e-mail, phone, signature) instead of the helpline "
                + "as authorised representative. Requires reporter name and e-mail.", defaultValue = "false", example = "false")
        Boolean shareIdentityWithPlatforms,
        @Schema(description = "Whether the case status (API and status page) should list copies that partner platforms find "
                + "again later by the content's hashes, and what they did with them. Nothing else changes: no message is "
                + "sent.", defaultValue = "false", example = "true")
        Boolean tellMeIfFoundAgain) {
}
