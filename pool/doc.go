// Package pool owns turning "this much custody, this much must stay liquid" into chain
// actions: the liquidity buffer policy (target, forecast, watermarks with hysteresis), the
// validator targets (allowlist weights, concentration caps, exits of jailed, slashed,
// inactive, delinquent or under-performing validators) and the rebalance planner that
// orders the actions a token needs today within the chain's minimums and the daily churn
// limit.
//
// It also owns a round's read (Observe: chain and books, all or nothing), the durable
// executor of the planned actions, harvesting, the reconciliation of chain and books and the
// liquidity ladder. Planning itself is pure: positions and policies in, an ordered list of
// actions with the reason for each out.
package pool
