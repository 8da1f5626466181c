-- +goose Up
-- Transaction sequence numbers (EVM nonces) handed out per chain and account, each under
-- the caller's key, so a retried reservation gets the same number.
CREATE TABLE chain_sequences (
    chain_id TEXT    NOT NULL,
    account  TEXT    NOT NULL,
    seq_key  TEXT    NOT NULL,
    seq      BIGINT  NOT NULL CHECK (seq >= 0),
    PRIMARY KEY (chain_id, account, seq_key),
    UNIQUE (chain_id, account, seq)
);

-- One row per account, locked by every reservation so numbers are handed out one at a time.
CREATE TABLE chain_sequence_locks (
    chain_id TEXT NOT NULL,
    account  TEXT NOT NULL,
    PRIMARY KEY (chain_id, account)
);

-- Every transaction id broadcast with a sequence number, recorded before the bytes leave.
CREATE TABLE chain_sent (
    chain_id TEXT    NOT NULL,
    account  TEXT    NOT NULL,
    seq      BIGINT  NOT NULL,
    tx_id    TEXT    NOT NULL,
    ord      BIGINT  NOT NULL,
    PRIMARY KEY (chain_id, account, seq, tx_id)
);

-- +goose Down
DROP TABLE chain_sent;
DROP TABLE chain_sequence_locks;
DROP TABLE chain_sequences;
