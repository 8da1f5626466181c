-- +goose Up
-- Durable state machines (the pool's intents): one row each, moved from state to state by
-- compare-and-set, with the machine's own data as JSON.
CREATE TABLE intents (
    id         TEXT NOT NULL PRIMARY KEY,
    token      TEXT NOT NULL,
    state      TEXT NOT NULL,
    data       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX intents_open ON intents (token, state);

-- Every transition, in order: where each intent has been and when.
CREATE TABLE intent_transitions (
    intent_id  TEXT    NOT NULL REFERENCES intents (id),
    n          INTEGER NOT NULL,
    from_state TEXT    NOT NULL,
    to_state   TEXT    NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (intent_id, n)
);

-- +goose Down
DROP TABLE intent_transitions;
DROP TABLE intents;
