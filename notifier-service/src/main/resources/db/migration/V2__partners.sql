-- Platform partners: who answers for which platform, where to send, and how they prove who they are.
-- Secrets are never stored as given: the API key only as a SHA-256 hash, the signing secret encrypted
-- (AES-GCM) because it must be used to sign.
CREATE TABLE partner (
    partner_id               VARCHAR(40)   PRIMARY KEY,
    name                     VARCHAR(200)  NOT NULL,
    webhook_url              VARCHAR(2048),
    webhook_enabled          BOOLEAN       NOT NULL DEFAULT TRUE,
    webhook_disabled_reason  VARCHAR(200),
    email                    VARCHAR(320),
    -- The public part of the API key, to find the row; the hash is compared in constant time.
    api_key_id               VARCHAR(40)   UNIQUE,
    api_key_hash             VARCHAR(64),
    created_at               TIMESTAMPTZ   NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL
);

-- One partner per platform: the primary key refuses a second one even under a race.
CREATE TABLE partner_platform (
    platform    VARCHAR(40) PRIMARY KEY,
    partner_id  VARCHAR(40) NOT NULL REFERENCES partner (partner_id)
);

CREATE INDEX partner_platform_partner ON partner_platform (partner_id);

-- Signing secrets, encrypted; a rotated-out one keeps signing until retires_at (both sign meanwhile).
CREATE TABLE partner_signing_secret (
    secret_id   VARCHAR(40)  PRIMARY KEY,
    partner_id  VARCHAR(40)  NOT NULL REFERENCES partner (partner_id),
    key_id      VARCHAR(40)  NOT NULL,
    ciphertext  TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    retires_at  TIMESTAMPTZ
);

CREATE INDEX partner_signing_secret_partner ON partner_signing_secret (partner_id);
