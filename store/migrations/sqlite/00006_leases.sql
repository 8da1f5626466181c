-- +goose Up
-- Leader leases: who may act, until when, and a fencing token that grows with every change
-- of holder, so a paused leader that wakes up after losing its lease can be refused.
CREATE TABLE leases (
    name       TEXT    NOT NULL PRIMARY KEY,
    holder     TEXT    NOT NULL,
    fence      INTEGER NOT NULL,
    expires_at TEXT    NOT NULL
) STRICT;

-- +goose Down
DROP TABLE leases;
