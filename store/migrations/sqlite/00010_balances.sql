-- +goose Up
-- The balance feed and the activation feed, event by event as they arrived. Times are Unix
-- nanoseconds; balances are decimal strings of base units. Every stored event gets an arrival
-- number from the single counter row below, so events at the same instant are ordered by
-- arrival across batches; updating that row also serializes writers of the feed.
CREATE TABLE feed_arrivals (
    id   INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    next INTEGER NOT NULL
) STRICT;
INSERT INTO feed_arrivals (id, next) VALUES (1, 0);

-- From at_ns on, user_id's spot balance of token is balance.
CREATE TABLE balance_events (
    id      TEXT    NOT NULL PRIMARY KEY,
    arrival INTEGER NOT NULL,
    token   TEXT    NOT NULL,
    user_id TEXT    NOT NULL,
    at_ns   INTEGER NOT NULL,
    balance TEXT    NOT NULL
) STRICT;
CREATE INDEX balance_events_by_user ON balance_events (token, user_id, at_ns, arrival);
CREATE INDEX balance_events_by_time ON balance_events (token, at_ns, arrival);

-- From at_ns on, user_id is active (1) or not (0); activation covers every token.
CREATE TABLE activation_events (
    id      TEXT    NOT NULL PRIMARY KEY,
    arrival INTEGER NOT NULL,
    user_id TEXT    NOT NULL,
    at_ns   INTEGER NOT NULL,
    active  INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX activation_events_by_user ON activation_events (user_id, at_ns, arrival);

-- Per token, the last closed day (YYYY-MM-DD): it and every day before it are closed.
CREATE TABLE balance_days_closed (
    token   TEXT NOT NULL PRIMARY KEY,
    through TEXT NOT NULL
) STRICT;

-- +goose Down
DROP TABLE balance_days_closed;
DROP TABLE activation_events;
DROP TABLE balance_events;
DROP TABLE feed_arrivals;
