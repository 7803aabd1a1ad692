package org.ncii.notifier.partner;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A partner to register: its name, the platforms it answers for (ids from the platform list), and where to
 * reach it. Without a webhook the partner pulls its notices; platform ids are checked by {@link PartnerService}.
 */
public record NewPartner(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 40) String> platforms,
        @Size(max = 2048) String webhookUrl,
        @Email @Size(max = 320) String email) {
}
