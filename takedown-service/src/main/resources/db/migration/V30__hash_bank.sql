-- The hash bank: every hash of every case (PDQ perceptual hashes, MD5 and SHA-256 exact hashes), the links
-- between cases whose content matched, and the staff's "never match" list of hashes that match too much.
-- PDQ matching runs in an in-memory index rebuilt from bank_hash at start; exact hashes match by this index.
CREATE SEQUENCE bank_hash_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE bank_hash (
    id           BIGINT       PRIMARY KEY,
    case_ref     VARCHAR(64)  NOT NULL,
    item_id      VARCHAR(64),
    -- PDQ, MD5 or SHA256; value in lower-case hex.
    algorithm    VARCHAR(8)   NOT NULL,
    value        VARCHAR(64)  NOT NULL,
    -- PDQ quality score (0..100) when the victim's device gave it; a dihedral variant name, null for the original.
    quality      SMALLINT,
    variant      VARCHAR(16),
    added_at     TIMESTAMPTZ  NOT NULL,
    -- How many other cases this hash matched: one that matches suspiciously often is a common image.
    match_count  INTEGER      NOT NULL DEFAULT 0
);

CREATE INDEX bank_hash_value ON bank_hash (algorithm, value);
CREATE INDEX bank_hash_case ON bank_hash (case_ref);

CREATE SEQUENCE case_match_SEQ START WITH 1 INCREMENT BY 50;

-- One row per direction, so each case lists the cases it matches with one indexed query.
CREATE TABLE case_match (
    id              BIGINT       PRIMARY KEY,
    case_ref        VARCHAR(64)  NOT NULL,
    other_case_ref  VARCHAR(64)  NOT NULL,
    algorithm       VARCHAR(8)   NOT NULL,
    -- Hamming distance of the closest PDQ pair; 0 for an exact MD5/SHA-256 match.
    distance        INTEGER      NOT NULL,
    matched_at      TIMESTAMPTZ  NOT NULL,
    UNIQUE (case_ref, other_case_ref)
);

CREATE SEQUENCE never_match_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE never_match (
    id          BIGINT        PRIMARY KEY,
    algorithm   VARCHAR(8)    NOT NULL,
    value       VARCHAR(64)   NOT NULL,
    reason      VARCHAR(500),
    added_by    VARCHAR(320)  NOT NULL,
    added_at    TIMESTAMPTZ   NOT NULL,
    UNIQUE (algorithm, value)
);
