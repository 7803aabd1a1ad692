package org.ncii.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A snapshot's found-again entries travel in the envelope, and snapshots written before they existed still read. */
class CaseStatusChangedTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final CloudEventCodec codec = new CloudEventCodec(JSON);

    @Test
    void aSnapshotPublishedBeforeFoundAgainExistedDecodesWithAnEmptyList() {
        String old = """
                {"specversion":"1.0","id":"5b0e5c1e-1d1f-4c1e-9b55-2c1f0e7d9a10","source":"takedown-service",
                 "type":"org.ncii.takedown.case.status-changed","subject":"TD-7KQ2-94XM","time":"2026-11-28T10:15:30Z",
                 "datacontenttype":"application/json",
                 "data":{"caseRef":"TD-7KQ2-94XM","caseStatus":"OPEN","version":3,"updatedAt":"2026-11-28T10:15:30Z",
                         "items":[{"itemId":"i-1","url":"https://example.com/v/1","platform":"YOUTUBE","status":"SENT",
                                   "dueAt":"2026-11-30T10:15:30Z","updatedAt":"2026-11-28T10:15:30Z"}]}}
                """.replace("org.ncii.takedown.case.status-changed", EventType.CASE_STATUS_CHANGED.type());

        CaseStatusChanged change = codec.read(old).orElseThrow().data(CaseStatusChanged.class);

        assertThat(change.version()).isEqualTo(3);
        assertThat(change.items()).singleElement().extracting(ItemStatus::platform).isEqualTo("YOUTUBE");
        assertThat(change.foundAgain()).isEmpty();
    }

    @Test
    void foundAgainEntriesSurviveTheEnvelope() {
        Instant found = Instant.parse("2026-11-29T01:00:00Z");
        CaseStatusChanged change = new CaseStatusChanged("TD-7KQ2-94XM", "RESOLVED", 7, found, List.of(),
                List.of(new FoundAgain("FACEBOOK", "REMOVED", found, found.plusSeconds(60))));
        String json = codec.write(CloudEvent.of(EventType.CASE_STATUS_CHANGED, "takedown-service", "TD-7KQ2-94XM", found, change));

        CaseStatusChanged read = codec.read(json).orElseThrow().data(CaseStatusChanged.class);

        assertThat(read).isEqualTo(change);
        assertThat(json).doesNotContain("url").doesNotContain("partner").doesNotContain("hash");
    }
}
