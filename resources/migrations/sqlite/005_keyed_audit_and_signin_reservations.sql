-- The audit chain is keyed: every event's hash is an HMAC-SHA-256 under an audit key that lives in
-- the keychain, never here, and its end is anchored by this MACed head (last event, its hash, the
-- number of events), so deleting the newest events, rewriting or removing the head, or emptying the
-- log are detected as well as edits (AuditLog::verify). A database from before keyed chains keeps
-- its old SHA-256 events; when its audit key is made, an `audit.chain.anchored` event ties them to
-- the key (AuditLog::anchorLegacyChain) and this row's keyed_from says where the keyed part begins.
CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    event_count INTEGER NOT NULL,
    keyed_from INTEGER NOT NULL,             -- first event whose hash is an HMAC
    recreated_at INTEGER NOT NULL DEFAULT 0, -- event written when the head was found missing or forged
    mac TEXT NOT NULL                        -- hex HMAC-SHA-256 of the fields above and the database id
);

-- Sign-in attempts in progress: reserved in the write transaction that reads the lockout, before
-- the (slow) password hash is checked, and removed when its outcome is recorded. Five failures plus
-- attempts in progress can never exceed the limit, however many desktops guess at once. A
-- reservation older than a minute is from a process that died and no longer counts.
CREATE TABLE operator_signin_attempts (
    id INTEGER PRIMARY KEY,
    operator_id INTEGER NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    reserved_at TEXT NOT NULL                -- ISO 8601, UTC
);
CREATE INDEX operator_signin_attempts_by_operator ON operator_signin_attempts (operator_id, reserved_at);
