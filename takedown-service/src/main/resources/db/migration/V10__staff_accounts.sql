-- Caseworker dashboard accounts. Passwords are kept only as bcrypt hashes; an account is disabled, never deleted,
-- so the timeline's actor names stay traceable to the account that acted.
CREATE SEQUENCE staff_account_SEQ START WITH 1 INCREMENT BY 50;

CREATE TABLE staff_account (
    id             BIGINT        PRIMARY KEY,
    -- Lower-cased sign-in name; also the name recorded on the timeline for the account's actions.
    email          VARCHAR(320)  NOT NULL UNIQUE,
    display_name   VARCHAR(200)  NOT NULL,
    password_hash  VARCHAR(100)  NOT NULL,
    -- STAFF or ADMIN (an admin also has every staff right).
    role           VARCHAR(16)   NOT NULL,
    enabled        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMPTZ   NOT NULL,
    created_by     VARCHAR(320)  NOT NULL,
    disabled_at    TIMESTAMPTZ
);
