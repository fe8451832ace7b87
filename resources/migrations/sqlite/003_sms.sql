-- SMS providers, the result of every check made against them, and the log of every SMS sent
-- through them. Provider secrets (auth token, API secret) are never stored here: they live in the
-- keychain under SecretKeys::providerSecret; `has_secret` only records that one was saved.
CREATE TABLE sms_providers (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                          -- twilio, vonage, ...
    name TEXT NOT NULL UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    account_id TEXT NOT NULL DEFAULT '',         -- Twilio Account SID, Vonage API key
    api_key_sid TEXT NOT NULL DEFAULT '',        -- Twilio API Key SID (SK...), when used instead of the auth token
    sender TEXT NOT NULL DEFAULT '',             -- From number (E.164), Messaging Service SID (MG...), alphanumeric
    base_url TEXT NOT NULL DEFAULT '',
    status_page_url TEXT NOT NULL DEFAULT '',
    low_balance_threshold REAL,                  -- NULL: no threshold
    timeout_ms INTEGER NOT NULL DEFAULT 10000 CHECK (timeout_ms BETWEEN 1000 AND 120000),
    has_secret INTEGER NOT NULL DEFAULT 0 CHECK (has_secret IN (0, 1)),
    created_at TEXT NOT NULL,                    -- ISO 8601, UTC
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- One row per check result (credentials, balance, service status, test SMS, delivery status).
CREATE TABLE sms_provider_checks (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES sms_providers (id) ON DELETE CASCADE,
    at TEXT NOT NULL,                            -- ISO 8601, UTC
    check_kind TEXT NOT NULL,                    -- credentials, balance, service_status, test_sms, message_status
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'warning', 'problem', 'cancelled')),
    failure TEXT NOT NULL DEFAULT '',            -- wrong_credentials, provider_unavailable, ... when not ok
    balance TEXT,                                -- decimal string as the provider gave it
    currency TEXT,
    provider_code TEXT NOT NULL DEFAULT '',      -- the provider's own error code, if any
    detail TEXT NOT NULL DEFAULT '',             -- untranslated facts; never a secret or a response body
    operator TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sms_checks_by_provider ON sms_provider_checks (provider_id, id);

-- Every SMS sent through a provider (test SMS now; later issues add more). The provider may be
-- removed later: the log keeps its name and kind.
CREATE TABLE sms_messages (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER REFERENCES sms_providers (id) ON DELETE SET NULL,
    provider_kind TEXT NOT NULL,
    provider_name TEXT NOT NULL,
    to_number TEXT NOT NULL,                     -- E.164
    provider_message_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed')),
    error_code TEXT NOT NULL DEFAULT '',         -- the provider's error code, if any
    error_message TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT 'test',
    operator TEXT NOT NULL DEFAULT '',
    client_id INTEGER REFERENCES clients (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,                    -- ISO 8601, UTC
    updated_at TEXT NOT NULL
);
CREATE INDEX sms_messages_by_number ON sms_messages (to_number, created_at);
CREATE INDEX sms_messages_by_client ON sms_messages (client_id, created_at);
CREATE INDEX sms_messages_by_provider_id ON sms_messages (provider_id, provider_message_id);
