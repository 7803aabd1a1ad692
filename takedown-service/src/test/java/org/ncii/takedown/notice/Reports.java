package org.ncii.takedown.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.HashAlgorithm;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportedItem;
import org.ncii.events.ReporterRole;
import org.ncii.events.SharedIdentity;

/** Submitted reports as intake publishes them, for composition tests. */
public final class Reports {
    public static final Instant SUBMITTED = Instant.parse("2026-11-28T10:00:00Z");

    /** The report of the "Done when": Facebook twice, Instagram, X, a Reddit CDN link, an unknown host. */
    public static final List<String> DONE_WHEN_URLS = List.of(
            "https://www.facebook.com/jane.doe/posts/pfbid02AbCdEf",
            "https://www.instagram.com/p/C0dEfGhIjK/",
            "https://m.facebook.com/photo.php?fbid=1234567890",
            "https://x.com/someone/status/1790000000000000001",
            "https://i.redd.it/abcd1234efgh.jpg",
            "https://cdn.abuse-test.example/uploads/leak.jpg");

    private Reports() {
    }

    public static ReportSubmitted report(String caseRef, String country, boolean minor, List<String> urls) {
        return new ReportSubmitted(caseRef, SUBMITTED, ReporterRole.VICTIM, country, minor, false,
                new Declarations(true, true, true), items(urls), null);
    }

    public static ReportSubmitted sharingIdentity(String caseRef, String country, SharedIdentity identity, List<String> urls) {
        return new ReportSubmitted(caseRef, SUBMITTED, ReporterRole.VICTIM, country, false, true,
                new Declarations(true, true, true), items(urls), identity);
    }

    private static List<ReportedItem> items(List<String> urls) {
        List<ReportedItem> items = new ArrayList<>();
        for (String url : urls) {
            items.add(new ReportedItem("item-" + (items.size() + 1), url,
                    List.of(new ContentHash(HashAlgorithm.SHA256, "ab".repeat(32), null, null))));
        }
        return items;
    }
}
