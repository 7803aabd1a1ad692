package org.ncii.intake.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reporter keeps: the case reference and, on first submission only, the access code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The accepted report. The access code is shown only in the first answer and cannot be recovered.")
public record SubmissionReceipt(
        @Schema(description = "Case reference to quote; no 0/O or 1/I.", required = true, example = "TD-7KQ2-94XM")
        String caseRef,
        @Schema(description = "Secret to follow or withdraw the case (130 bits), shown once; absent when an "
                + "Idempotency-Key replay returns an existing case.", nullable = true,
                example = "K7QM-2XPD-9RWH-4TNE-6VBA-3YLC-ZF")
        String accessCode,
        @Schema(description = "Case status.", required = true, example = "SUBMITTED")
        String status,
        @Schema(description = "Present on an Idempotency-Key replay.", nullable = true,
                example = "This report was already received; the access code was issued with the first answer.")
        String note,
        @Schema(required = true)
        Links links) {

    /** Where to follow and withdraw the case. */
    public record Links(
            @Schema(description = "Status of the case (send the access code as X-Access-Code).", required = true,
                    example = "/v1/reports/TD-7KQ2-94XM")
            String self,
            @Schema(description = "Withdrawal of the case.", required = true, example = "/v1/reports/TD-7KQ2-94XM/withdrawal")
            String withdrawal) {

        static Links of(String caseRef) {
            return new Links("/v1/reports/" + caseRef, "/v1/reports/" + caseRef + "/withdrawal");
        }
    }
}
