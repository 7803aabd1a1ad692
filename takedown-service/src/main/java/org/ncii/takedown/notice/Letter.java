package org.ncii.takedown.notice;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * The fields a plain-text notice is rendered from: the same structured form as the webhook payload, flattened
 * for templates, with every value a reporter could influence already made safe by {@link PlainText}.
 */
@TemplateData
public record Letter(
        String caseRef,
        String date,
        String subject,
        String platformName,
        String addressee,
        String site,
        String hostingCapacity,
        List<LetterItem> items,
        boolean childProtection,
        String countryName,
        boolean victimIdentityShared,
        boolean requesterIsPersonDepicted,
        String requesterName,
        String requesterOrganisation,
        String requesterEmail,
        String requesterPhone,
        String signature,
        String policyName,
        String policyUrl,
        long deadlineHours) {

    public Letter {
        items = List.copyOf(items);
    }

    /** Who the statements are made by, as the letter names them. */
    public String requester() {
        if (victimIdentityShared) {
            return requesterName;
        }
        return requesterOrganisation == null ? requesterName : requesterOrganisation;
    }
}
