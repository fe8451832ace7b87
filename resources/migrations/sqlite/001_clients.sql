-- Clients and their second factor. At most one method is on; operators may only turn it off.
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);

-- Facts about this database; `database_id` scopes its keychain entries (data key, provider secrets)
-- so two databases on one desktop never share or overwrite each other's secrets.
CREATE TABLE database_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO database_info (key, value) VALUES ('database_id', lower(hex(randomblob(16))));

CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',          -- E.164, or empty when unknown
    country TEXT NOT NULL DEFAULT '',        -- ISO 3166-1 alpha-2
    created_at TEXT NOT NULL,                -- ISO 8601, UTC
    twofa_method TEXT NOT NULL DEFAULT 'none' CHECK (twofa_method IN ('none', 'authenticator', 'sms')),
    twofa_enabled_at TEXT,                   -- ISO 8601, UTC; NULL exactly when the method is none
    totp_secret_sealed BLOB,                 -- AES-256-GCM sealed secret; never clear text
    totp_algorithm TEXT CHECK (totp_algorithm IS NULL OR totp_algorithm IN ('SHA1', 'SHA256', 'SHA512')),
    totp_digits INTEGER CHECK (totp_digits IS NULL OR totp_digits BETWEEN 6 AND 8),
    totp_period INTEGER CHECK (totp_period IS NULL OR totp_period BETWEEN 10 AND 120),
    row_version INTEGER NOT NULL DEFAULT 1,  -- bumped by every write; stale edits are refused
    CHECK ((twofa_method = 'none') = (twofa_enabled_at IS NULL)),
    CHECK (twofa_method = 'authenticator' OR totp_secret_sealed IS NULL)
);

-- Sorting a million rows by any column must not sort them all: one index per sortable column.
CREATE INDEX clients_by_last_name ON clients (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX clients_by_first_name ON clients (first_name COLLATE NOCASE);
CREATE INDEX clients_by_email ON clients (email COLLATE NOCASE);
CREATE INDEX clients_by_phone ON clients (phone);
CREATE INDEX clients_by_country ON clients (country);
CREATE INDEX clients_by_method ON clients (twofa_method, twofa_enabled_at);
CREATE INDEX clients_by_enabled_at ON clients (twofa_enabled_at);

-- Substring search (a partial e-mail, the last digits of a phone) through a trigram index that
-- mirrors the searchable columns of `clients`.
CREATE VIRTUAL TABLE clients_search USING fts5(
    first_name, last_name, email, phone,
    content = 'clients', content_rowid = 'id', tokenize = 'trigram'
);

CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_search (rowid, first_name, last_name, email, phone)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.phone);
END;

CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN
    INSERT INTO clients_search (clients_search, rowid, first_name, last_name, email, phone)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.phone);
END;

CREATE TRIGGER clients_search_update AFTER UPDATE OF first_name, last_name, email, phone ON clients BEGIN
    INSERT INTO clients_search (clients_search, rowid, first_name, last_name, email, phone)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.phone);
    INSERT INTO clients_search (rowid, first_name, last_name, email, phone)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.phone);
END;
