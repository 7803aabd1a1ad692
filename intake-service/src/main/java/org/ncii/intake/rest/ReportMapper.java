package org.ncii.intake.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.http.ProblemException;
import org.ncii.intake.ContentUrl;
import org.ncii.intake.NewReport;

/**
 * From the validated API body to the domain command: URLs normalised, items with the same normalised URL merged
 * (hashes united, the first description kept), hashes in lower case, optional text trimmed to null.
 */
final class ReportMapper {
    private ReportMapper() {
    }

    static NewReport toCommand(ReportBody body) {
        boolean share = Boolean.TRUE.equals(body.shareIdentityWithPlatforms());
        ReporterBody reporter = body.reporter();
        if (share && (blank(reporter.name()) || blank(reporter.email()))) {
            throw ProblemException.unprocessable(blank(reporter.name()) ? "reporter.name" : "reporter.email",
                    "is required when shareIdentityWithPlatforms is true");
        }
        return new NewReport(merge(body.content()), reporter.role(), text(reporter.name()), text(reporter.email()),
                text(reporter.phone()), body.subject().countryOfResidence(), body.subject().minor(),
                new Declarations(true, true, true), body.signature().trim(), share,
                Boolean.TRUE.equals(body.tellMeIfFoundAgain()));
    }

    private static List<NewReport.Item> merge(List<ContentItemBody> content) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, Set<ContentHash>> hashes = new LinkedHashMap<>();
        for (ContentItemBody item : content) {
            String url = ContentUrl.parse(item.url()).normalised();
            descriptions.putIfAbsent(url, null);
            if (descriptions.get(url) == null) {
                descriptions.put(url, text(item.description()));
            }
            Set<ContentHash> known = hashes.computeIfAbsent(url, u -> new LinkedHashSet<>());
            if (item.hashes() != null) {
                item.hashes().forEach(h -> known.add(new ContentHash(h.algorithm(), h.value().toLowerCase(Locale.ROOT), h.quality(), h.variant())));
            }
        }
        List<NewReport.Item> items = new ArrayList<>();
        descriptions.forEach((url, description) -> items.add(new NewReport.Item(url, description, new ArrayList<>(hashes.get(url)))));
        return items;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return blank(value) ? null : value.trim();
    }
}
