-- A send whose answer never arrived whole (timeout after the request went out, a reset mid-answer)
-- is logged as 'unknown', not 'failed': the provider may have sent it. SQLite cannot change a
-- CHECK constraint in place, so sms_messages is rebuilt with the same columns, keys and indexes.
-- Nothing references sms_messages, so dropping the old table touches no other row. Depends only
-- on 003.
CREATE TABLE sms_messages_rebuilt (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER REFERENCES sms_providers (id) ON DELETE SET NULL,
    provider_kind TEXT NOT NULL,
    provider_name TEXT NOT NULL,
    to_number TEXT NOT NULL,                     -- E.164
    provider_message_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed',
                                           'unknown')),
    error_code TEXT NOT NULL DEFAULT '',         -- the provider's error code, if any
    error_message TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT 'test',
    operator TEXT NOT NULL DEFAULT '',
    client_id INTEGER REFERENCES clients (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,                    -- ISO 8601, UTC
    updated_at TEXT NOT NULL
);
INSERT INTO sms_messages_rebuilt (id, provider_id, provider_kind, provider_name, to_number, provider_message_id,
                                  status, error_code, error_message, purpose, operator, client_id, created_at,
                                  updated_at)
    SELECT id, provider_id, provider_kind, provider_name, to_number, provider_message_id, status, error_code,
           error_message, purpose, operator, client_id, created_at, updated_at
    FROM sms_messages;
DROP TABLE sms_messages;
ALTER TABLE sms_messages_rebuilt RENAME TO sms_messages;
CREATE INDEX sms_messages_by_number ON sms_messages (to_number, created_at);
CREATE INDEX sms_messages_by_client ON sms_messages (client_id, created_at);
CREATE INDEX sms_messages_by_provider_id ON sms_messages (provider_id, provider_message_id);
