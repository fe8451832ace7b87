-- Verifying the caller before a second factor is turned off (issue 12). Depends on 001 (clients).
--
-- identity_challenges: one-time codes sent to a client on a channel they already control. The code
-- itself is never stored: code_mac is an HMAC-SHA-256 under a key derived from the audit key, which
-- lives in the keychain, so a copy of this file does not let anyone try the 10^6 codes offline.
CREATE TABLE identity_challenges (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    method TEXT NOT NULL CHECK (method IN ('authenticator', 'sms')),  -- the factor whose removal it allows
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    destination TEXT NOT NULL,                    -- masked as shown ("+44 79•• •••456"); never in full
    code_nonce TEXT NOT NULL,                     -- hex, 16 random bytes
    code_mac TEXT NOT NULL,                       -- hex HMAC-SHA-256 of the client, the nonce and the code
    state TEXT NOT NULL CHECK (state IN ('sending', 'open', 'verified', 'consumed', 'superseded', 'locked',
                                         'expired', 'failed')),
    attempts_left INTEGER NOT NULL CHECK (attempts_left BETWEEN 0 AND 3),
    created_at TEXT NOT NULL,                     -- ISO 8601, UTC
    expires_at TEXT NOT NULL,                     -- ISO 8601, UTC
    verified_at TEXT,
    consumed_at TEXT,
    sent_by TEXT NOT NULL,                        -- operator
    verified_by TEXT,                             -- operator who typed the right code
    CHECK (state NOT IN ('verified', 'consumed') OR verified_at IS NOT NULL),
    CHECK ((state = 'consumed') = (consumed_at IS NOT NULL))
);
-- At most one live code per client: a new one supersedes it in the same transaction.
CREATE UNIQUE INDEX identity_challenges_one_live ON identity_challenges (client_id)
    WHERE state IN ('sending', 'open', 'verified');
CREATE INDEX identity_challenges_by_client ON identity_challenges (client_id, created_at);

-- disable_requests: the four-eyes way. One operator files the request with how identity was
-- checked; another approves it (the factor is turned off in that transaction) or rejects it.
CREATE TABLE disable_requests (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    method TEXT NOT NULL CHECK (method IN ('authenticator', 'sms')),
    client_row_version INTEGER NOT NULL,          -- the client as the requester saw it
    reason TEXT NOT NULL,                         -- reason or ticket reference; the disable's reason
    identity_check TEXT NOT NULL,                 -- how the caller's identity was checked
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,                   -- ISO 8601, UTC
    expires_at TEXT NOT NULL,                     -- ISO 8601, UTC: 24 h after requested_at
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected', 'expired', 'stale')),
    decided_by TEXT,
    decided_at TEXT,
    decision_reason TEXT NOT NULL DEFAULT '',     -- why it was rejected
    CHECK ((state = 'pending') = (decided_at IS NULL)),
    CHECK (state <> 'approved' OR lower(decided_by) <> lower(requested_by))  -- never the requester
);
CREATE UNIQUE INDEX disable_requests_one_pending ON disable_requests (client_id) WHERE state = 'pending';
CREATE INDEX disable_requests_by_state ON disable_requests (state, requested_at);
