-- Partners' acknowledgements of their notices. One row per status reached: a status is never repeated for a
-- notice, and rank only grows (RECEIVED 1, NEEDS_INFO 2, REMOVED or REJECTED 3). reason is the partner's text.
CREATE TABLE acknowledgement (
    acknowledgement_id  VARCHAR(40)   PRIMARY KEY,
    notice_id           VARCHAR(64)   NOT NULL REFERENCES notice (notice_id),
    partner_id          VARCHAR(64)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    rank                INTEGER       NOT NULL,
    reason              VARCHAR(2000),
    reference           VARCHAR(200),
    actioned_at         TIMESTAMPTZ,
    received_at         TIMESTAMPTZ   NOT NULL,
    UNIQUE (notice_id, status)
);
