-- The audit log: append-only, every event chained to the one before by SHA-256 so an edited,
-- deleted or inserted row is detectable (see AuditLog::verify).
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,                 -- ISO 8601, UTC, milliseconds
    operator TEXT NOT NULL,
    action TEXT NOT NULL,             -- stable machine name, e.g. client.2fa.disable
    client_id INTEGER,                -- the client concerned, if any (no foreign key: the log outlives rows)
    target TEXT NOT NULL DEFAULT '',  -- another object concerned (provider, operator), if any
    before_state TEXT NOT NULL DEFAULT '',
    after_state TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',  -- reason or ticket reference given by the operator
    details TEXT NOT NULL DEFAULT '', -- JSON object with action-specific facts; never a secret
    previous_hash TEXT NOT NULL,      -- hex SHA-256 of the event before (64 zeros for the first)
    hash TEXT NOT NULL                -- hex SHA-256 of previous_hash and this event's canonical content
);

CREATE INDEX audit_by_client ON audit_events (client_id, id);
CREATE INDEX audit_by_operator ON audit_events (operator, id);
CREATE INDEX audit_by_action ON audit_events (action, id);
CREATE INDEX audit_by_at ON audit_events (at);
