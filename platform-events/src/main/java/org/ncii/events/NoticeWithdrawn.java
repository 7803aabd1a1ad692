package org.ncii.events;

import java.time.Instant;
import java.util.List;

/** The victim withdrew: pending deliveries stop and platforms are told, with the hashes to stop matching. */
public record NoticeWithdrawn(String noticeId, String caseRef, String platform, List<ContentHash> hashes,
                              Instant withdrawnAt) {
    public NoticeWithdrawn {
        hashes = hashes == null ? List.of() : List.copyOf(hashes);
    }
}
