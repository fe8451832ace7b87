-- Second API hosts of a provider, settable like base_url (http:// only on loopback, for local test
-- servers): Vonage answers delivery status from its Reports API on another host than the SMS API,
-- and Twilio's Lookup v2 (carrier, line type, SIM swap) has a host of its own. '' means the kind's
-- public host.
ALTER TABLE sms_providers ADD COLUMN reports_base_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sms_providers ADD COLUMN lookup_base_url TEXT NOT NULL DEFAULT '';
