-- +goose Up
-- Signed payout batches, one per key, numbered in the order they were saved: seq is the
-- payout feed's cursor, strictly increasing without gaps. body is the signed batch as
-- served, byte for byte.
CREATE TABLE payout_batches (
    seq           INTEGER NOT NULL PRIMARY KEY CHECK (seq > 0),
    batch_key     TEXT    NOT NULL UNIQUE,
    token         TEXT    NOT NULL,
    day           TEXT    NOT NULL,
    manifest_hash TEXT    NOT NULL,
    body          BLOB    NOT NULL,
    created_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX payout_batches_token ON payout_batches (token, seq);

-- Which feed outputs (sinks) each batch has reached.
CREATE TABLE payout_deliveries (
    batch_key    TEXT NOT NULL REFERENCES payout_batches (batch_key),
    sink         TEXT NOT NULL,
    delivered_at TEXT NOT NULL,
    PRIMARY KEY (batch_key, sink)
) STRICT;

-- +goose Down
DROP TABLE payout_deliveries;
DROP TABLE payout_batches;
