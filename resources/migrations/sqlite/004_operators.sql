-- Operator accounts, and the audit log made append-only at the database level.
CREATE TABLE operators (
    id INTEGER PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('viewer', 'support', 'admin')),
    password_hash TEXT NOT NULL,            -- scrypt$N$r$p$salt$hash (PasswordHasher); never the password
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0, -- consecutive failed sign-ins since the last success
    locked_until TEXT,                      -- ISO 8601, UTC; NULL when not locked
    created_at TEXT NOT NULL,               -- ISO 8601, UTC
    row_version INTEGER NOT NULL DEFAULT 1  -- bumped by every write; stale edits are refused
);

-- Minutes without input after which the GUI locks the session (SessionSettings).
INSERT INTO database_info (key, value) VALUES ('idle_lock_minutes', '15');

-- No code path updates or deletes an audit event; these make an accidental one fail loudly. Someone
-- with write access to the file can drop them, which is why the events are also hash-chained and
-- the chain's head is recorded in database_info (AuditLog::verify).
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
