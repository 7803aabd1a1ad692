package org.ncii.events;

import java.util.List;

/** One place the content appears: intake's item id, the normalised URL and any hashes. No description. */
public record ReportedItem(String itemId, String url, List<ContentHash> hashes) {
    public ReportedItem {
        hashes = hashes == null ? List.of() : List.copyOf(hashes);
    }
}
