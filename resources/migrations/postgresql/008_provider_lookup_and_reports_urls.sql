-- Second API hosts of a provider (Vonage Reports API, Twilio Lookup v2), as in
-- sqlite/008_provider_lookup_and_reports_urls.sql. '' means the kind's public host.
ALTER TABLE sms_providers ADD COLUMN reports_base_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sms_providers ADD COLUMN lookup_base_url TEXT NOT NULL DEFAULT '';
