-- The transactional outbox: events written with the change they report, published afterwards.
CREATE SEQUENCE outbox_event_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE outbox_event (
    id           BIGINT PRIMARY KEY,
    event_id     VARCHAR(64)  NOT NULL UNIQUE,
    topic        VARCHAR(128) NOT NULL,
    message_key  VARCHAR(128) NOT NULL,
    type         VARCHAR(64)  NOT NULL,
    envelope     TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    sent_at      TIMESTAMPTZ,
    lease_until  TIMESTAMPTZ,
    attempts     INTEGER      NOT NULL DEFAULT 0
);

CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
