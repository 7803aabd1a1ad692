package org.ncii.events;

import java.util.List;

/** One content item inside a notice: the URL, the platform's own content id when it can be read, hashes. */
public record NoticeItem(String itemId, String url, String platformContentId, List<ContentHash> hashes) {
    public NoticeItem {
        hashes = hashes == null ? List.of() : List.copyOf(hashes);
    }
}
