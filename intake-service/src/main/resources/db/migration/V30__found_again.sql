-- "Tell me if it is found again": the victim's opt-in on the report, and the copies partners found again and acted
-- on (platform, action, dates as JSON), kept only for cases that opted in. Entries are facts that never go away,
-- so the read model keeps every one it has seen, whatever snapshot brought it.
ALTER TABLE intake_case ADD COLUMN tell_found_again BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE intake_case ADD COLUMN found_again TEXT;
