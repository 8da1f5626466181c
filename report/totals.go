package report

import (
	"math/big"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
)

// Totals are one token's figures over a report's period (the simnet table of issue #9).
// Rates are big.Rat fractions a year, nil when undefined over the period.
type Totals struct {
	From, To allocator.Day
	// Days counts the days of the period that have a record.
	Days int
	// GrossAPR, NetAPR and DistributedAPR are Σ harvested / Σ delegated, Σ harvested /
	// Σ custody and Σ distributable / Σ effective, × 365, over the period's days.
	GrossAPR, NetAPR, DistributedAPR *big.Rat
	// AdvertisedAPR is the rate users are shown after the period's last day: Σ
	// distributable / Σ effective × 365 over the AdvertisedWindowDays days ending with it.
	AdvertisedAPR *big.Rat
	// Fee and Orphan are summed over the period; Reserve is the reward reserve after the
	// last day.
	Fee, Orphan, Reserve money.Amount
	// BufferRatio is Σ hot / Σ custody; CoverageRatio is the lowest day's coverage.
	BufferRatio, CoverageRatio *big.Rat
	// Batches counts the days whose payout batch was stored, Late the ones published late.
	Batches, Late int
	// Gap is the days' attributions averaged with each day weighted by its sum of
	// effective balances, so that it attributes the period's weighted gap; nil when no day
	// has one.
	Gap *Attribution
}

// summarize totals the period's figures; all are the token's checked records, oldest first.
func summarize(all []dayRecord, days []DayFigures, from, to allocator.Day) (Totals, error) {
	t := Totals{From: from, To: to, Days: len(days)}
	harvested, delegated, custody, hot := new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	dist, effective := new(big.Int), new(big.Int)
	fee, orphan := new(big.Int), new(big.Int)
	gapWeight := new(big.Rat)
	var gap Attribution
	for _, d := range days {
		harvested.Add(harvested, d.Harvested.Big())
		delegated.Add(delegated, d.Delegated.Big())
		custody.Add(custody, d.Custody.Big())
		hot.Add(hot, d.Hot.Big())
		dist.Add(dist, d.Distributable.Big())
		effective.Add(effective, d.SumEffective.Big())
		fee.Add(fee, d.Fee.Big())
		orphan.Add(orphan, d.Orphan.Big())
		if d.Batch {
			t.Batches++
		}
		if d.Late {
			t.Late++
		}
		if d.CoverageRatio != nil && (t.CoverageRatio == nil || d.CoverageRatio.Cmp(t.CoverageRatio) < 0) {
			t.CoverageRatio = new(big.Rat).Set(d.CoverageRatio)
		}
		if d.Gap != nil {
			w := ratOf(d.SumEffective)
			gapWeight.Add(gapWeight, w)
			for i := range gap.parts {
				gap.parts[i].Add(&gap.parts[i], new(big.Rat).Mul(&d.Gap.parts[i], w))
			}
		}
	}
	t.GrossAPR = annualBig(harvested, delegated)
	t.NetAPR = annualBig(harvested, custody)
	t.DistributedAPR = annualBig(dist, effective)
	t.BufferRatio = ratioBig(hot, custody)
	var err error
	if t.Fee, err = money.FromBig(fee); err != nil {
		return Totals{}, err
	}
	if t.Orphan, err = money.FromBig(orphan); err != nil {
		return Totals{}, err
	}
	if len(days) == 0 {
		return t, nil
	}
	last := days[len(days)-1]
	t.Reserve = last.Reserve
	windowStart := last.Day.Start().AddDate(0, 0, 1-AdvertisedWindowDays)
	wDist, wEff := new(big.Int), new(big.Int)
	for _, r := range all {
		if !r.day.Start().Before(windowStart) && !r.day.Start().After(last.Day.Start()) {
			wDist.Add(wDist, r.rec.Distributable.Big())
			wEff.Add(wEff, r.rec.SumEffective.Big())
		}
	}
	t.AdvertisedAPR = annualBig(wDist, wEff)
	if gapWeight.Sign() > 0 {
		t.Gap = new(Attribution)
		for i := range gap.parts {
			t.Gap.parts[i].Quo(&gap.parts[i], gapWeight)
		}
	}
	return t, nil
}

func annualBig(num, den *big.Int) *big.Rat {
	r := ratioBig(num, den)
	if r == nil {
		return nil
	}
	return r.Mul(r, daysAYear)
}

func ratioBig(num, den *big.Int) *big.Rat {
	if den.Sign() == 0 {
		return nil
	}
	return new(big.Rat).SetFrac(num, den)
}
