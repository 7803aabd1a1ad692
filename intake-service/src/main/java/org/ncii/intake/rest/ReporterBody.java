package org.ncii.intake.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ncii.events.ReporterRole;

/** Who reports; every contact field is optional, so a report can be anonymous. */
@Schema(description = "Who reports. Name and contact are optional: an anonymous reporter gets back in with the access code only.")
public record ReporterBody(
        @NotNull
        @Schema(description = "The reporter's role.", required = true, example = "VICTIM")
        ReporterRole role,
        @Size(max = 200)
        @Schema(description = "Full name (encrypted at rest).", maxLength = 200, nullable = true, example = "Alex Morgan")
        String name,
        @Email
        @Size(max = 254)
        @Schema(description = "E-mail address (encrypted at rest).", maxLength = 254, nullable = true, example = "alex@example.org")
        String email,
        @Size(max = 40)
        @Schema(description = "Phone number (encrypted at rest).", maxLength = 40, nullable = true, example = "+44 7700 900123")
        String phone) {
}
