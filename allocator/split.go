package allocator

import (
	"cmp"
	"fmt"
	"iter"
	"math/big"

	"github.com/holiman/uint256"
	"github.com/softstake/staker/money"
)

// Holding is one user's daily average balance of a token, in base units, and whether the user
// was eligible (active for the whole day). Averager.Finish produces holdings; Split consumes
// them.
type Holding struct {
	User     string
	Avg      uint256.Int
	Eligible bool
}

// Policy says how much of the net reward goes to eligible users.
type Policy uint8

const (
	// PoolRate (the default, the zero value) pays every eligible user the pool's net rate on
	// their effective balance: distributable = floor(net * sum(eff) / B). The yield of
	// ineligible balances, of the part above caps and of house funds goes to treasury.
	PoolRate Policy = iota
	// Redistribute pays all of the net reward to eligible users: distributable = net.
	Redistribute
)

// ParsePolicy returns the policy named s ("pool_rate" or "redistribute"), or an error
// wrapping ErrUnknownPolicy.
func ParsePolicy(s string) (Policy, error) {
	switch s {
	case "pool_rate":
		return PoolRate, nil
	case "redistribute":
		return Redistribute, nil
	}
	return 0, fmt.Errorf("%w %q (want pool_rate or redistribute)", ErrUnknownPolicy, s)
}

// String returns the policy's configuration name.
func (p Policy) String() string {
	switch p {
	case PoolRate:
		return "pool_rate"
	case Redistribute:
		return "redistribute"
	}
	return fmt.Sprintf("Policy(%d)", uint8(p))
}

// Params are the inputs of one day's split of one token besides the holdings. All amounts
// are base units and must not be negative.
type Params struct {
	Reward    money.Amount // R, the reward recognized for the day
	FeeBps    uint32       // the platform fee in basis points of R, at most 10000
	Min       money.Amount // the minimum average balance to qualify
	Cap       money.Amount // the most of a balance that counts; zero means no cap
	Policy    Policy       // how much of the net reward is distributed
	MaxAPRBps uint32       // a ceiling on the distributed APR in basis points; zero means none
	// Base is B, the average custodial balance that earned R; zero means the sum of every
	// user's average. When set it must be at least the sum of effective balances.
	Base money.Amount
}

// Totals are the day's sums, all in base units. Every base unit of the reward is accounted
// for: Fee + Treasury + Distributable == Reward, and the users' rewards add up to
// Distributable exactly.
type Totals struct {
	Reward        money.Amount // R as given
	Fee           money.Amount // R - Net
	Net           money.Amount // floor(R * (10000 - fee_bps) / 10000)
	Distributable money.Amount // what the eligible users receive, in total
	Treasury      money.Amount // R - Fee - Distributable: orphan yield and APR-ceiling excess
	Base          money.Amount // B as used: Params.Base, or SumAvg when that was zero
	SumAvg        money.Amount // the sum of every user's average balance, eligible or not
	SumEffective  money.Amount // the sum of effective balances

	Users          int // holdings given
	EligibleUsers  int // holdings marked eligible
	EffectiveUsers int // holdings with an effective balance above zero
}

// APRBps returns the day's distributed APR in basis points, distributable / sum(eff) * 365 *
// 10000, exactly; zero when no balance is effective. It is for reporting: no amount of money
// is ever computed from it.
func (t Totals) APRBps() *big.Rat {
	if t.SumEffective.IsZero() {
		return new(big.Rat)
	}
	num := new(big.Int).Mul(t.Distributable.Big(), big.NewInt(365*10000))
	return new(big.Rat).SetFrac(num, t.SumEffective.Big())
}

// Standing says why a user's effective balance is what it is.
type Standing uint8

const (
	// Counted means the whole average balance counts.
	Counted Standing = iota
	// Capped means the average is above the cap; the cap counts.
	Capped
	// BelowMinimum means the user was eligible but the average is below the minimum; nothing
	// counts.
	BelowMinimum
	// Ineligible means the user was not active for the whole day; nothing counts.
	Ineligible
)

// String returns a short lower-case description ("counted", "capped", "below minimum",
// "ineligible").
func (s Standing) String() string {
	switch s {
	case Counted:
		return "counted"
	case Capped:
		return "capped"
	case BelowMinimum:
		return "below minimum"
	case Ineligible:
		return "ineligible"
	}
	return fmt.Sprintf("Standing(%d)", uint8(s))
}

// Share is one user's result of a split, in base units.
type Share struct {
	User      string
	Avg       uint256.Int // the average balance as given
	Effective uint256.Int // eff: zero if ineligible or below the minimum, else min(avg, cap)
	Reward    uint256.Int // floor or floor+1 of distributable * eff / sum(eff)
	Eligible  bool
	Standing  Standing
}

// Allocation is the result of Split: the totals, and each user's share computed on demand
// from a compact per-user quotient (Share, Shares). It refers to the holdings given to Split,
// which must not be modified while it is in use. It is safe for concurrent reads.
type Allocation struct {
	Totals

	holdings []Holding
	rules    effectiveRule
	dist     uint256.Int // distributable
	distN    int         // significant words of dist
	div      divisor     // division by sum(eff)
	quot     []uint64    // floor shares, quotN words per holding; nil if dist is zero
	quotN    int
	bucket   []uint16 // each holding's remainder bucket (see divisor.bucket); nil if dist is zero
	extra    uint64   // base units handed out one each by largest remainder
	thrBkt   uint16   // the bucket, remainder and holding of the last one to get an extra unit
	thrRem   uint256.Int
	thrIdx   int
	sorted   bool // holdings are in increasing user id order, so index order is id order
}

// effectiveRule turns an average balance into an effective balance.
type effectiveRule struct {
	min, cap uint256.Int
	hasCap   bool
}

func (e *effectiveRule) effective(h *Holding) (uint256.Int, Standing) {
	switch {
	case !h.Eligible:
		return uint256.Int{}, Ineligible
	case h.Avg.Lt(&e.min):
		return uint256.Int{}, BelowMinimum
	case e.hasCap && h.Avg.Gt(&e.cap):
		return e.cap, Capped
	}
	return h.Avg, Counted
}

// Split divides the day's reward over the holdings by the rules of README.md: fee, distributable amount by policy and APR ceiling, then each eligible
// user's floor share of distributable * eff / sum(eff), and the base units left over one each
// to the users with the largest remainders, ties to the smaller user id in byte order.
//
// The result does not depend on the order of the holdings. User ids must be unique and not
// empty. Split runs in time linear in the number of holdings; it is fastest when they are
// sorted by user id (otherwise it orders them with UserOrder, which needs 24 bytes per
// holding while it runs, to check that ids are unique). It keeps 8 bytes per holding per
// 64-bit word of the distributable amount and 2 more, and in the worst case of many equal
// remainders needs 4 bytes per holding and 8 per word of sum(eff) while it selects.
//
// Errors: ErrNegative, ErrFeeBps, ErrMinAboveCap, ErrUnknownPolicy for bad parameters;
// ErrEmptyUser, ErrDuplicateUser for bad holdings; ErrOverflow if the balances add up to
// 2^256 or more; ErrBaseBelowEffective for a base that would pay out more than the net reward.
func Split(holdings []Holding, p Params) (*Allocation, error) {
	reward, err := param("reward", p.Reward)
	if err != nil {
		return nil, err
	}
	a := &Allocation{holdings: holdings}
	if a.rules.min, err = param("min", p.Min); err != nil {
		return nil, err
	}
	if a.rules.cap, err = param("cap", p.Cap); err != nil {
		return nil, err
	}
	base, err := param("base", p.Base)
	if err != nil {
		return nil, err
	}
	a.rules.hasCap = !a.rules.cap.IsZero()
	switch {
	case p.FeeBps > 10000:
		return nil, fmt.Errorf("%w: %d", ErrFeeBps, p.FeeBps)
	case p.Policy != PoolRate && p.Policy != Redistribute:
		return nil, fmt.Errorf("%w: %v", ErrUnknownPolicy, p.Policy)
	case a.rules.hasCap && a.rules.min.Gt(&a.rules.cap):
		return nil, fmt.Errorf("%w: min %v, cap %v base units", ErrMinAboveCap, &a.rules.min, &a.rules.cap)
	case len(holdings) >= 1<<31:
		return nil, fmt.Errorf("split: %d holdings, at most %d supported", len(holdings), 1<<31-1)
	}

	sumAvg, sumEff, err := a.sum()
	if err != nil {
		return nil, err
	}
	a.Reward, a.SumAvg, a.SumEffective = p.Reward, Amount(&sumAvg), Amount(&sumEff)
	a.Base = p.Base
	if base.IsZero() {
		a.Base = a.SumAvg
	} else if base.Lt(&sumEff) {
		return nil, fmt.Errorf("%w: base %v, sum of effective balances %v base units", ErrBaseBelowEffective, &base, &sumEff)
	}
	a.dist = a.distribute(&reward, p)
	a.distN = words(&a.dist)
	if a.dist.IsZero() {
		return a, nil
	}
	a.shares(&sumEff)
	return a, nil
}

// param converts a parameter amount, refusing negative ones.
func param(name string, a money.Amount) (uint256.Int, error) {
	u, err := Units(a)
	if err != nil {
		return u, fmt.Errorf("%s: %w", name, err)
	}
	return u, nil
}

// sum checks the holdings and returns the sums of averages and effective balances.
func (a *Allocation) sum() (sumAvg, sumEff uint256.Int, err error) {
	hs := a.holdings
	sorted := true
	for i := range hs {
		h := &hs[i]
		if h.User == "" {
			return sumAvg, sumEff, fmt.Errorf("%w (holding %d)", ErrEmptyUser, i)
		}
		if i > 0 && sorted {
			switch cmp.Compare(hs[i-1].User, h.User) {
			case 0:
				return sumAvg, sumEff, fmt.Errorf("%w %q", ErrDuplicateUser, h.User)
			case 1:
				sorted = false
			}
		}
		if _, overflow := sumAvg.AddOverflow(&sumAvg, &h.Avg); overflow {
			return sumAvg, sumEff, ErrOverflow
		}
		if h.Eligible {
			a.EligibleUsers++
		}
		if eff, _ := a.rules.effective(h); !eff.IsZero() {
			sumEff.Add(&sumEff, &eff) // cannot overflow: sumEff <= sumAvg
			a.EffectiveUsers++
		}
	}
	a.Users = len(hs)
	a.sorted = sorted
	if !sorted {
		if user, dup := duplicateUser(hs); dup {
			return sumAvg, sumEff, fmt.Errorf("%w %q", ErrDuplicateUser, user)
		}
	}
	return sumAvg, sumEff, nil
}

// duplicateUser reports a user id that appears more than once, ordering the holdings by
// user id with UserOrder.
func duplicateUser(hs []Holding) (string, bool) {
	if _, dup := userOrder(len(hs), func(i int) string { return hs[i].User }); dup >= 0 {
		return hs[dup].User, true
	}
	return "", false
}

// distribute fills in the fee, net, distributable and treasury totals (SPEC steps 1, 2 and
// 4) and returns distributable. It runs once per split, so math/big is fine.
func (a *Allocation) distribute(reward *uint256.Int, p Params) uint256.Int {
	r := reward.ToBig()
	net := new(big.Int).Mul(r, big.NewInt(int64(10000-p.FeeBps)))
	net.Quo(net, big.NewInt(10000))
	fee := new(big.Int).Sub(r, net)

	sumEff := a.SumEffective.Big()
	dist := new(big.Int)
	if sumEff.Sign() > 0 {
		switch p.Policy {
		case PoolRate:
			dist.Mul(net, sumEff)
			dist.Quo(dist, a.Base.Big()) // Base >= sumEff > 0
		case Redistribute:
			dist.Set(net)
		}
		if p.MaxAPRBps > 0 {
			ceiling := new(big.Int).Mul(sumEff, new(big.Int).SetUint64(uint64(p.MaxAPRBps)))
			ceiling.Quo(ceiling, big.NewInt(10000*365))
			if ceiling.Cmp(dist) < 0 {
				dist = ceiling
			}
		}
	}
	treasury := new(big.Int).Sub(r, fee)
	treasury.Sub(treasury, dist)

	a.Net, a.Fee = amountOfBig(net), amountOfBig(fee)
	a.Distributable, a.Treasury = amountOfBig(dist), amountOfBig(treasury)
	var d uint256.Int
	d.SetFromBig(dist) // dist <= net <= R < 2^256
	return d
}

// shares computes every floor share, then finds the extra units' threshold (SPEC step 3).
func (a *Allocation) shares(sumEff *uint256.Int) {
	hs := a.holdings
	a.div = newDivisor(sumEff)
	a.quotN = a.distN // a share never exceeds dist: eff <= sum(eff)
	a.quot = make([]uint64, len(hs)*a.quotN)
	a.bucket = make([]uint16, len(hs))
	hist := make([]uint32, 1<<bucketBits)
	var sumQ uint256.Int
	for i := range hs {
		eff, _ := a.rules.effective(&hs[i])
		if eff.IsZero() {
			continue
		}
		q, r := a.div.mulDivRem(&a.dist, a.distN, &eff, words(&eff))
		a.setQuotient(i, &q)
		sumQ.Add(&sumQ, &q)
		bkt := a.div.bucket(&r)
		a.bucket[i] = bkt
		hist[bkt]++
	}
	var left uint256.Int
	left.Sub(&a.dist, &sumQ)
	if !left.IsUint64() || left.Uint64() >= uint64(a.EffectiveUsers) {
		panic(fmt.Sprintf("allocator: %v units left over for %d users", &left, a.EffectiveUsers))
	}
	a.extra = left.Uint64()
	if a.extra == 0 {
		return
	}

	// The extra units go to the holdings whose remainders rank in the top `extra`. Find the
	// histogram bucket where that rank falls; everything above it gets a unit, and a
	// selection among the bucket's members finds the last one that does.
	b := len(hist) - 1
	var above uint64
	for ; above+uint64(hist[b]) < a.extra; b-- {
		above += uint64(hist[b])
	}
	c := candidates{hs: hs, stride: a.div.n, byIndex: a.sorted}
	c.idx = make([]int32, 0, hist[b])
	c.rem = make([]uint64, 0, int(hist[b])*c.stride)
	for i, bkt := range a.bucket {
		if bkt != uint16(b) {
			continue
		}
		eff, _ := a.rules.effective(&hs[i])
		if eff.IsZero() {
			continue // bucket 0 also holds those without a share
		}
		q := a.quotient(i)
		r := a.div.remainder(&a.dist, &eff, &q)
		c.idx = append(c.idx, int32(i))
		c.rem = append(c.rem, r[:c.stride]...)
	}
	last := int(a.extra - above - 1)
	c.selectNth(last)
	a.thrBkt = uint16(b)
	copy(a.thrRem[:c.stride], c.rem[last*c.stride:])
	a.thrIdx = int(c.idx[last])
}

// userOrder compares the user ids of holdings i and j.
func (a *Allocation) userOrder(i, j int) int {
	if a.sorted {
		return cmp.Compare(i, j)
	}
	return cmp.Compare(a.holdings[i].User, a.holdings[j].User)
}

// quotient returns the stored floor share of holding i.
func (a *Allocation) quotient(i int) uint256.Int {
	var q uint256.Int
	switch a.quotN {
	case 1:
		q[0] = a.quot[i]
	case 2:
		w := a.quot[2*i : 2*i+2]
		q[0], q[1] = w[0], w[1]
	default:
		copy(q[:a.quotN], a.quot[i*a.quotN:(i+1)*a.quotN])
	}
	return q
}

// setQuotient stores the floor share of holding i.
func (a *Allocation) setQuotient(i int, q *uint256.Int) {
	switch a.quotN {
	case 1:
		a.quot[i] = q[0]
	case 2:
		w := a.quot[2*i : 2*i+2]
		w[0], w[1] = q[0], q[1]
	default:
		copy(a.quot[i*a.quotN:(i+1)*a.quotN], q[:a.quotN])
	}
}

// Len returns the number of holdings, which is the number of shares.
func (a *Allocation) Len() int { return len(a.holdings) }

// Share returns the share of the i-th holding given to Split (0 <= i < Len()).
func (a *Allocation) Share(i int) Share {
	h := &a.holdings[i]
	eff, standing := a.rules.effective(h)
	return Share{User: h.User, Avg: h.Avg, Effective: eff, Reward: a.reward(i, &eff), Eligible: h.Eligible, Standing: standing}
}

// reward returns the reward of holding i, whose effective balance is eff.
func (a *Allocation) reward(i int, eff *uint256.Int) uint256.Int {
	if a.quot == nil || eff.IsZero() {
		return uint256.Int{}
	}
	q := a.quotient(i)
	if a.extra == 0 {
		return q
	}
	switch bkt := a.bucket[i]; {
	case bkt > a.thrBkt:
		q.AddUint64(&q, 1)
	case bkt == a.thrBkt:
		r := a.div.remainder(&a.dist, eff, &q)
		if c := r.Cmp(&a.thrRem); c > 0 || (c == 0 && a.userOrder(i, a.thrIdx) <= 0) {
			q.AddUint64(&q, 1)
		}
	}
	return q
}

// Shares yields every holding's share in the order the holdings were given, including
// those whose effective balance is zero.
func (a *Allocation) Shares() iter.Seq[Share] {
	return func(yield func(Share) bool) {
		for i := range a.holdings {
			if !yield(a.Share(i)) {
				return
			}
		}
	}
}
