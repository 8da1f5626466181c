-- +goose Up
-- Amounts are decimal strings of base units (they exceed SQLite's 64-bit integers);
-- arithmetic on them is done by the application inside the write transaction.
CREATE TABLE ledger_transactions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    idem_key     TEXT    NOT NULL UNIQUE,
    token        TEXT    NOT NULL,
    reason       INTEGER NOT NULL CHECK (reason > 0),
    memo         TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    posted_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX ledger_transactions_token ON ledger_transactions (token, id);

CREATE TABLE ledger_postings (
    tx_id   INTEGER NOT NULL REFERENCES ledger_transactions (id),
    seq     INTEGER NOT NULL,
    account TEXT    NOT NULL,
    amount  TEXT    NOT NULL,
    PRIMARY KEY (tx_id, seq)
) STRICT;

-- Balances are derived from postings and kept in step with them in the same transaction;
-- the balances-derived invariant proves it.
CREATE TABLE ledger_balances (
    token   TEXT NOT NULL,
    account TEXT NOT NULL,
    balance TEXT NOT NULL,
    PRIMARY KEY (token, account)
) STRICT;

-- +goose Down
DROP TABLE ledger_balances;
DROP TABLE ledger_postings;
DROP TABLE ledger_transactions;
