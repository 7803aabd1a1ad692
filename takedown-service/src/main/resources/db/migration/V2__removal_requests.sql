-- Cases, their removal requests (one per platform, or per abuse contact for other hosts), the items each
-- request names, and the timeline of everything that happened to them. Every list filter of the staff API and
-- the deadline check have an index; the deadline and escalation indexes are partial so they stay small.

CREATE TABLE takedown_case (
    case_ref        VARCHAR(64)  PRIMARY KEY,
    country         VARCHAR(2),
    minor           BOOLEAN      NOT NULL DEFAULT FALSE,
    reporter_role   VARCHAR(16),
    -- 1 for a minor's case (child-protection route, goes first), 0 otherwise.
    priority        SMALLINT     NOT NULL DEFAULT 0,
    -- OPEN, RESOLVED or WITHDRAWN.
    status          VARCHAR(16)  NOT NULL,
    -- False while only a withdrawal is known (it arrived before the submission): the submission then sends nothing.
    submitted       BOOLEAN      NOT NULL DEFAULT FALSE,
    withdrawn_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    -- Grows with each published case-status snapshot, so intake keeps only the newest.
    status_version  BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX takedown_case_queue ON takedown_case (priority DESC, created_at, case_ref);
CREATE INDEX takedown_case_created ON takedown_case (created_at);

CREATE TABLE removal_request (
    -- The notice id: the same UUID travels in every event about this request.
    id                     UUID         PRIMARY KEY,
    case_ref               VARCHAR(64)  NOT NULL REFERENCES takedown_case (case_ref),
    platform               VARCHAR(32)  NOT NULL,
    -- Comma-separated LegalBasis names, in the order the notice lists them.
    legal_bases            VARCHAR(255) NOT NULL,
    deadline_seconds       BIGINT       NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    child_protection       BOOLEAN      NOT NULL,
    priority               SMALLINT     NOT NULL DEFAULT 0,
    route_email            VARCHAR(320),
    route_web_form         VARCHAR(2048),
    route_note             VARCHAR(1024),
    subject                VARCHAR(512),
    victim_identity_shared BOOLEAN      NOT NULL DEFAULT FALSE,
    -- The letter as rendered and the structured notice (NoticeRequested JSON) as sent; erased on withdrawal
    -- when they name the victim.
    letter                 TEXT,
    notice                 TEXT,
    -- Last delivery channel and the delivery problem staff must look at (MANUAL_REQUIRED, DEAD_LETTERED, ENDPOINT_DISABLED).
    channel                VARCHAR(16),
    attention              VARCHAR(32),
    platform_reference     VARCHAR(255),
    delivered_at           TIMESTAMPTZ,
    due_at                 TIMESTAMPTZ,
    overdue_at             TIMESTAMPTZ,
    reminded_at            TIMESTAMPTZ,
    escalated_at           TIMESTAMPTZ,
    removed_at             TIMESTAMPTZ,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL
);

CREATE INDEX removal_request_case ON removal_request (case_ref);
CREATE INDEX removal_request_status ON removal_request (status, case_ref);
CREATE INDEX removal_request_platform ON removal_request (platform, status, case_ref);
CREATE INDEX removal_request_created ON removal_request (created_at);
-- The deadline check: requests whose clock runs, by due time.
CREATE INDEX removal_request_due ON removal_request (due_at) WHERE status IN ('SENT', 'ACKNOWLEDGED');
-- The escalation check and the "overdue" filter.
CREATE INDEX removal_request_overdue ON removal_request (overdue_at, case_ref) WHERE status = 'OVERDUE';

CREATE SEQUENCE request_item_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE request_item (
    id                  BIGINT        PRIMARY KEY,
    request_id          UUID          NOT NULL REFERENCES removal_request (id),
    item_id             VARCHAR(64)   NOT NULL,
    url                 VARCHAR(4096) NOT NULL,
    platform_content_id VARCHAR(255),
    -- ContentHash list as JSON.
    hashes              TEXT          NOT NULL
);

CREATE INDEX request_item_request ON request_item (request_id);

CREATE SEQUENCE timeline_entry_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE timeline_entry (
    id          BIGINT        PRIMARY KEY,
    case_ref    VARCHAR(64)   NOT NULL REFERENCES takedown_case (case_ref),
    request_id  UUID,
    at          TIMESTAMPTZ   NOT NULL,
    -- What happened: STATUS_CHANGED, REFUSED, DELIVERY, ESCALATED, REMINDED, RESENT, CASE_CREATED, ...
    what        VARCHAR(32)   NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16),
    -- SYSTEM, PARTNER or STAFF, and who exactly (staff member, partner id).
    actor       VARCHAR(16)   NOT NULL,
    actor_name  VARCHAR(255),
    why         VARCHAR(4096)
);

CREATE INDEX timeline_entry_case ON timeline_entry (case_ref, at, id);
CREATE INDEX timeline_entry_request ON timeline_entry (request_id) WHERE request_id IS NOT NULL;

-- Ids of consumed events (CloudEvent ids, and acknowledgement ids): seen once, applied once.
CREATE TABLE processed_event (
    event_id     VARCHAR(128) PRIMARY KEY,
    type         VARCHAR(64)  NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);
