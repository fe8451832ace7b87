-- Carrier lookups (line type, carrier, SIM swap, line status) cached per number: each lookup is
-- billed by the provider, so one younger than a day is answered from here (PhoneLookupService).
-- `result` holds the typed result as JSON (PhoneLookupResult::toJson), never the provider's raw
-- answer. One row per number: a newer lookup replaces the older one.
CREATE TABLE phone_lookups (
    phone_number TEXT PRIMARY KEY,               -- E.164
    looked_up_at TEXT NOT NULL,                  -- ISO 8601, UTC
    provider_id INTEGER REFERENCES sms_providers (id) ON DELETE SET NULL,
    result TEXT NOT NULL
);
