-- Delivery of notices to platforms: the notice as sent, each message (webhook or e-mail) with its persisted
-- retry schedule, every attempt, and the events already handled (idempotent consumer).

-- One removal request as this service knows it. payload is the webhook body of removal_request.created exactly
-- as sent (also what a partner pulls). status: PENDING, DELIVERED, MANUAL, DEAD_LETTERED, ENDPOINT_DISABLED,
-- WITHDRAWN.
CREATE TABLE notice (
    notice_id   VARCHAR(64)  PRIMARY KEY,
    case_ref    VARCHAR(64)  NOT NULL,
    platform    VARCHAR(64)  NOT NULL,
    partner_id  VARCHAR(64),
    channel     VARCHAR(16)  NOT NULL,
    status      VARCHAR(32)  NOT NULL,
    payload     TEXT,
    subject     VARCHAR(500),
    email_to    VARCHAR(320),
    respond_by  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX notice_partner ON notice (partner_id, status);

-- One message to one platform (created, reminder or withdrawn). delivery_id is the webhook-id, the same on
-- every retry. status: PENDING, DELIVERED, DEAD_LETTERED, ENDPOINT_DISABLED, CANCELLED.
CREATE TABLE delivery (
    delivery_id     VARCHAR(64)  PRIMARY KEY,
    notice_id       VARCHAR(64)  NOT NULL REFERENCES notice (notice_id),
    message_type    VARCHAR(64)  NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    partner_id      VARCHAR(64),
    email_to        VARCHAR(320),
    subject         VARCHAR(500),
    body            TEXT         NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    -- attempts made before the current round of the schedule began (a replay starts a new round)
    round_start     INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    lease_until     TIMESTAMPTZ,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_notice ON delivery (notice_id);
CREATE INDEX delivery_partner ON delivery (partner_id, created_at);

-- Every single attempt: when, where, what came back, how long it took.
CREATE SEQUENCE delivery_attempt_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE delivery_attempt (
    id            BIGINT       PRIMARY KEY,
    delivery_id   VARCHAR(64)  NOT NULL REFERENCES delivery (delivery_id),
    attempt_no    INTEGER      NOT NULL,
    attempted_at  TIMESTAMPTZ  NOT NULL,
    endpoint      VARCHAR(2048) NOT NULL,
    status_code   INTEGER,
    latency_ms    BIGINT       NOT NULL,
    error         VARCHAR(500)
);

CREATE INDEX delivery_attempt_delivery ON delivery_attempt (delivery_id, attempt_no);

-- CloudEvent ids already handled, written in the same transaction as their effects.
CREATE TABLE processed_event (
    event_id      VARCHAR(64)  PRIMARY KEY,
    type          VARCHAR(64)  NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL
);
