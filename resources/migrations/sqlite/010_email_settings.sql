-- The SMTP server e-mail to clients goes through (verification codes, notices after a disable):
-- one row. The password is never here: it lives in the keychain (SecretKeys::smtpPassword);
-- `has_password` only records that one was saved. Plain SMTP ('none') is for a relay on this
-- computer only: EmailSettings refuses it for any other host.
CREATE TABLE email_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    host TEXT NOT NULL,
    port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security TEXT NOT NULL CHECK (security IN ('starttls', 'tls', 'none')),
    user_name TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL,
    timeout_ms INTEGER NOT NULL DEFAULT 10000 CHECK (timeout_ms BETWEEN 1000 AND 120000),
    has_password INTEGER NOT NULL DEFAULT 0 CHECK (has_password IN (0, 1)),
    updated_at TEXT NOT NULL                     -- ISO 8601, UTC
);
