package pool

import (
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/softstake/staker/money"
)

// BufferPolicy is a token's liquidity buffer policy (SPEC "Liquidity buffer").
type BufferPolicy struct {
	// MinAbs is the smallest target, in base units.
	MinAbs money.Amount
	// PctBps is the share of custody the target is at least, in basis points.
	PctBps uint32
	// QuantileBps is the quantile of net withdrawals the forecast uses (9900 = p99).
	QuantileBps uint32
	// SafetyFactorBps multiplies the forecast (15000 = ×1.5).
	SafetyFactorBps uint32
	// LowWatermarkBps and HighWatermarkBps bound the band, as shares of the target, inside
	// which nothing moves: undelegate only below low, delegate only above high.
	LowWatermarkBps, HighWatermarkBps uint32
}

// BufferState is what the buffer decision looks at.
type BufferState struct {
	// Token writes the amounts in the decision's reason; the zero Token writes base units.
	Token money.Token
	// Custody is everything the pool holds of the token, liquid or not.
	Custody money.Amount
	// Liquid is what can be paid out now (the hot balance).
	Liquid money.Amount
	// InFlight is what is on its way back to liquid: unbonding and matured-but-not-withdrawn
	// stake. It counts toward the future buffer.
	InFlight money.Amount
	// NetOutflows are the daily net withdrawals (withdrawals minus deposits; negative for a
	// day of net inflow), oldest first, over the policy's history.
	NetOutflows []money.Amount
	// Unbonding is the chain's unbonding time: the forecast covers windows that long.
	Unbonding time.Duration
}

// BufferDecision is the buffer's verdict for today.
type BufferDecision struct {
	Target, Low, High money.Amount
	// Forecast is the quantile of net withdrawals over unbonding-long windows, times the
	// safety factor.
	Forecast money.Amount
	// Delegate is the excess to delegate now; Undelegate the shortfall to start unbonding.
	// At most one of them is above zero.
	Delegate, Undelegate money.Amount
	Why                  string
}

// DecideBuffer applies the policy: target = max(MinAbs, PctBps of custody, forecast); if the
// liquid balance is above the high watermark, delegate what is above the target; if liquid
// plus in-flight is below the low watermark, undelegate what is missing to the target (never
// more than is delegated); otherwise do nothing.
func DecideBuffer(p BufferPolicy, s BufferState) (BufferDecision, error) {
	if p.LowWatermarkBps > 10000 || p.HighWatermarkBps < 10000 {
		return BufferDecision{}, fmt.Errorf("buffer policy: watermarks %d..%d bps must straddle 10000", p.LowWatermarkBps, p.HighWatermarkBps)
	}
	for _, a := range []money.Amount{s.Custody, s.Liquid, s.InFlight, p.MinAbs} {
		if a.Sign() < 0 {
			return BufferDecision{}, fmt.Errorf("buffer state: negative amount %s", a)
		}
	}
	d := BufferDecision{Forecast: forecast(p, s)}
	d.Target = maxAmount(p.MinAbs, bps(s.Custody, p.PctBps), d.Forecast)
	d.Low, d.High = bps(d.Target, p.LowWatermarkBps), bps(d.Target, p.HighWatermarkBps)
	future := add(s.Liquid, s.InFlight)
	delegated := sub(s.Custody, future)
	switch {
	case s.Liquid.Cmp(d.High) > 0:
		d.Delegate = sub(s.Liquid, d.Target)
		d.Why = explain(s.Token, "liquid %s above the high watermark %s: delegate down to the target %s", s.Liquid, d.High, d.Target)
	case future.Cmp(d.Low) < 0:
		d.Undelegate = minAmount(sub(d.Target, future), maxAmount(delegated, money.Zero))
		d.Why = explain(s.Token, "liquid %s plus in flight %s below the low watermark %s: undelegate up to the target %s",
			s.Liquid, s.InFlight, d.Low, d.Target)
	default:
		d.Why = explain(s.Token, "liquid %s (plus %s in flight) inside the band %s..%s: nothing to do", s.Liquid, s.InFlight, d.Low, d.High)
	}
	return d, nil
}

// forecast is the QuantileBps nearest-rank quantile of the net outflow over every run of
// consecutive days as long as the unbonding time (at least one day), days of net inflow
// counting as zero outflow, times the safety factor. Without a full window of history it
// is zero.
func forecast(p BufferPolicy, s BufferState) money.Amount {
	window := int((s.Unbonding + 24*time.Hour - 1) / (24 * time.Hour))
	if window < 1 {
		window = 1
	}
	n := len(s.NetOutflows) - window + 1
	if n <= 0 {
		return money.Zero
	}
	sums := make([]*big.Int, 0, n)
	run := new(big.Int)
	for i, a := range s.NetOutflows {
		run.Add(run, a.Big())
		if i >= window {
			run.Sub(run, s.NetOutflows[i-window].Big())
		}
		if i >= window-1 {
			v := new(big.Int).Set(run)
			if v.Sign() < 0 {
				v.SetInt64(0)
			}
			sums = append(sums, v)
		}
	}
	slices.SortFunc(sums, func(a, b *big.Int) int { return a.Cmp(b) })
	// nearest rank: the smallest value with at least QuantileBps of the windows at or below it
	rank := (uint64(p.QuantileBps)*uint64(len(sums)) + 9999) / 10000
	if rank < 1 {
		rank = 1
	}
	q, _ := money.FromBig(sums[rank-1])
	return bps(q, p.SafetyFactorBps)
}
