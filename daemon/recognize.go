package daemon

import (
	"fmt"
	"math/big"

	"github.com/softstake/staker/money"
)

// Recognition policies (SPEC.md "Reward recognition").
const (
	// RecognizeCash recognizes what the day's harvest booked.
	RecognizeCash = "cash"
	// RecognizeSmoothed recognizes the delegated stake times the trailing realized rate.
	RecognizeSmoothed = "smoothed"
)

// DayYield is one closed day's harvest and the delegated stake that earned it, in base units.
type DayYield struct {
	Harvested money.Amount
	Delegated money.Amount
}

// RecognitionInput is what recognizing one day's reward looks at.
type RecognitionInput struct {
	Policy string // RecognizeCash or RecognizeSmoothed
	// Reserve is the reward reserve after the day's harvest: the most that can be recognized.
	Reserve money.Amount
	// Today is the day being recognized; Trailing the days before it, oldest first, at most
	// WindowDays-1 of them (fewer at the start of the pool's life).
	Today    DayYield
	Trailing []DayYield
}

// Recognition is the day's recognized reward R and how it was reached.
type Recognition struct {
	Reward money.Amount
	// Wanted is what the policy asked for before the reserve limited it; Shortfall is
	// Wanted - Reward (zero unless the reserve ran short).
	Wanted, Shortfall money.Amount
	Why               string
}

// Recognize draws the day's reward from the reserve by the policy:
//
//   - cash: the rewards the day's harvest booked;
//   - smoothed: floor(today's delegated stake × Σ harvested / Σ delegated) over the trailing
//     window including today, the trailing realized rate applied to today's stake (the
//     rate per day, so no 365 appears in the arithmetic); with nothing delegated over the
//     window it falls back to cash.
//
// Either way the result never exceeds the reserve: rewards are never paid out of principal.
func Recognize(in RecognitionInput) (Recognition, error) {
	var wanted *big.Int
	var why string
	switch in.Policy {
	case RecognizeCash:
		wanted = in.Today.Harvested.Big()
		why = "cash: the day's harvest"
	case RecognizeSmoothed:
		harvested, delegated := in.Today.Harvested.Big(), in.Today.Delegated.Big()
		for _, d := range in.Trailing {
			harvested.Add(harvested, d.Harvested.Big())
			delegated.Add(delegated, d.Delegated.Big())
		}
		days := len(in.Trailing) + 1
		if delegated.Sign() == 0 {
			wanted = in.Today.Harvested.Big()
			why = fmt.Sprintf("smoothed over %d day(s): nothing delegated in the window, the day's harvest", days)
			break
		}
		wanted = new(big.Int).Mul(in.Today.Delegated.Big(), harvested)
		wanted.Quo(wanted, delegated)
		why = fmt.Sprintf("smoothed over %d day(s): delegated × %s harvested / %s delegated", days, harvested, delegated)
	default:
		return Recognition{}, fmt.Errorf("recognition policy %q: want %s or %s", in.Policy, RecognizeCash, RecognizeSmoothed)
	}
	w, err := money.FromBig(wanted)
	if err != nil {
		return Recognition{}, fmt.Errorf("recognize: %w", err)
	}
	r := Recognition{Reward: w, Wanted: w, Why: why}
	if w.Cmp(in.Reserve) > 0 {
		r.Reward = in.Reserve
		r.Shortfall, _ = w.Sub(in.Reserve)
		r.Why += fmt.Sprintf("; limited to the reserve (short by %s)", r.Shortfall)
	}
	return r, nil
}
