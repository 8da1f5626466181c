package report

import (
	"math/big"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
)

// Cause is one cause of the gap between the advertised and the distributed APR (SPEC
// "What treasury sees"). README.md defines each one.
type Cause int

// The causes, in the order reports show them.
const (
	CauseFee Cause = iota
	CauseBufferDrag
	CauseCommission
	CauseOrphanAndCaps
	CauseRecognitionLag
	CauseReserveShortfall
	CauseRounding
	numCauses
)

var causeNames = [numCauses]string{"fee", "buffer drag", "validator commission", "orphan yield and caps",
	"recognition lag", "reserve shortfall", "rounding"}

// Causes returns every cause in display order.
func Causes() []Cause {
	out := make([]Cause, numCauses)
	for i := range out {
		out[i] = Cause(i)
	}
	return out
}

// String returns the cause's name as reports print it ("buffer drag").
func (c Cause) String() string {
	if c < 0 || c >= numCauses {
		return "unknown cause"
	}
	return causeNames[c]
}

// Attribution splits the gap between the advertised and the distributed APR into its
// causes, each a rate a year: how much that cause put the distributed APR below the
// advertised one (negative when it lifted it). The parts add up to the gap exactly.
type Attribution struct {
	parts [numCauses]big.Rat
}

// Part returns the cause's share of the gap; zero for an unknown cause.
func (a *Attribution) Part(c Cause) *big.Rat {
	if c < 0 || c >= numCauses {
		return new(big.Rat)
	}
	return new(big.Rat).Set(&a.parts[c])
}

// Sum returns the gap: the sum of every part.
func (a *Attribution) Sum() *big.Rat {
	s := new(big.Rat)
	for i := range a.parts {
		s.Add(s, &a.parts[i])
	}
	return s
}

// splitSums are the amounts of one day, or summed over a window of days, that the
// attribution's levels are made of. Every field is exact.
type splitSums struct {
	wantedGross big.Rat // wanted / (1 − commission): the recognized reward before commission
	wanted      big.Rat // what recognition asked for
	reward      big.Rat // R, what the reserve gave
	feeExact    big.Rat // R × fee_bps / 10000, unrounded
	distExact   big.Rat // what the policy gives eligible users, unrounded
	dist        big.Rat // distributable, as booked
	delegated   big.Rat
	custody     big.Rat // delegated + hot + unbonding + in flight
	effective   big.Rat // the sum of effective balances
}

// sumsOf returns one record's sums. Without terms the exact fee and distributable are the
// booked ones, so the rounding counts with the orphan yield.
func sumsOf(r daemon.DayRecord, terms *Terms) *splitSums {
	s := new(splitSums)
	s.wanted.Set(ratOf(r.Wanted))
	s.wantedGross.Set(&s.wanted)
	if r.CommissionBps < 10000 {
		s.wantedGross.Mul(&s.wanted, big.NewRat(10000, int64(10000-r.CommissionBps)))
	}
	s.reward.Set(ratOf(r.Reward))
	s.dist.Set(ratOf(r.Distributable))
	s.delegated.Set(ratOf(r.Delegated))
	for _, a := range []*big.Rat{ratOf(r.Delegated), ratOf(r.Hot), ratOf(r.Unbonding), ratOf(r.InFlight)} {
		s.custody.Add(&s.custody, a)
	}
	s.effective.Set(ratOf(r.SumEffective))
	if terms == nil {
		s.feeExact.Set(ratOf(r.Fee))
		s.distExact.Set(&s.dist)
		return s
	}
	s.feeExact.Mul(&s.reward, big.NewRat(int64(terms.FeeBps), 10000))
	if s.effective.Sign() == 0 {
		return s
	}
	net := new(big.Rat).Sub(&s.reward, &s.feeExact)
	switch terms.Policy {
	case allocator.Redistribute:
		s.distExact.Set(net)
	default:
		// pool_rate: the day was split over its base B (custody or the users' averages,
		// whichever is larger); records from before the base was recorded used the users'
		// averages.
		base := r.Base
		if base.IsZero() {
			base = r.SumAvg
		}
		s.distExact.Set(net.Mul(net, quo(&s.effective, ratOf(base))))
	}
	if terms.MaxAPRBps > 0 {
		ceiling := new(big.Rat).Mul(&s.effective, big.NewRat(int64(terms.MaxAPRBps), 10000*365))
		if ceiling.Cmp(&s.distExact) < 0 {
			s.distExact.Set(ceiling)
		}
	}
	return s
}

// add adds o's amounts to s.
func (s *splitSums) add(o *splitSums) {
	for _, p := range []struct{ to, from *big.Rat }{
		{&s.wantedGross, &o.wantedGross}, {&s.wanted, &o.wanted}, {&s.reward, &o.reward},
		{&s.feeExact, &o.feeExact}, {&s.distExact, &o.distExact}, {&s.dist, &o.dist},
		{&s.delegated, &o.delegated}, {&s.custody, &o.custody}, {&s.effective, &o.effective},
	} {
		p.to.Add(p.to, p.from)
	}
}

// The levels of the walk from the recognized gross rate down to the distributed rate,
// rates a day (README.md "The walk").
const (
	levelRecognizedGross = iota // wanted / (1 − c) / delegated
	levelRecognized             // wanted / delegated
	levelOnCustody              // wanted / custody
	levelDrawn                  // reward / custody
	levelNetOfFee               // (reward − exact fee) / custody
	levelExactToUsers           // exact distributable / effective
	levelDistributed            // distributable / effective
	numLevels
)

// levels returns the walk's levels; a level whose denominator is zero is zero.
func (s *splitSums) levels() [numLevels]*big.Rat {
	var l [numLevels]*big.Rat
	l[levelRecognizedGross] = quo(&s.wantedGross, &s.delegated)
	l[levelRecognized] = quo(&s.wanted, &s.delegated)
	l[levelOnCustody] = quo(&s.wanted, &s.custody)
	l[levelDrawn] = quo(&s.reward, &s.custody)
	l[levelNetOfFee] = quo(new(big.Rat).Sub(&s.reward, &s.feeExact), &s.custody)
	l[levelExactToUsers] = quo(&s.distExact, &s.effective)
	l[levelDistributed] = quo(&s.dist, &s.effective)
	return l
}

// stepCause names the cause of each step of the walk: the step from level i to level i+1.
var stepCause = [numLevels - 1]Cause{
	levelRecognizedGross: CauseCommission,
	levelRecognized:      CauseBufferDrag,
	levelOnCustody:       CauseReserveShortfall,
	levelDrawn:           CauseFee,
	levelNetOfFee:        CauseOrphanAndCaps,
	levelExactToUsers:    CauseRounding,
}

// attribute splits the gap between the window's distributed rate (the advertised one)
// and the day's into causes: the recognition lag is the change of the walk's first level,
// every other cause the change of its step, and the rounding what is left, which the
// walk makes equal to the change of the rounding step.
func attribute(window, day *splitSums) *Attribution {
	lw, ld := window.levels(), day.levels()
	a := new(Attribution)
	a.parts[CauseRecognitionLag].Sub(lw[levelRecognizedGross], ld[levelRecognizedGross])
	for i, c := range stepCause {
		if c == CauseRounding {
			continue
		}
		stepDay := new(big.Rat).Sub(ld[i], ld[i+1])
		stepWindow := new(big.Rat).Sub(lw[i], lw[i+1])
		a.parts[c].Sub(stepDay, stepWindow)
	}
	for i := range a.parts {
		a.parts[i].Mul(&a.parts[i], daysAYear)
	}
	gap := new(big.Rat).Sub(lw[levelDistributed], ld[levelDistributed])
	gap.Mul(gap, daysAYear)
	a.parts[CauseRounding].Sub(gap, a.Sum())
	return a
}
