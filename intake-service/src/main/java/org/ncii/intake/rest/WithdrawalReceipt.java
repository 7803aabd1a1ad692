package org.ncii.intake.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Confirms the withdrawal: pending requests stop and personal data is already erased. */
@Schema(description = "The case is withdrawn: pending requests stop and personal data has been erased.")
public record WithdrawalReceipt(
        @Schema(description = "Case reference.", required = true, example = "TD-7KQ2-94XM")
        String caseRef,
        @Schema(description = "Always WITHDRAWN.", required = true, example = "WITHDRAWN")
        String status,
        @Schema(description = "When the case was withdrawn.", required = true, example = "2026-11-28T12:00:00Z")
        Instant withdrawnAt) {
}
