-- A send whose answer never arrived whole is logged as 'unknown' (see the SQLite migration 007, which has to
-- rebuild the table; PostgreSQL changes the check in place). Number 006 is unused on both backends.
ALTER TABLE sms_messages DROP CONSTRAINT sms_messages_status_check;
ALTER TABLE sms_messages ADD CONSTRAINT sms_messages_status_check
    CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'unknown'));
