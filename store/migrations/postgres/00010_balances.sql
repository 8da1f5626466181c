-- +goose Up
-- The balance feed and the activation feed, event by event as they arrived. Times are Unix
-- nanoseconds (TIMESTAMPTZ keeps only microseconds); user ids sort in byte order. Every
-- stored event gets an arrival number from the single counter row below, so events at the
-- same instant are ordered by arrival across batches; its row lock, held until commit, also
-- serializes writers of the feed against each other and against closing a day.
CREATE TABLE feed_arrivals (
    id   INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    next BIGINT  NOT NULL
);
INSERT INTO feed_arrivals (id, next) VALUES (1, 0);

-- From at_ns on, user_id's spot balance of token is balance.
CREATE TABLE balance_events (
    id      TEXT          NOT NULL PRIMARY KEY,
    arrival BIGINT        NOT NULL,
    token   TEXT          NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL,
    at_ns   BIGINT        NOT NULL,
    balance NUMERIC(78,0) NOT NULL CHECK (balance >= 0)
);
CREATE INDEX balance_events_by_user ON balance_events (token, user_id, at_ns, arrival);
CREATE INDEX balance_events_by_time ON balance_events (token, at_ns, arrival);

-- From at_ns on, user_id is active or not; activation covers every token.
CREATE TABLE activation_events (
    id      TEXT    NOT NULL PRIMARY KEY,
    arrival BIGINT  NOT NULL,
    user_id TEXT COLLATE "C" NOT NULL,
    at_ns   BIGINT  NOT NULL,
    active  BOOLEAN NOT NULL
);
CREATE INDEX activation_events_by_user ON activation_events (user_id, at_ns, arrival);

-- Per token, the last closed day (YYYY-MM-DD): it and every day before it are closed.
CREATE TABLE balance_days_closed (
    token   TEXT NOT NULL PRIMARY KEY,
    through TEXT NOT NULL
);

-- +goose Down
DROP TABLE balance_days_closed;
DROP TABLE activation_events;
DROP TABLE balance_events;
DROP TABLE feed_arrivals;
