-- Every sort order of the Clients page ends in the id, so that paging never skips or repeats a row.
-- SQLite's indexes end in the rowid (the id) by themselves; PostgreSQL's must name it, or the first page
-- of a sort by country, method, enabled date or phone sorts a whole group of equal values first (a
-- third of all clients have no enabled date): 0.1 to 0.3 s at a million clients instead of 1 ms.
DROP INDEX clients_by_country;
CREATE INDEX clients_by_country ON clients (country, id);
DROP INDEX clients_by_method;
CREATE INDEX clients_by_method ON clients (twofa_method, twofa_enabled_at, id);
DROP INDEX clients_by_enabled_at;
CREATE INDEX clients_by_enabled_at ON clients (twofa_enabled_at, id);
DROP INDEX clients_by_phone;
CREATE INDEX clients_by_phone ON clients (phone, id);
