package allocator

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/holiman/uint256"
	"github.com/softstake/staker/money"
)

// rewards runs Split and returns each user's share by user id.
func rewards(t testing.TB, hs []Holding, p Params) (*Allocation, map[string]Share) {
	t.Helper()
	a, err := Split(hs, p)
	if err != nil {
		t.Fatalf("Split: %v", err)
	}
	got := make(map[string]Share, len(hs))
	for s := range a.Shares() {
		got[s.User] = s
	}
	return a, got
}

func TestSplitMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 0))
	for iter := 0; iter < cases(1500); iter++ {
		hs, p := randomCase(rng)
		want := referenceSplit(hs, p)
		if want.sumAvg.BitLen() > 256 {
			if _, err := Split(hs, p); !errors.Is(err, ErrOverflow) {
				t.Fatalf("case %d: sum of averages %v: error %v, want ErrOverflow", iter, want.sumAvg, err)
			}
			continue
		}
		a, got := rewards(t, hs, p)
		for _, c := range []struct {
			name      string
			got, want *big.Int
		}{
			{"fee", a.Fee.Big(), want.fee},
			{"net", a.Net.Big(), want.net},
			{"distributable", a.Distributable.Big(), want.dist},
			{"treasury", a.Treasury.Big(), want.treasury},
			{"sum of averages", a.SumAvg.Big(), want.sumAvg},
			{"sum of effective balances", a.SumEffective.Big(), want.sumEff},
		} {
			if c.got.Cmp(c.want) != 0 {
				t.Fatalf("case %d (%d users, %+v): %s = %v, want %v", iter, len(hs), p, c.name, c.got, c.want)
			}
		}
		paid := new(big.Int)
		for _, h := range hs {
			s := got[h.User]
			if s.Effective.ToBig().Cmp(want.eff[h.User]) != 0 {
				t.Fatalf("case %d: user %s effective %v, want %v", iter, h.User, &s.Effective, want.eff[h.User])
			}
			reward := s.Reward.ToBig()
			if reward.Cmp(want.reward[h.User]) != 0 {
				t.Fatalf("case %d (%d users, %+v): user %s reward %v, want %v", iter, len(hs), p, h.User, reward, want.reward[h.User])
			}
			// Floor or floor+1 of the exact share.
			fl := floorRat(want.exact[h.User])
			if d := new(big.Int).Sub(reward, fl); d.Sign() < 0 || d.Cmp(big.NewInt(1)) > 0 {
				t.Fatalf("case %d: user %s reward %v, exact share %v", iter, h.User, reward, want.exact[h.User].FloatString(3))
			}
			if s.Effective.IsZero() && !s.Reward.IsZero() {
				t.Fatalf("case %d: user %s has no effective balance but reward %v", iter, h.User, reward)
			}
			paid.Add(paid, reward)
		}
		if paid.Cmp(want.dist) != 0 {
			t.Fatalf("case %d: payouts add up to %v, distributable %v", iter, paid, want.dist)
		}
		total := new(big.Int).Add(a.Fee.Big(), a.Treasury.Big())
		if total.Add(total, paid).Cmp(p.Reward.Big()) != 0 {
			t.Fatalf("case %d: fee %v + treasury %v + payouts %v != reward %v", iter, a.Fee, a.Treasury, paid, p.Reward)
		}
	}
}

func TestSplitIndependentOfInputOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 0))
	for iter := 0; iter < cases(500); iter++ {
		hs, p := randomCase(rng)
		if sumAvgBits(hs) > 256 {
			continue
		}
		_, want := rewards(t, hs, p)
		shuffled := append([]Holding(nil), hs...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		_, got := rewards(t, shuffled, p)
		for user, s := range want {
			if got[user] != s {
				t.Fatalf("case %d: user %s: %+v after shuffling, %+v before", iter, user, got[user], s)
			}
		}
	}
}

// More balance never pays less, beyond one base unit of rounding. Within one split this is
// a theorem for any two eligible users (the exact share grows with the average, and each
// reward is the floor or floor+1 of it). Across two splits where one user's balance grows, it
// holds when distributable does not move with the balances (redistribute, no APR ceiling);
// under pool_rate the default base grows with every balance, so a capped user's extra balance
// dilutes the pool rate and lowers their reward: that is the SPEC's orphan yield, not rounding.
func TestSplitMoreBalanceNeverPaysLess(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 0))
	for iter := 0; iter < cases(1000); iter++ {
		hs, p := randomCase(rng)
		if len(hs) == 0 || sumAvgBits(hs) > 250 {
			continue
		}
		a, err := Split(hs, p)
		if err != nil {
			t.Fatal(err)
		}
		// Eligible users by average, ascending: each reward plus one must reach the largest
		// reward of anyone with a smaller or equal average.
		var eligible []Share
		for s := range a.Shares() {
			if s.Eligible {
				eligible = append(eligible, s)
			}
		}
		slices.SortFunc(eligible, func(x, y Share) int { return x.Avg.Cmp(&y.Avg) })
		var most Share
		for j, s := range eligible {
			var plusOne uint256.Int
			plusOne.AddUint64(&s.Reward, 1)
			if j > 0 && plusOne.Lt(&most.Reward) {
				t.Fatalf("case %d: %s has average %v and reward %v, %s has %v and %v", iter, s.User, &s.Avg, &s.Reward, most.User, &most.Avg, &most.Reward)
			}
			if j == 0 || most.Reward.Lt(&s.Reward) {
				most = s
			}
		}

		p.Policy, p.MaxAPRBps = Redistribute, 0
		_, before := rewards(t, hs, p)
		i := rng.IntN(len(hs))
		more := append([]Holding(nil), hs...)
		add := randomBits(rng, 1+rng.IntN(hs[i].Avg.BitLen()+8))
		more[i].Avg.Add(&more[i].Avg, &add)
		a, err = Split(more, p)
		if errors.Is(err, ErrBaseBelowEffective) {
			continue // the fixed base no longer covers the balances
		}
		if err != nil {
			t.Fatal(err)
		}
		after := a.Share(i)
		was := before[hs[i].User].Reward
		if was.Gt(&after.Reward) && new(uint256.Int).Sub(&was, &after.Reward).GtUint64(1) {
			t.Fatalf("case %d: user %s average %v -> %v: reward %v -> %v", iter, hs[i].User, &hs[i].Avg, &more[i].Avg, &was, &after.Reward)
		}
	}
}

func units(t testing.TB, s string) money.Amount {
	t.Helper()
	a, err := money.ParseBaseUnits(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func holding(user string, avg uint64, eligible bool) Holding {
	return Holding{User: user, Avg: *uint256.NewInt(avg), Eligible: eligible}
}

func TestSplitErrors(t *testing.T) {
	two := []Holding{holding("a", 10, true), holding("b", 30, true)}
	tests := []struct {
		name     string
		give     []Holding
		giveArgs Params
		wantErr  error
	}{
		{name: "negative reward", give: two, giveArgs: Params{Reward: money.NewAmount(-1)}, wantErr: ErrNegative},
		{name: "negative min", give: two, giveArgs: Params{Min: money.NewAmount(-1)}, wantErr: ErrNegative},
		{name: "negative cap", give: two, giveArgs: Params{Cap: money.NewAmount(-1)}, wantErr: ErrNegative},
		{name: "negative base", give: two, giveArgs: Params{Base: money.NewAmount(-1)}, wantErr: ErrNegative},
		{name: "fee above 100%", give: two, giveArgs: Params{FeeBps: 10001}, wantErr: ErrFeeBps},
		{name: "unknown policy", give: two, giveArgs: Params{Policy: 7}, wantErr: ErrUnknownPolicy},
		{name: "min above cap", give: two, giveArgs: Params{Min: money.NewAmount(5), Cap: money.NewAmount(4)}, wantErr: ErrMinAboveCap},
		{name: "base below effective", give: two, giveArgs: Params{Reward: money.NewAmount(5), Base: money.NewAmount(39)}, wantErr: ErrBaseBelowEffective},
		{name: "empty user", give: []Holding{holding("", 1, true)}, wantErr: ErrEmptyUser},
		{name: "duplicate sorted", give: []Holding{holding("a", 1, true), holding("a", 2, false)}, wantErr: ErrDuplicateUser},
		{name: "duplicate unsorted", give: []Holding{holding("b", 1, true), holding("a", 2, true), holding("b", 3, true)}, wantErr: ErrDuplicateUser},
		{name: "overflow", give: []Holding{{User: "a", Avg: *new(uint256.Int).SetAllOne()}, holding("b", 1, false)}, wantErr: ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Split(tt.give, tt.giveArgs)
			if !errors.Is(err, tt.wantErr) || a != nil {
				t.Fatalf("Split = %v, %v; want error %v", a, err, tt.wantErr)
			}
		})
	}
}

func TestSplitEdgeCases(t *testing.T) {
	tests := []struct {
		name         string
		give         []Holding
		giveArgs     Params
		wantRewards  []uint64
		wantTreasury int64
		wantFee      int64
	}{
		{
			name:         "no holdings: all to treasury after the fee",
			giveArgs:     Params{Reward: money.NewAmount(100), FeeBps: 1000},
			wantTreasury: 90, wantFee: 10,
		},
		{
			name:         "nobody eligible",
			give:         []Holding{holding("a", 10, false), holding("b", 10, false)},
			giveArgs:     Params{Reward: money.NewAmount(100), Policy: Redistribute},
			wantRewards:  []uint64{0, 0},
			wantTreasury: 100,
		},
		{
			name:         "everyone below the minimum",
			give:         []Holding{holding("a", 10, true), holding("b", 10, true)},
			giveArgs:     Params{Reward: money.NewAmount(100), Min: money.NewAmount(11)},
			wantRewards:  []uint64{0, 0},
			wantTreasury: 100,
		},
		{
			name:        "ties go to the smaller user id",
			give:        []Holding{holding("b", 1, true), holding("a", 1, true), holding("c", 1, true)},
			giveArgs:    Params{Reward: money.NewAmount(2), Policy: Redistribute},
			wantRewards: []uint64{1, 1, 0},
		},
		{
			name:        "byte order, not numeric order",
			give:        []Holding{holding("u10", 1, true), holding("u9", 1, true)},
			giveArgs:    Params{Reward: money.NewAmount(1), Policy: Redistribute},
			wantRewards: []uint64{1, 0},
		},
		{
			name:         "cap: the pool rate on the cap, the rest to treasury",
			give:         []Holding{holding("a", 100, true), holding("b", 300, true)},
			giveArgs:     Params{Reward: money.NewAmount(40), Cap: money.NewAmount(100)},
			wantRewards:  []uint64{10, 10},
			wantTreasury: 20,
		},
		{
			name:         "APR ceiling",
			give:         []Holding{holding("a", 3650000, true)},
			giveArgs:     Params{Reward: money.NewAmount(1000), MaxAPRBps: 500, Policy: Redistribute},
			wantRewards:  []uint64{500},
			wantTreasury: 500,
		},
		{
			name:        "full fee",
			give:        []Holding{holding("a", 1, true)},
			giveArgs:    Params{Reward: money.NewAmount(7), FeeBps: 10000},
			wantRewards: []uint64{0},
			wantFee:     7,
		},
		{
			name:         "zero balance at minimum zero is not effective",
			give:         []Holding{holding("a", 0, true), holding("b", 5, true)},
			giveArgs:     Params{Reward: money.NewAmount(3)},
			wantRewards:  []uint64{0, 3},
			wantTreasury: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Split(tt.give, tt.giveArgs)
			if err != nil {
				t.Fatal(err)
			}
			var got []uint64
			for s := range a.Shares() {
				got = append(got, s.Reward.Uint64())
			}
			if len(got) != len(tt.wantRewards) {
				t.Fatalf("%d shares, want %d", len(got), len(tt.wantRewards))
			}
			for i := range got {
				if got[i] != tt.wantRewards[i] {
					t.Fatalf("rewards %v, want %v", got, tt.wantRewards)
				}
			}
			if !a.Treasury.Equal(money.NewAmount(tt.wantTreasury)) || !a.Fee.Equal(money.NewAmount(tt.wantFee)) {
				t.Fatalf("treasury %v fee %v, want %d and %d", a.Treasury, a.Fee, tt.wantTreasury, tt.wantFee)
			}
		})
	}
}

func TestSplitStanding(t *testing.T) {
	hs := []Holding{holding("a", 5, false), holding("b", 5, true), holding("c", 50, true), holding("d", 500, true)}
	a, err := Split(hs, Params{Reward: money.NewAmount(10), Min: money.NewAmount(10), Cap: money.NewAmount(100)})
	if err != nil {
		t.Fatal(err)
	}
	want := []Standing{Ineligible, BelowMinimum, Counted, Capped}
	wantEff := []uint64{0, 0, 50, 100}
	for i := range hs {
		s := a.Share(i)
		if s.Standing != want[i] || s.Effective.Uint64() != wantEff[i] {
			t.Errorf("%s: %v with effective %v, want %v with %d", s.User, s.Standing, &s.Effective, want[i], wantEff[i])
		}
	}
	if a.Users != 4 || a.EligibleUsers != 3 || a.EffectiveUsers != 2 {
		t.Errorf("counts %d/%d/%d, want 4/3/2", a.Users, a.EligibleUsers, a.EffectiveUsers)
	}
}

func TestPolicy(t *testing.T) {
	tests := []struct {
		give    string
		want    Policy
		wantErr error
	}{
		{give: "pool_rate", want: PoolRate},
		{give: "redistribute", want: Redistribute},
		{give: "Pool_Rate", wantErr: ErrUnknownPolicy},
		{give: "", wantErr: ErrUnknownPolicy},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, err := ParsePolicy(tt.give)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Fatalf("ParsePolicy(%q) = %v, %v; want %v, %v", tt.give, got, err, tt.want, tt.wantErr)
			}
			if err == nil && got.String() != tt.give {
				t.Fatalf("String() = %q, want %q", got.String(), tt.give)
			}
		})
	}
	if got := Policy(9).String(); got != "Policy(9)" {
		t.Errorf("Policy(9).String() = %q", got)
	}
}

func TestStandingString(t *testing.T) {
	tests := []struct {
		give Standing
		want string
	}{
		{give: Counted, want: "counted"},
		{give: Capped, want: "capped"},
		{give: BelowMinimum, want: "below minimum"},
		{give: Ineligible, want: "ineligible"},
		{give: 9, want: "Standing(9)"},
	}
	for _, tt := range tests {
		if got := tt.give.String(); got != tt.want {
			t.Errorf("%d.String() = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestAPRBps(t *testing.T) {
	a, err := Split([]Holding{holding("a", 3650000, true)}, Params{Reward: money.NewAmount(1000), Policy: Redistribute})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.APRBps(); got.Cmp(big.NewRat(1000, 1)) != 0 {
		t.Errorf("APRBps = %v, want 1000", got)
	}
	empty, err := Split(nil, Params{Reward: money.NewAmount(1000)})
	if err != nil {
		t.Fatal(err)
	}
	if got := empty.APRBps(); got.Sign() != 0 {
		t.Errorf("APRBps with nothing effective = %v, want 0", got)
	}
}

func TestUnits(t *testing.T) {
	if _, err := Units(money.NewAmount(-3)); !errors.Is(err, ErrNegative) {
		t.Fatalf("Units(-3) error = %v, want ErrNegative", err)
	}
	big := units(t, "115792089237316195423570985008687907853269984665640564039457584007913129639935")
	u, err := Units(big)
	if err != nil || !Amount(&u).Equal(big) {
		t.Fatalf("Units(2^256-1) = %v, %v", &u, err)
	}
}

func TestSharesStopsEarly(t *testing.T) {
	a, err := Split([]Holding{holding("a", 1, true), holding("b", 1, true)}, Params{Reward: money.NewAmount(1)})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range a.Shares() {
		n++
		break
	}
	if n != 1 || a.Len() != 2 {
		t.Fatalf("iterated %d, Len %d", n, a.Len())
	}
}

// sumAvgBits returns the bit length of the sum of the holdings' averages.
func sumAvgBits(hs []Holding) int {
	sum := new(big.Int)
	for _, h := range hs {
		sum.Add(sum, h.Avg.ToBig())
	}
	return sum.BitLen()
}
