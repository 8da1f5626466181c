// Package daemon owns the daily cycle of SPEC.md: for every enabled token and every UTC day,
// strictly in order, it closes the balance feed and computes the day's averages, harvests
// and reconciles, recognizes the day's reward from the reserve, splits it into a payout
// batch booked exactly once, publishes the batch, and rebalances the pool. Each (token, day)
// is a persisted state machine whose every step is recorded and idempotent, so a restart,
// a crash or a failover resumes where the last one stopped and a day is never skipped or
// done twice. Only the holder of the leader lease acts, and its writes carry the lease's
// fencing token.
//
// The package knows the pieces it drives only through the small interfaces in cycle.go:
// the balance feed, one token's chain custody, and the payout batches; cmd/staker wires
// the real ones (ingest, pool with its chain adapter and signer, payout).
package daemon
