-- Copies of a case's content that partners found again (by a hash their notice carried) and what they did, kept
-- structured so every case-status snapshot can list them for the victim's page. No URL, no hash: the timeline
-- entry says what caseworkers need, and the victim's page shows only platform, action and date.
CREATE TABLE found_again (
    match_id     VARCHAR(64)  PRIMARY KEY,
    case_ref     VARCHAR(64)  NOT NULL,
    platform     VARCHAR(64)  NOT NULL,
    action_taken VARCHAR(32)  NOT NULL,
    found_at     TIMESTAMPTZ  NOT NULL,
    reported_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX found_again_case ON found_again (case_ref, found_at);
