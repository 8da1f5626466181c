package pool

import (
	"sort"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
)

// Rung is one amount on its way back to liquid.
type Rung struct {
	Validator string
	Request   string
	Amount    money.Amount
	// LiquidAt is when it can be withdrawn, where the chain states it in time.
	LiquidAt time.Time
	// Condition is the chain's own maturity rule where it is in heights or epochs.
	Condition string
	Matured   bool
}

// Ladder lists, for one custody address, every amount becoming liquid: matured first, then
// by the time it matures (those known only by a chain condition last), then by validator.
func Ladder(positions []chains.Position) []Rung {
	var out []Rung
	for _, p := range positions {
		for _, u := range p.Unbonding {
			out = append(out, Rung{Validator: p.Validator, Request: u.ID, Amount: u.Amount, LiquidAt: u.LiquidAt, Condition: u.Condition, Matured: u.Matured})
		}
		if !p.Withdrawable.IsZero() {
			out = append(out, Rung{Validator: p.Validator, Amount: p.Withdrawable, Matured: true})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Matured != b.Matured:
			return a.Matured
		case a.LiquidAt.IsZero() != b.LiquidAt.IsZero():
			return !a.LiquidAt.IsZero()
		case !a.LiquidAt.Equal(b.LiquidAt):
			return a.LiquidAt.Before(b.LiquidAt)
		}
		return a.Validator < b.Validator
	})
	return out
}
