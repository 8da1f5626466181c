package simnet

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// Population is the simulated exchange's users: who holds which token and how much, who
// has activated soft staking and when, and how balances move through each day. Everything
// follows from the seed, so two runs with the same seed see the same users do the same
// things.
type Population struct {
	seed   uint64
	tokens []money.Token
	// units are each token's typical step of balance: about a fortieth of what an average
	// holder holds.
	units []*big.Int
	users []simUser
	start allocator.Day
}

// A simUser is one user's standing traits.
type simUser struct {
	id string
	// holdings maps a token's index in Population.tokens to the user's balance now.
	holdings map[int]*big.Int
	// activateDay is the day index the user activates at (negative: before the run),
	// deactivateDay the day index of a deactivation (-1: never); never activated users have
	// activateDay = math.MaxInt.
	activateDay, deactivateDay int
	activateAt, deactivateAt   time.Duration // offsets into those days
	// activity is how many balance changes a day the user makes, on average, per token.
	activity int
}

const never = 1 << 30

// NewPopulation makes users users holding some of tokens, from seed, for a run whose first
// day is start; held[i] is what custody holds of tokens[i], and the users' balances add up
// to about four fifths of it (the rest is the house's). Most users hold one or two tokens;
// about one in fifty holds more than the token's cap, about one in ten less than its
// minimum; eight in ten are active before the run, one in ten activates during it, one in
// twenty deactivates during it and the rest never activate.
func NewPopulation(seed uint64, users int, tokens []money.Token, held []money.Amount, start allocator.Day) *Population {
	rng := rand.New(rand.NewPCG(seed, 0x5157))
	p := &Population{seed: seed, tokens: slices.Clone(tokens), start: start}
	// Each user holds 1.5 tokens on average, a holding being about 20.5 units; a unit is at
	// least the token's minimum, so a token whose custody cannot cover its share of the
	// users at that size is held by fewer of them.
	weights := make([]int, len(tokens))
	total := 0
	for i, t := range tokens {
		minimum, _ := scale(t)
		affordable := new(big.Int).Mul(held[i].Big(), big.NewInt(8))
		affordable.Quo(affordable, new(big.Int).Mul(minimum, big.NewInt(205)))
		weights[i] = max(1, min(users*3/2, int(min(affordable.Int64(), int64(users*3/2)))))
		total += weights[i]
	}
	for i, t := range tokens {
		minimum, _ := scale(t)
		holders := max(1, users*3/2*weights[i]/total)
		unit := new(big.Int).Mul(held[i].Big(), big.NewInt(8))
		unit.Quo(unit, big.NewInt(int64(holders)*205))
		p.units = append(p.units, maxBig(unit, minimum))
	}
	pick := func() int {
		r := rng.IntN(total)
		for i, w := range weights {
			if r < w {
				return i
			}
			r -= w
		}
		return len(weights) - 1
	}
	for i := range users {
		u := simUser{id: fmt.Sprintf("u%07d", i), holdings: map[int]*big.Int{}, deactivateDay: -1, activity: rng.IntN(4)}
		for range 1 + rng.IntN(2) {
			ti := pick()
			u.holdings[ti] = p.initialBalance(rng, ti)
		}
		switch r := rng.IntN(20); {
		case r < 16:
			u.activateDay = -1 - rng.IntN(30)
		case r < 18:
			u.activateDay = rng.IntN(30)
		case r < 19:
			u.activateDay = -1 - rng.IntN(30)
			u.deactivateDay = rng.IntN(30)
		default:
			u.activateDay = never
		}
		u.activateAt = time.Duration(rng.Int64N(int64(24 * time.Hour)))
		u.deactivateAt = time.Duration(rng.Int64N(int64(24 * time.Hour)))
		p.users = append(p.users, u)
	}
	return p
}

// scale returns the token's published minimum to qualify (one whole token where there is
// none) and its cap (zero: none).
func scale(t money.Token) (minimum, capAmount *big.Int) {
	minimum, capAmount = t.DefaultMin.Big(), t.DefaultCap.Big()
	if minimum.Sign() == 0 {
		minimum = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(t.Decimals)), nil)
	}
	return minimum, capAmount
}

func (p *Population) initialBalance(rng *rand.Rand, ti int) *big.Int {
	minimum, capAmount := scale(p.tokens[ti])
	unit := p.units[ti]
	switch r := rng.IntN(50); {
	case r == 0 && p.tokens[ti].DefaultCap.Sign() > 0: // a large holder above the cap
		b := new(big.Int).Mul(capAmount, big.NewInt(int64(12+rng.IntN(19))))
		return b.Quo(b, big.NewInt(10))
	case r == 0: // a large holder, of a token without a cap
		return new(big.Int).Mul(unit, big.NewInt(int64(40+rng.IntN(41))))
	case r < 6: // below the minimum
		return randBelow(rng, minimum)
	default: // one to forty units
		b := new(big.Int).Mul(unit, big.NewInt(int64(1+rng.IntN(40))))
		return b.Add(b, randBelow(rng, unit))
	}
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// randBelow is a uniform amount in [0, n).
func randBelow(rng *rand.Rand, n *big.Int) *big.Int {
	if n.Sign() <= 0 {
		return new(big.Int)
	}
	if n.IsUint64() {
		return new(big.Int).SetUint64(rng.Uint64N(n.Uint64()))
	}
	// Amounts beyond 64 bits (NEAR's yocto): scale a 64-bit draw.
	out := new(big.Int).Mul(n, new(big.Int).SetUint64(rng.Uint64()))
	return out.Rsh(out, 64)
}

// Opening returns the balances every user holds before the run, one event per holding,
// timed an hour before the first day.
func (p *Population) Opening() []store.BalanceEvent {
	at := p.start.Start().Add(-time.Hour)
	var out []store.BalanceEvent
	for _, u := range p.users {
		for ti := range p.tokens {
			if b, ok := u.holdings[ti]; ok {
				out = append(out, p.event(u, ti, at, b, "open"))
			}
		}
	}
	return out
}

func (p *Population) event(u simUser, ti int, at time.Time, b *big.Int, tag string) store.BalanceEvent {
	amt, err := money.FromBig(b)
	if err != nil {
		panic(err) // balances stay far below 2^255
	}
	return store.BalanceEvent{ID: fmt.Sprintf("%s-%s-%s", p.tokens[ti].Symbol, u.id, tag), Token: p.tokens[ti].Symbol,
		User: u.id, At: at, Balance: amt}
}

// Activations returns the activation events of the whole run: activations before the
// run are timed on the days before it.
func (p *Population) Activations() []store.ActivationEvent {
	var out []store.ActivationEvent
	for _, u := range p.users {
		if u.activateDay == never {
			continue
		}
		at := p.start.Start().Add(time.Duration(u.activateDay)*24*time.Hour + u.activateAt)
		out = append(out, store.ActivationEvent{ID: u.id + "-on", User: u.id, At: at, Active: true})
		if u.deactivateDay >= 0 {
			at := p.start.Start().Add(time.Duration(u.deactivateDay)*24*time.Hour + u.deactivateAt)
			out = append(out, store.ActivationEvent{ID: u.id + "-off", User: u.id, At: at, Active: false})
		}
	}
	return out
}

// Day returns the balance changes of the run's day index n (0 is the first day), in time
// order per user: trades that move a balance a little either way, now and then a deposit
// or a withdrawal of a good part of it. It updates the population's balances, so days must
// be asked for in order. Net is, per token in the population's order, what the users' total
// balance gained over the day: the deposits custody received less the withdrawals it paid.
func (p *Population) Day(n int) (events []store.BalanceEvent, net []money.Amount) {
	rng := rand.New(rand.NewPCG(p.seed, uint64(n)+1))
	dayStart := p.start.Start().Add(time.Duration(n) * 24 * time.Hour)
	flows := make([]*big.Int, len(p.tokens))
	for i := range flows {
		flows[i] = new(big.Int)
	}
	for _, u := range p.users {
		for ti := range p.tokens {
			b, ok := u.holdings[ti]
			if !ok {
				continue
			}
			changes := rng.IntN(2*u.activity + 1)
			offsets := make([]int64, changes)
			for k := range offsets {
				offsets[k] = rng.Int64N(int64(24 * time.Hour))
			}
			slices.Sort(offsets)
			for k, off := range offsets {
				before := new(big.Int).Set(b)
				unit := p.units[ti]
				switch r := rng.IntN(40); {
				case r == 0: // a withdrawal of a tenth to a half of it
					b.Mul(b, big.NewInt(int64(5+rng.IntN(5))))
					b.Quo(b, big.NewInt(10))
				case r == 1: // a deposit of two to ten units
					b.Add(b, new(big.Int).Mul(unit, big.NewInt(int64(2+rng.IntN(9)))))
				case r < 21: // a trade in
					b.Add(b, randBelow(rng, unit))
				default: // a trade out
					if step := randBelow(rng, unit); b.Cmp(step) >= 0 {
						b.Sub(b, step)
					}
				}
				flows[ti].Add(flows[ti], before.Sub(b, before))
				events = append(events, p.event(u, ti, dayStart.Add(time.Duration(off)), b, fmt.Sprintf("d%d-%d", n, k)))
			}
		}
	}
	for _, f := range flows {
		a, err := money.FromBig(f)
		if err != nil {
			panic(err) // flows stay far below 2^255
		}
		net = append(net, a)
	}
	return events, net
}
