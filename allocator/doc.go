// Package allocator decides who gets how much of a day's staking reward, to the last base
// unit: each user's time-weighted daily average balance (Averager), and the split of the
// day's reward over the users' capped, eligible average balances (Split) by the
// largest-remainder rule.
//
// The package is pure: no I/O, no clock, no database. Rows come in as Go values and go out as
// Go values; reading and writing files is the caller's business. All amounts are integer
// counts of base units: money.Amount at the edges (parameters and totals) and 256-bit
// unsigned integers (github.com/holiman/uint256) per user, where speed matters. No floating
// point is used for money anywhere.
//
// The rules, with worked examples, are in README.md next to this file, which is the
// specification of the package.
package allocator
