-- +goose Up
-- NUMERIC(78,0) holds every amount below 2^256 exactly.
CREATE TABLE ledger_transactions (
    id           BIGSERIAL PRIMARY KEY,
    idem_key     TEXT        NOT NULL UNIQUE,
    token        TEXT        NOT NULL,
    reason       INTEGER     NOT NULL CHECK (reason > 0),
    memo         TEXT        NOT NULL,
    content_hash TEXT        NOT NULL,
    posted_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX ledger_transactions_token ON ledger_transactions (token, id);

CREATE TABLE ledger_postings (
    tx_id   BIGINT        NOT NULL REFERENCES ledger_transactions (id),
    seq     INTEGER       NOT NULL,
    account TEXT          NOT NULL,
    amount  NUMERIC(78,0) NOT NULL CHECK (amount <> 0),
    PRIMARY KEY (tx_id, seq)
);

-- Balances are derived from postings and kept in step with them in the same transaction;
-- the balances-derived invariant proves it.
CREATE TABLE ledger_balances (
    token   TEXT          NOT NULL,
    account TEXT          NOT NULL,
    balance NUMERIC(78,0) NOT NULL,
    PRIMARY KEY (token, account)
);

-- +goose Down
DROP TABLE ledger_balances;
DROP TABLE ledger_postings;
DROP TABLE ledger_transactions;
