-- The hashes each partner has received, one row per hash of a notice that reached it (webhook or e-mail
-- delivered, or put up for the partner to pull), written in the transaction that records the delivery and
-- deleted when the notice is withdrawn. A partner's match report is checked here, without opening the sealed
-- notices. Notices delivered before this table existed are not in it: their hashes give 404.
CREATE TABLE delivered_hash (
    id            BIGINT       PRIMARY KEY,
    partner_id    VARCHAR(64)  NOT NULL,
    hash_value    VARCHAR(64)  NOT NULL,
    algorithm     VARCHAR(16)  NOT NULL,
    notice_id     VARCHAR(64)  NOT NULL,
    case_ref      VARCHAR(64)  NOT NULL,
    delivered_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX delivered_hash_partner_hash ON delivered_hash (partner_id, hash_value);
CREATE INDEX delivered_hash_notice ON delivered_hash (notice_id);
CREATE SEQUENCE delivered_hash_SEQ START WITH 1 INCREMENT BY 50;
