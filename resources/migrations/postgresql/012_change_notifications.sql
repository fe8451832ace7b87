-- Live refresh: every statement that appends to the audit log (every change the product makes is
-- audited) signals the desks listening on this database when it commits (core/storage/CommitWatcher).
-- The payload stays empty: a listener reads what changed from the log itself, as its reader sees it,
-- and identical notifications in one transaction are delivered once.
CREATE FUNCTION audit_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('backoffice_audit_appended', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_events_notify AFTER INSERT ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_notify();
