-- +goose Up
-- Named positions in a stream (the last harvested height of a token's chain), which only
-- ever move forward.
CREATE TABLE cursors (
    name       TEXT    NOT NULL PRIMARY KEY,
    position   BIGINT  NOT NULL CHECK (position >= 0),
    updated_at TIMESTAMPTZ NOT NULL
);

-- +goose Down
DROP TABLE cursors;
