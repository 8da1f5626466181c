-- +goose Up
-- Each user's share of a token's day, as the daily split computed it: the average balance,
-- the effective balance, the reward, and the standing that explains the effective balance.
-- Amounts are decimal strings of base units. Rows are written once per (token, day, user).
CREATE TABLE distributions (
    token     TEXT NOT NULL,
    day       TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    avg       TEXT NOT NULL,
    effective TEXT NOT NULL,
    reward    TEXT NOT NULL,
    standing  TEXT NOT NULL,
    PRIMARY KEY (token, day, user_id)
) STRICT;
CREATE INDEX distributions_by_user ON distributions (user_id, day, token);

-- +goose Down
DROP TABLE distributions;
