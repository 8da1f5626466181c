-- +goose Up
-- The signer's history: one row per (key, chain, nonce) ever signed, written before the
-- signature is released. Times are fixed-width UTC text, so they compare as strings.
CREATE TABLE signer_signings (
    key_id       TEXT NOT NULL,
    chain        TEXT NOT NULL,
    nonce        TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    intent_id    TEXT NOT NULL,
    token        TEXT NOT NULL,
    amount       TEXT NOT NULL,
    signed_at    TEXT NOT NULL,
    PRIMARY KEY (key_id, chain, nonce)
) STRICT;
CREATE INDEX signer_signings_window ON signer_signings (key_id, token, signed_at);

-- One row per (key, token), locked by every reservation so rolling limits are checked and
-- recorded as one step.
CREATE TABLE signer_limit_locks (
    key_id TEXT NOT NULL,
    token  TEXT NOT NULL,
    PRIMARY KEY (key_id, token)
) STRICT;

CREATE TABLE signer_pending_approvals (
    intent_id    TEXT NOT NULL PRIMARY KEY,
    key_id       TEXT NOT NULL,
    intent       TEXT NOT NULL,
    requested_at TEXT NOT NULL
) STRICT;

CREATE TABLE signer_approvals (
    intent_id TEXT NOT NULL,
    approver  TEXT NOT NULL,
    signature TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    PRIMARY KEY (intent_id, approver)
) STRICT;

-- +goose Down
DROP TABLE signer_approvals;
DROP TABLE signer_pending_approvals;
DROP TABLE signer_limit_locks;
DROP TABLE signer_signings;
