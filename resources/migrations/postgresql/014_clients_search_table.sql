-- Substring search reads a narrow table of its own, as SQLite reads its FTS5 table clients_search: the
-- client's id, the searched text and the 2FA method, kept in step with `clients` by the triggers below.
-- The pg_trgm index on clients itself (001) found the candidates, but each had to be read back from the
-- wide clients rows to check it (trigrams only narrow the search): for a surname 1.6 % of a million
-- clients have, that was 16,000 rows over half the table, and the capped count of the list alone took
-- ~45 ms. Here the same rows are a third as wide and hold the text already lowered, and they are
-- partitioned by method, so a search filtered by method walks and checks only that method's rows; the
-- list counts from this table alone.
-- search_text is the expression of 001's index, the columns joined by U+0001 so that a match never spans
-- two columns; PostgreSqlDialect.cpp builds its conditions on it.
CREATE TABLE clients_search (
    id BIGINT NOT NULL,
    search_text TEXT NOT NULL,
    twofa_method TEXT NOT NULL,
    PRIMARY KEY (id, twofa_method)
) PARTITION BY LIST (twofa_method);
CREATE TABLE clients_search_none PARTITION OF clients_search FOR VALUES IN ('none');
CREATE TABLE clients_search_sms PARTITION OF clients_search FOR VALUES IN ('sms');
CREATE TABLE clients_search_authenticator PARTITION OF clients_search FOR VALUES IN ('authenticator');
CREATE TABLE clients_search_other PARTITION OF clients_search DEFAULT; -- a method added later

INSERT INTO clients_search (id, search_text, twofa_method)
    SELECT id, lower(first_name || chr(1) || last_name || chr(1) || email || chr(1) || phone), twofa_method
    FROM clients;

-- The planner guesses how many clients a LIKE '%term%' matches from the column's histogram: with the
-- default 100 entries a surname 1.6 % of the clients have hits none of them about as often as not, the
-- guess is then 100 rows instead of 16,000, and the first page collects and sorts all 16,000 matches
-- (~100 ms) instead of walking the id order until the page is full (~4 ms). 1,000 entries (ANALYZE
-- samples 300,000 rows, ~1.5 s at a million clients) keep such a guess within a few thousand.
ALTER TABLE clients_search ALTER COLUMN search_text SET STATISTICS 1000;

DROP INDEX clients_search_trigram;
CREATE INDEX clients_search_trigram ON clients_search USING gin (search_text gin_trgm_ops);

-- Per row: the bulk writer, the import and db copy insert one client per statement, and a row trigger
-- costs less per statement than one with a transition table (20,000 single-row inserts: +13 % over
-- the old index on clients, against +20 %).
CREATE FUNCTION clients_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO clients_search (id, search_text, twofa_method)
    VALUES (NEW.id, lower(NEW.first_name || chr(1) || NEW.last_name || chr(1) || NEW.email || chr(1) || NEW.phone),
            NEW.twofa_method);
    RETURN NULL;
END
$$;

CREATE TRIGGER clients_search_insert AFTER INSERT ON clients
    FOR EACH ROW EXECUTE FUNCTION clients_search_insert();

CREATE FUNCTION clients_search_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE clients_search;
    RETURN NULL;
END
$$;

CREATE TRIGGER clients_search_truncate AFTER TRUNCATE ON clients
    FOR EACH STATEMENT EXECUTE FUNCTION clients_search_truncate();

CREATE FUNCTION clients_search_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM clients_search s USING deleted_clients d WHERE s.id = d.id AND s.twofa_method = d.twofa_method;
    RETURN NULL;
END
$$;

CREATE TRIGGER clients_search_delete AFTER DELETE ON clients
    REFERENCING OLD TABLE AS deleted_clients
    FOR EACH STATEMENT EXECUTE FUNCTION clients_search_delete();

-- Per row (a trigger with a column list cannot have transition tables), and only when a searched column
-- or the method changed: a disable touches one row (moving it to the partition of its new method), and
-- most updates touch none of these.
CREATE FUNCTION clients_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE clients_search
    SET id = NEW.id,
        search_text = lower(NEW.first_name || chr(1) || NEW.last_name || chr(1) || NEW.email || chr(1) || NEW.phone),
        twofa_method = NEW.twofa_method
    WHERE id = OLD.id AND twofa_method = OLD.twofa_method;
    RETURN NULL;
END
$$;

CREATE TRIGGER clients_search_update AFTER UPDATE OF id, first_name, last_name, email, phone, twofa_method ON clients
    FOR EACH ROW
    WHEN ((OLD.id, OLD.first_name, OLD.last_name, OLD.email, OLD.phone, OLD.twofa_method)
          IS DISTINCT FROM (NEW.id, NEW.first_name, NEW.last_name, NEW.email, NEW.phone, NEW.twofa_method))
    EXECUTE FUNCTION clients_search_update();
