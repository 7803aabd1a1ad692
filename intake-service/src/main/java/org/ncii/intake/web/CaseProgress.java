package org.ncii.intake.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ncii.events.ItemStatus;
import org.ncii.intake.IntakeCase;
import org.ncii.intake.service.CaseStatusReadModel;

/**
 * A case as the status page shows it: each reported address once, with where it stands at each platform that was
 * asked to remove it, and, when the victim asked, the copies platforms found again. Addresses are text only: the page
 * never links to or previews the content.
 */
record CaseProgress(String caseRef, StatusWords.State state, String submittedAt, String updatedAt, boolean withdrawn,
                    List<Address> addresses, boolean tellFoundAgain, List<FoundCopy> foundAgain) {

    /** One reported address and its requests. */
    record Address(int number, String url, List<Request> requests) {
    }

    /** One removal request: which platform, its state in words, and its deadline when one runs. */
    record Request(String platform, StatusWords.State state, String deadline, String deadlineFromNow) {
    }

    /** A copy a platform found again, for victims who asked to be told: what happened, and when it was found. */
    record FoundCopy(String line, String foundAt) {
    }

    static CaseProgress of(CaseStatusReadModel.View view, Clock clock) {
        IntakeCase c = view.intakeCase();
        Map<String, List<Request>> byUrl = new LinkedHashMap<>();
        for (ItemStatus item : view.items()) {
            byUrl.computeIfAbsent(item.url(), u -> new ArrayList<>()).add(new Request(StatusWords.platform(item.platform()),
                    StatusWords.of(item.status()), StatusWords.when(item.dueAt()), StatusWords.relative(item.dueAt(), clock)));
        }
        List<Address> addresses = new ArrayList<>();
        byUrl.forEach((url, requests) -> addresses.add(new Address(addresses.size() + 1, url, requests)));
        return new CaseProgress(c.caseRef, StatusWords.ofCase(c.status), StatusWords.when(c.submittedAt),
                StatusWords.when(c.statusUpdatedAt), c.withdrawnAt != null, addresses, c.tellFoundAgain,
                view.foundAgain().stream().map(f -> new FoundCopy(StatusWords.foundAgain(f.platform(), f.actionTaken()),
                        StatusWords.when(f.foundAt()))).toList());
    }
}
