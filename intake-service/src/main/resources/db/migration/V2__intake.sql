-- Intake's cases. Personal data lives only in the *_ct columns (AES-GCM ciphertext) with the id of the key
-- that sealed it beside it; erasure nulls both and keeps the anonymous columns for statistics.
CREATE SEQUENCE intake_case_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE intake_case (
    id                      BIGINT PRIMARY KEY,
    case_ref                VARCHAR(16)  NOT NULL UNIQUE,
    access_code_hash        BYTEA        NOT NULL,
    status                  VARCHAR(32)  NOT NULL,
    reporter_role           VARCHAR(16)  NOT NULL,
    country_of_residence    CHAR(2)      NOT NULL,
    minor                   BOOLEAN      NOT NULL,
    share_identity          BOOLEAN      NOT NULL,
    not_consented           BOOLEAN      NOT NULL,
    good_faith              BOOLEAN      NOT NULL,
    accurate                BOOLEAN      NOT NULL,
    reporter_name_key       VARCHAR(64),
    reporter_name_ct        BYTEA,
    reporter_email_key      VARCHAR(64),
    reporter_email_ct       BYTEA,
    reporter_phone_key      VARCHAR(64),
    reporter_phone_ct       BYTEA,
    signature_key           VARCHAR(64),
    signature_ct            BYTEA,
    submitted_at            TIMESTAMPTZ  NOT NULL,
    -- Read model fed by takedown.case-status.v1: only a higher version replaces what is here.
    status_version          BIGINT       NOT NULL DEFAULT 0,
    status_items            TEXT,
    status_updated_at       TIMESTAMPTZ,
    closed_at               TIMESTAMPTZ,
    withdrawn_at            TIMESTAMPTZ,
    personal_data_erased_at TIMESTAMPTZ
);

CREATE INDEX intake_case_retention ON intake_case (closed_at) WHERE personal_data_erased_at IS NULL;

CREATE TABLE report_item (
    id              VARCHAR(36)   PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES intake_case (id),
    position        INTEGER       NOT NULL,
    url             VARCHAR(2048) NOT NULL,
    hashes          TEXT          NOT NULL,
    description_key VARCHAR(64),
    description_ct  BYTEA
);

CREATE INDEX report_item_case ON report_item (case_id);

-- Idempotency-Key of a submission: the same key and body within the retention window return the same case.
CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(255) PRIMARY KEY,
    body_hash       BYTEA        NOT NULL,
    case_ref        VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

-- CloudEvent ids already applied, so a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     VARCHAR(64) PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL
);

-- Fixed-window counters shared by every instance: wrong access codes per case, submissions per client.
CREATE TABLE attempt_counter (
    counter_key   VARCHAR(96) PRIMARY KEY,
    window_start  TIMESTAMPTZ NOT NULL,
    hits          INTEGER     NOT NULL,
    blocked_until TIMESTAMPTZ
);
