-- Carrier lookups cached per number, as in sqlite/009_phone_lookups.sql.
CREATE TABLE phone_lookups (
    phone_number TEXT PRIMARY KEY,
    looked_up_at TEXT NOT NULL,
    provider_id BIGINT REFERENCES sms_providers (id) ON DELETE SET NULL,
    result TEXT NOT NULL
);
