-- Copies partners found again by a hash they received: what they found (URL), what they did, when. The case is
-- the one of the notice that carried the hash to this partner.
CREATE TABLE partner_match (
    match_id      VARCHAR(40)    PRIMARY KEY,
    partner_id    VARCHAR(64)    NOT NULL,
    notice_id     VARCHAR(64)    NOT NULL REFERENCES notice (notice_id),
    hash          VARCHAR(64)    NOT NULL,
    url           VARCHAR(2048)  NOT NULL,
    action_taken  VARCHAR(16)    NOT NULL,
    found_at      TIMESTAMPTZ    NOT NULL,
    received_at   TIMESTAMPTZ    NOT NULL,
    -- The same report twice is one match.
    UNIQUE (partner_id, hash, url, found_at)
);
