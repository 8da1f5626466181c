package report

import (
	"fmt"
	"sort"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
)

// TokenRungs is one token's liquidity ladder as the pool reads it from the chain.
type TokenRungs struct {
	Token money.Token
	Rungs []pool.Rung
}

// LadderStep is what becomes liquid of one token at one point of the cross-chain ladder:
// now (Now), on a UTC day, or when a chain condition holds (Condition, for rungs the
// chain dates in heights or epochs).
type LadderStep struct {
	Token     money.Token
	Now       bool
	Day       allocator.Day // meaningful when neither Now nor Condition is set
	Condition string
	Amount    money.Amount
	// Rungs counts the unbonding requests (or withdrawable balances) summed into Amount.
	Rungs int
}

// When describes the step's time as the report prints it: "now", a date, or "when " and
// the chain's condition.
func (s LadderStep) When() string {
	switch {
	case s.Now:
		return "now"
	case s.Condition != "":
		return "when " + s.Condition
	}
	return s.Day.String()
}

// CrossChainLadder merges the tokens' ladders into one, summing each token's rungs per UTC
// day: first what is withdrawable now, then by day, then what waits on a chain condition;
// tokens in the order given within each. A matured rung is "now" whatever its date says.
// It fails only if a sum overflows 256 bits.
func CrossChainLadder(tokens []TokenRungs) ([]LadderStep, error) {
	type key struct {
		token     int
		now       bool
		day       time.Time
		condition string
	}
	sums := map[key]*LadderStep{}
	var keys []key
	for ti, tr := range tokens {
		for _, r := range tr.Rungs {
			k := key{token: ti}
			switch {
			case r.Matured:
				k.now = true
			case r.LiquidAt.IsZero():
				k.condition = r.Condition
				if k.condition == "" {
					k.condition = "the chain says (no date or condition given)"
				}
			default:
				k.day = dayOf(r.LiquidAt).Start()
			}
			s, ok := sums[k]
			if !ok {
				s = &LadderStep{Token: tr.Token, Now: k.now, Condition: k.condition}
				if !k.day.IsZero() {
					s.Day = dayOf(k.day)
				}
				sums[k] = s
				keys = append(keys, k)
			}
			sum, err := s.Amount.Add(r.Amount)
			if err != nil {
				return nil, fmt.Errorf("ladder of %s: %w", tr.Token.Symbol, err)
			}
			s.Amount = sum
			s.Rungs++
		}
	}
	rank := func(k key) int {
		switch {
		case k.now:
			return 0
		case k.condition != "":
			return 2
		}
		return 1
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		switch {
		case rank(a) != rank(b):
			return rank(a) < rank(b)
		case !a.day.Equal(b.day):
			return a.day.Before(b.day)
		case a.token != b.token:
			return a.token < b.token
		}
		return a.condition < b.condition
	})
	out := make([]LadderStep, len(keys))
	for i, k := range keys {
		out[i] = *sums[k]
	}
	return out, nil
}

// dayOf returns the UTC day holding t.
func dayOf(t time.Time) allocator.Day {
	d, err := allocator.ParseDay(t.UTC().Format(time.DateOnly))
	if err != nil {
		panic(err) // a formatted date always parses
	}
	return d
}
