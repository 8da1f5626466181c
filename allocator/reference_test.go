package allocator

import (
	"flag"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/holiman/uint256"
	"github.com/softstake/staker/money"
)

var seedFlag = flag.Uint64("allocator.seed", 0, "seed for the randomized tests (0: a fresh one, printed on failure)")

// testSeed returns the seed for a randomized test and arranges for it to be printed if the
// test fails.
func testSeed(t testing.TB) uint64 {
	t.Helper()
	seed := *seedFlag
	if seed == 0 {
		seed = rand.Uint64()
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("reproduce with: go test ./allocator -run '^%s$' -allocator.seed %d", t.Name(), seed)
		}
	})
	return seed
}

// refResult is what the reference implementation computes.
type refResult struct {
	fee, net, dist, treasury, sumAvg, sumEff *big.Int
	eff, reward                              map[string]*big.Int
	exact                                    map[string]*big.Rat // distributable * eff / sum(eff)
}

// floorRat returns floor(r) for r >= 0.
func floorRat(r *big.Rat) *big.Int {
	return new(big.Int).Quo(r.Num(), r.Denom())
}

// referenceSplit is the SPEC's "Splitting the day's reward" written as plainly as possible
// with rational numbers and a full sort: slow, obviously right, and independent of the
// production code's integer tricks.
func referenceSplit(hs []Holding, p Params) refResult {
	rat := func(a money.Amount) *big.Rat { return new(big.Rat).SetInt(a.Big()) }
	r := refResult{eff: map[string]*big.Int{}, reward: map[string]*big.Int{}, exact: map[string]*big.Rat{}}
	R := rat(p.Reward)
	r.net = floorRat(new(big.Rat).Mul(R, big.NewRat(int64(10000-p.FeeBps), 10000)))
	r.fee = new(big.Int).Sub(p.Reward.Big(), r.net)

	r.sumAvg, r.sumEff = new(big.Int), new(big.Int)
	minB, capB := p.Min.Big(), p.Cap.Big()
	for _, h := range hs {
		avg := h.Avg.ToBig()
		r.sumAvg.Add(r.sumAvg, avg)
		eff := new(big.Int)
		if h.Eligible && avg.Cmp(minB) >= 0 {
			eff.Set(avg)
			if capB.Sign() > 0 && eff.Cmp(capB) > 0 {
				eff.Set(capB)
			}
		}
		r.eff[h.User] = eff
		r.sumEff.Add(r.sumEff, eff)
	}
	B := new(big.Rat).SetInt(r.sumAvg)
	if p.Base.Sign() > 0 {
		B = rat(p.Base)
	}
	r.dist = new(big.Int)
	if r.sumEff.Sign() > 0 {
		switch p.Policy {
		case PoolRate:
			rate := new(big.Rat).Quo(new(big.Rat).SetInt(r.net), B)
			r.dist = floorRat(rate.Mul(rate, new(big.Rat).SetInt(r.sumEff)))
		case Redistribute:
			r.dist.Set(r.net)
		}
		if p.MaxAPRBps > 0 {
			ceiling := new(big.Rat).SetFrac(new(big.Int).Mul(r.sumEff, big.NewInt(int64(p.MaxAPRBps))), big.NewInt(10000*365))
			if c := floorRat(ceiling); c.Cmp(r.dist) < 0 {
				r.dist = c
			}
		}
	}
	r.treasury = new(big.Int).Sub(p.Reward.Big(), r.fee)
	r.treasury.Sub(r.treasury, r.dist)

	type rem struct {
		user string
		frac *big.Rat // exact share minus its floor
	}
	var rems []rem
	left := new(big.Int).Set(r.dist)
	for _, h := range hs {
		share := new(big.Rat)
		if r.sumEff.Sign() > 0 {
			share.SetFrac(new(big.Int).Mul(r.dist, r.eff[h.User]), r.sumEff)
		}
		r.exact[h.User] = share
		fl := floorRat(share)
		r.reward[h.User] = fl
		left.Sub(left, fl)
		if r.eff[h.User].Sign() > 0 {
			rems = append(rems, rem{h.User, new(big.Rat).Sub(share, new(big.Rat).SetInt(fl))})
		}
	}
	slices.SortFunc(rems, func(x, y rem) int {
		if c := y.frac.Cmp(x.frac); c != 0 {
			return c
		}
		return strings.Compare(x.user, y.user)
	})
	for i := 0; int64(i) < left.Int64(); i++ {
		r.reward[rems[i].user].Add(r.reward[rems[i].user], big.NewInt(1))
	}
	return r
}

// randomCase draws holdings and parameters across every size class of the arithmetic:
// balances from a few bits to 250, rewards small and huge, ties on purpose, caps, minimums,
// bases and APR ceilings.
func randomCase(rng *rand.Rand) ([]Holding, Params) {
	n := rng.IntN(40)
	if rng.IntN(10) == 0 {
		n = rng.IntN(400)
	}
	balBits := 1 + rng.IntN(250)
	bigRand := func(maxBits int) *big.Int {
		b := randomBits(rng, rng.IntN(maxBits+1))
		return b.ToBig()
	}
	// A small palette of balances makes equal effective balances (and so equal remainders)
	// common.
	palette := make([]uint256.Int, 1+rng.IntN(4))
	for i := range palette {
		palette[i] = randomBits(rng, rng.IntN(balBits+1))
	}
	hs := make([]Holding, n)
	perm := rng.Perm(n * 3)
	for i := range hs {
		hs[i].User = userName(perm[i])
		if rng.IntN(3) == 0 {
			hs[i].Avg = palette[rng.IntN(len(palette))]
		} else {
			hs[i].Avg = randomBits(rng, rng.IntN(balBits+1))
		}
		hs[i].Eligible = rng.IntN(5) != 0
	}
	var p Params
	p.Reward = amountOfBig(bigRand(1 + rng.IntN(255)))
	if rng.IntN(3) == 0 {
		p.Reward = amountOfBig(bigRand(balBits))
	}
	switch rng.IntN(4) {
	case 0:
	case 1:
		p.FeeBps = 10000
	default:
		p.FeeBps = uint32(rng.IntN(10001))
	}
	if rng.IntN(2) == 0 {
		p.Min = amountOfBig(bigRand(balBits))
	}
	if rng.IntN(2) == 0 {
		c := randomBits(rng, rng.IntN(balBits+1))
		if c.ToBig().Cmp(p.Min.Big()) >= 0 {
			p.Cap = Amount(&c)
		}
	}
	p.Policy = Policy(rng.IntN(2))
	if rng.IntN(3) == 0 {
		p.MaxAPRBps = uint32(rng.IntN(2000000))
	}
	if rng.IntN(3) == 0 {
		// A base between sum(eff) and twice the sum of averages.
		ref := referenceSplit(hs, Params{Min: p.Min, Cap: p.Cap})
		extra := randomBits(rng, rng.IntN(ref.sumAvg.BitLen()+2))
		b := new(big.Int).Add(ref.sumEff, extra.ToBig())
		if b.Sign() > 0 && b.BitLen() <= 256 {
			p.Base = amountOfBig(b)
		}
	}
	return hs, p
}

func userName(i int) string {
	// Varying lengths and a shared prefix make byte order differ from numeric order.
	return "u" + strings.Repeat("0", i%3) + itoa(i)
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// cases scales the number of random cases of a test down under -short and the race detector.
func cases(n int) int {
	if testing.Short() {
		n /= 5
	}
	if raceEnabled {
		n /= 4
	}
	return max(n, 10)
}
