-- +goose Up
-- Each user's share of a token's day, as the daily split computed it: the average balance,
-- the effective balance, the reward, and the standing that explains the effective balance.
-- Rows are written once per (token, day, user); user ids sort in byte order.
CREATE TABLE distributions (
    token     TEXT             NOT NULL,
    day       TEXT             NOT NULL,
    user_id   TEXT COLLATE "C" NOT NULL,
    avg       NUMERIC(78,0)    NOT NULL CHECK (avg >= 0),
    effective NUMERIC(78,0)    NOT NULL CHECK (effective >= 0),
    reward    NUMERIC(78,0)    NOT NULL CHECK (reward >= 0),
    standing  TEXT             NOT NULL,
    PRIMARY KEY (token, day, user_id)
);
CREATE INDEX distributions_by_user ON distributions (user_id, day, token);

-- +goose Down
DROP TABLE distributions;
