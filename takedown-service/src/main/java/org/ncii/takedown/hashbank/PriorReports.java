package org.ncii.takedown.hashbank;

import java.util.List;

import org.ncii.takedown.notice.ComposedNotice;

/**
 * Tells platforms that the content of a new report was reported before (by another case, which is not named):
 * a copy re-uploaded after a removal is what the TAKE IT DOWN Act's "identical copies" duty is about.
 */
public final class PriorReports {
    static final String SENTENCE = "This content was reported to us before: its hashes match content already "
            + "reported in an earlier case. Please also remove any identical copies you hold.";

    private PriorReports() {
    }

    public static List<ComposedNotice> mention(List<ComposedNotice> notices, List<PriorMatch> prior) {
        if (prior.isEmpty()) {
            return notices;
        }
        return notices.stream().map(n -> new ComposedNotice(n.platform(), n.items(), n.legalBases(), n.responseDeadline(),
                n.childProtection(), n.requester(), n.route(), n.subject(), n.letter() + "\n\n" + SENTENCE + "\n")).toList();
    }
}
