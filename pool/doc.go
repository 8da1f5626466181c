// Package pool owns turning "this much custody, this much must stay liquid" into chain
// actions: the liquidity buffer policy (target, forecast, watermarks with hysteresis), the
// validator targets (allowlist weights, concentration caps, exits of jailed, slashed,
// inactive, delinquent or under-performing validators) and the rebalance planner that orders the actions a token needs
// today within the chain's minimums and the daily churn limit.
//
// Planning is pure: positions and policies in, an ordered list of actions with the reason
// for each out. Nothing here talks to a chain or a database.
package pool
