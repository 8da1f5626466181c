package report

import (
	"fmt"
	"math/big"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/money"
)

// AdvertisedWindowDays is how many days before a day its advertised APR looks back (SPEC:
// "by default the trailing 7-day distributed APR").
const AdvertisedWindowDays = 7

// Terms are the split terms a token's days were booked with (SPEC "Splitting the day's
// reward"). They let the attribution tell the split's rounding apart from the orphan
// yield; without them the rounding is counted with the orphan yield.
type Terms struct {
	FeeBps    uint32
	Policy    allocator.Policy
	MaxAPRBps uint32
}

// Input is one token's stored days, in any order, and the terms they were split with (nil
// when unknown). Days up to AdvertisedWindowDays before the report's first day serve as
// the history of its advertised APR.
type Input struct {
	Token   money.Token
	Terms   *Terms
	Records []daemon.DayRecord
}

// DayFigures are the treasury's figures of one token's day. A rate is a big.Rat fraction a
// year; nil means it is undefined that day (its denominator is zero, or, for the
// advertised APR and the gap, no earlier day of the window had effective balances).
type DayFigures struct {
	Day allocator.Day

	// GrossAPR is harvested / delegated × 365: the chain's yield on bonded stake, after
	// the validators' commission.
	GrossAPR *big.Rat
	// NetAPR is harvested / custody × 365, custody being delegated + hot + unbonding + in
	// flight: the yield of the whole custody, the buffer included.
	NetAPR *big.Rat
	// DistributedAPR is distributable / sum of effective balances × 365.
	DistributedAPR *big.Rat
	// AdvertisedAPR is Σ distributable / Σ effective × 365 over the AdvertisedWindowDays
	// days before this one that have a record: what users were shown during the day.
	AdvertisedAPR *big.Rat

	Harvested, Reward, Shortfall, Fee, Orphan, Distributable money.Amount
	// SumEffective is the sum of effective balances the day's reward was split over.
	SumEffective money.Amount
	// Reserve is the reward reserve after the day's reward was drawn from it.
	Reserve money.Amount
	// Delegated is bonded stake, Hot the liquid buffer, Custody delegated + hot +
	// unbonding + in flight.
	Delegated, Hot, Custody money.Amount
	// Owed is what custody owes users: the sum of their average balances over the day
	// plus the rewards booked to them and not yet paid out (users:payable).
	Owed money.Amount
	// BufferRatio is Hot / Custody; CoverageRatio is Custody / Owed.
	BufferRatio, CoverageRatio *big.Rat
	// Batch says whether the day's payout batch was stored; Late whether it was published
	// after its deadline.
	Batch, Late bool

	// Gap attributes AdvertisedAPR − DistributedAPR to its causes; nil when either rate
	// is undefined.
	Gap *Attribution
}

// TokenFigures are one token's figures over a report's days, oldest first, and their
// totals.
type TokenFigures struct {
	Token  money.Token
	Days   []DayFigures
	Totals Totals
}

// Compute returns the token's figures for every day from from to to (both included) that
// has a record, the records before from serving only as history. It fails, naming the
// record, on a record of another token, an unreadable or repeated day, a commission above
// 100 % or custody that overflows 256 bits.
func Compute(in Input, from, to allocator.Day) (TokenFigures, error) {
	if to.Start().Before(from.Start()) {
		return TokenFigures{}, fmt.Errorf("%s: empty range %s to %s", in.Token.Symbol, from, to)
	}
	days, err := checkRecords(in)
	if err != nil {
		return TokenFigures{}, err
	}
	out := TokenFigures{Token: in.Token}
	for i, d := range days {
		if d.day.Start().Before(from.Start()) || d.day.Start().After(to.Start()) {
			continue
		}
		var window []dayRecord
		for _, e := range days[:i] {
			if !e.day.Start().Before(d.day.Start().AddDate(0, 0, -AdvertisedWindowDays)) {
				window = append(window, e)
			}
		}
		f, err := figuresOf(d, window, in.Terms)
		if err != nil {
			return TokenFigures{}, fmt.Errorf("%s day record %s: %w", in.Token.Symbol, d.rec.Day, err)
		}
		out.Days = append(out.Days, f)
	}
	if out.Totals, err = summarize(days, out.Days, from, to); err != nil {
		return TokenFigures{}, fmt.Errorf("%s totals: %w", in.Token.Symbol, err)
	}
	return out, nil
}

// dayRecord is a checked record with its parsed day.
type dayRecord struct {
	day allocator.Day
	rec daemon.DayRecord
}

// checkRecords parses and orders the records, refusing the ones a report cannot use.
func checkRecords(in Input) ([]dayRecord, error) {
	out := make([]dayRecord, 0, len(in.Records))
	for _, r := range in.Records {
		d, err := allocator.ParseDay(r.Day)
		if err != nil {
			return nil, fmt.Errorf("%s day record: %w", in.Token.Symbol, err)
		}
		switch {
		case r.Token != in.Token.Symbol:
			return nil, fmt.Errorf("%s day record %s is of token %q", in.Token.Symbol, r.Day, r.Token)
		case r.CommissionBps > 10000:
			return nil, fmt.Errorf("%s day record %s: commission_bps %d is above 10000", in.Token.Symbol, r.Day, r.CommissionBps)
		}
		out = append(out, dayRecord{day: d, rec: r})
	}
	sortByDay(out)
	for i := 1; i < len(out); i++ {
		if out[i].day == out[i-1].day {
			return nil, fmt.Errorf("%s day record %s appears twice", in.Token.Symbol, out[i].rec.Day)
		}
	}
	return out, nil
}

func sortByDay(ds []dayRecord) {
	for i := 1; i < len(ds); i++ { // insertion sort: records come nearly sorted
		for j := i; j > 0 && ds[j].day.Start().Before(ds[j-1].day.Start()); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

func figuresOf(d dayRecord, window []dayRecord, terms *Terms) (DayFigures, error) {
	r := d.rec
	custody, err := sumAmounts(r.Delegated, r.Hot, r.Unbonding, r.InFlight)
	if err != nil {
		return DayFigures{}, fmt.Errorf("custody: %w", err)
	}
	owed, err := sumAmounts(r.SumAvg, r.Payable)
	if err != nil {
		return DayFigures{}, fmt.Errorf("owed: %w", err)
	}
	reserve, err := r.ReserveBefore.Sub(r.Reward)
	if err != nil {
		return DayFigures{}, fmt.Errorf("reserve: %w", err)
	}
	f := DayFigures{
		Day:            d.day,
		GrossAPR:       annual(r.Harvested, r.Delegated),
		NetAPR:         annual(r.Harvested, custody),
		DistributedAPR: annual(r.Distributable, r.SumEffective),
		Harvested:      r.Harvested, Reward: r.Reward, Shortfall: r.Shortfall,
		Fee: r.Fee, Orphan: r.Treasury, Distributable: r.Distributable, SumEffective: r.SumEffective,
		Reserve:   reserve,
		Delegated: r.Delegated, Hot: r.Hot, Custody: custody, Owed: owed,
		BufferRatio:   ratio(r.Hot, custody),
		CoverageRatio: ratio(custody, owed),
		Batch:         r.BatchKey != "",
		Late:          r.Late,
	}
	w := new(splitSums)
	for _, e := range window {
		w.add(sumsOf(e.rec, terms))
	}
	if w.effective.Sign() > 0 {
		f.AdvertisedAPR = new(big.Rat).Mul(quo(&w.dist, &w.effective), daysAYear)
	}
	if f.AdvertisedAPR != nil && f.DistributedAPR != nil {
		f.Gap = attribute(w, sumsOf(r, terms))
	}
	return f, nil
}

// daysAYear turns a rate a day into a rate a year (SPEC: × 365).
var daysAYear = big.NewRat(365, 1)

// annual returns num / den × 365, or nil when den is zero.
func annual(num, den money.Amount) *big.Rat {
	if den.IsZero() {
		return nil
	}
	r := new(big.Rat).SetFrac(num.Big(), den.Big())
	return r.Mul(r, daysAYear)
}

// ratio returns num / den, or nil when den is zero.
func ratio(num, den money.Amount) *big.Rat {
	if den.IsZero() {
		return nil
	}
	return new(big.Rat).SetFrac(num.Big(), den.Big())
}

// quo returns a / b, zero when b is zero: the convention of the attribution's levels.
func quo(a, b *big.Rat) *big.Rat {
	if b.Sign() == 0 {
		return new(big.Rat)
	}
	return new(big.Rat).Quo(a, b)
}

// sumAmounts adds amounts, failing if the sum leaves the 256-bit range.
func sumAmounts(as ...money.Amount) (money.Amount, error) {
	var s money.Amount
	for _, a := range as {
		var err error
		if s, err = s.Add(a); err != nil {
			return money.Amount{}, err
		}
	}
	return s, nil
}

func ratOf(a money.Amount) *big.Rat { return new(big.Rat).SetInt(a.Big()) }
