package report

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/money"
)

var sol = mustToken("SOL")

func mustToken(sym string) money.Token {
	t, err := money.Lookup(sym)
	if err != nil {
		panic(err)
	}
	return t
}

func mustDay(t testing.TB, s string) allocator.Day {
	t.Helper()
	d, err := allocator.ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func amt(n int64) money.Amount { return money.NewAmount(n) }

// rec is a day record with the amounts most tests set, in base units.
type rec struct {
	day                                 string
	harvested, wanted, reward           int64
	delegated, hot, unbonding, inFlight int64
	commissionBps                       uint32
	sumAvg, sumEff, fee, treasury, dist int64
	reserveBefore, payable              int64
	batch                               bool
}

func (r rec) record() daemon.DayRecord {
	out := daemon.DayRecord{Token: "SOL", Day: r.day,
		Harvested: amt(r.harvested), Wanted: amt(r.wanted), Reward: amt(r.reward),
		Delegated: amt(r.delegated), Hot: amt(r.hot), Unbonding: amt(r.unbonding), InFlight: amt(r.inFlight),
		CommissionBps: r.commissionBps, SumAvg: amt(r.sumAvg), SumEffective: amt(r.sumEff),
		Fee: amt(r.fee), Treasury: amt(r.treasury), Distributable: amt(r.dist),
		ReserveBefore: amt(r.reserveBefore), Payable: amt(r.payable)}
	if r.wanted > r.reward {
		out.Shortfall = amt(r.wanted - r.reward)
	}
	if r.batch {
		out.BatchKey = "batch/SOL/" + r.day
	}
	return out
}

func TestComputeFigures(t *testing.T) {
	in := Input{Token: sol, Records: []daemon.DayRecord{
		// Given out of order on purpose.
		rec{day: "2025-03-02", harvested: 3, wanted: 2, reward: 2, delegated: 9000, hot: 1000,
			sumAvg: 9000, sumEff: 6000, fee: 0, treasury: 1, dist: 1, reserveBefore: 10, payable: 4, batch: true}.record(),
		rec{day: "2025-03-01", harvested: 2, wanted: 2, reward: 2, delegated: 9000, hot: 500, unbonding: 300, inFlight: 200,
			sumAvg: 9000, sumEff: 5000, fee: 1, treasury: 0, dist: 1, reserveBefore: 7, payable: 1000}.record(),
	}}
	got, err := Compute(in, mustDay(t, "2025-03-01"), mustDay(t, "2025-03-02"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Days) != 2 {
		t.Fatalf("%d days, want 2", len(got.Days))
	}
	d1, d2 := got.Days[0], got.Days[1]
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"day 1", d1.Day.String(), "2025-03-01"},
		{"gross 1", Bps(d1.GrossAPR), "811.11"},      // 2/9000*365
		{"net 1", Bps(d1.NetAPR), "730.00"},          // 2/10000*365
		{"dist 1", Bps(d1.DistributedAPR), "730.00"}, // 1/5000*365
		{"advertised 1", Bps(d1.AdvertisedAPR), "n/a"},
		{"buffer 1", Percent(d1.BufferRatio), "5.00%"},
		{"coverage 1", Percent(d1.CoverageRatio), "100.00%"}, // 10000 / (9000+1000)
		{"reserve 1", sol.Format(d1.Reserve), "0.000000005"},
		{"gross 2", Bps(d2.GrossAPR), "1216.67"},
		{"dist 2", Bps(d2.DistributedAPR), "608.33"},
		{"advertised 2", Bps(d2.AdvertisedAPR), "730.00"},
		{"gap 2", Bps(d2.Gap.Sum()), "121.67"},
		{"coverage 2", Percent(d2.CoverageRatio), "111.06%"}, // 10000 / 9004
		{"total gross", Bps(got.Totals.GrossAPR), "1013.89"}, // 5/18000*365
		{"total net", Bps(got.Totals.NetAPR), "912.50"},
		{"total dist", Bps(got.Totals.DistributedAPR), "663.64"}, // 2/11000*365
		{"total advertised", Bps(got.Totals.AdvertisedAPR), "663.64"},
		{"total buffer", Percent(got.Totals.BufferRatio), "7.50%"},
		{"total coverage", Percent(got.Totals.CoverageRatio), "100.00%"},
		{"total fee", sol.Format(got.Totals.Fee), "0.000000001"},
		{"total orphan", sol.Format(got.Totals.Orphan), "0.000000001"},
		{"total reserve", sol.Format(got.Totals.Reserve), "0.000000008"},
		{"total gap", Bps(got.Totals.Gap.Sum()), "121.67"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %s, want %s", tt.name, tt.got, tt.want)
		}
	}
	if d1.Gap != nil {
		t.Error("the first day has a gap attribution without an advertised APR")
	}
	if got.Totals.Days != 2 || got.Totals.Batches != 1 {
		t.Errorf("totals days %d batches %d, want 2 and 1", got.Totals.Days, got.Totals.Batches)
	}
}

func TestComputeRefuses(t *testing.T) {
	good := rec{day: "2025-03-01", delegated: 1}.record()
	other := good
	other.Token = "ADA"
	badDay := good
	badDay.Day = "2025-13-01"
	commission := good
	commission.CommissionBps = 10001
	huge := good
	huge.Delegated = amtBig(new(big.Int).Lsh(big.NewInt(1), 255))
	huge.Hot = huge.Delegated
	tests := []struct {
		name    string
		give    []daemon.DayRecord
		from    string
		wantErr string
	}{
		{"other token", []daemon.DayRecord{other}, "2025-03-01", `SOL day record 2025-03-01 is of token "ADA"`},
		{"bad day", []daemon.DayRecord{badDay}, "2025-03-01", `"2025-13-01"`},
		{"twice", []daemon.DayRecord{good, good}, "2025-03-01", "SOL day record 2025-03-01 appears twice"},
		{"commission", []daemon.DayRecord{commission}, "2025-03-01", "commission_bps 10001 is above 10000"},
		{"custody overflow", []daemon.DayRecord{huge}, "2025-03-01", "SOL day record 2025-03-01: custody"},
		{"empty range", []daemon.DayRecord{good}, "2025-03-02", "empty range 2025-03-02 to 2025-03-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compute(Input{Token: sol, Records: tt.give}, mustDay(t, tt.from), mustDay(t, "2025-03-01"))
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func amtBig(b *big.Int) money.Amount {
	a, err := money.FromBig(b)
	if err != nil {
		panic(err)
	}
	return a
}

// TestAttributionIsolatesEachCause changes one thing between the window (one earlier day)
// and the day, and checks the whole gap lands on the cause of that change.
func TestAttributionIsolatesEachCause(t *testing.T) {
	// The window's day: 1,000,000 units all delegated, earning 100 a day, all of it
	// recognized and drawn, no fee, everyone eligible: 3.65 a year.
	base := rec{day: "2025-03-01", harvested: 100, wanted: 100, reward: 100, delegated: 1_000_000,
		sumAvg: 1_000_000, sumEff: 1_000_000, dist: 100}
	terms := &Terms{Policy: allocator.PoolRate}
	tests := []struct {
		name  string
		terms *Terms
		day   func(r rec) rec
		want  Cause
	}{
		// Without terms the booked fee and orphan yield count as they are.
		{"fee", nil, func(r rec) rec {
			r.fee, r.dist = 10, 90
			return r
		}, CauseFee},
		{"commission", terms, func(r rec) rec {
			r.commissionBps, r.harvested, r.wanted, r.reward, r.dist = 1000, 90, 90, 90, 90
			return r
		}, CauseCommission},
		{"buffer drag", terms, func(r rec) rec {
			// A fifth of custody kept liquid: the same rate on 800,000 delegated.
			r.delegated, r.hot, r.harvested, r.wanted, r.reward, r.dist = 800_000, 200_000, 80, 80, 80, 80
			return r
		}, CauseBufferDrag},
		{"reserve shortfall", terms, func(r rec) rec {
			r.reward, r.dist = 40, 40
			return r
		}, CauseReserveShortfall},
		{"recognition lag", terms, func(r rec) rec {
			r.harvested, r.wanted, r.reward, r.dist = 70, 70, 70, 70
			return r
		}, CauseRecognitionLag},
		{"orphan yield and caps", nil, func(r rec) rec {
			r.dist, r.treasury = 20, 80
			return r
		}, CauseOrphanAndCaps},
		{"rounding", &Terms{Policy: allocator.PoolRate, FeeBps: 3}, func(r rec) rec {
			// fee = 100 - floor(100 × 9997 / 10000) = 1 where the exact fee is 0.03.
			r.fee, r.dist = 1, 99
			return r
		}, CauseRounding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			window := base
			day := tt.day(base)
			day.day = "2025-03-02"
			got, err := Compute(Input{Token: sol, Terms: tt.terms, Records: []daemon.DayRecord{window.record(), day.record()}},
				mustDay(t, "2025-03-02"), mustDay(t, "2025-03-02"))
			if err != nil {
				t.Fatal(err)
			}
			f := got.Days[0]
			gap := new(big.Rat).Sub(f.AdvertisedAPR, f.DistributedAPR)
			if gap.Sign() == 0 {
				t.Fatal("the case makes no gap")
			}
			for _, c := range Causes() {
				want := new(big.Rat)
				if c == tt.want {
					want = gap
				}
				if f.Gap.Part(c).Cmp(want) != 0 {
					t.Errorf("%s = %s bp, want %s bp (gap %s bp)", c, Bps(f.Gap.Part(c)), Bps(want), Bps(gap))
				}
			}
		})
	}
}

// TestAttributionAddsUp: for any records, on every day with an attribution, the parts add
// up to advertised − distributed exactly, and the rounding part (computed as what is left)
// equals the change of the walk's rounding step.
func TestAttributionAddsUp(t *testing.T) {
	seed := uint64(20250301)
	rng := rand.New(rand.NewPCG(seed, 7))
	t.Logf("seed %d", seed)
	n := func(max int64) int64 { return rng.Int64N(max + 1) }
	for iter := range 300 {
		var recs []daemon.DayRecord
		days := 1 + rng.IntN(12)
		start := mustDay(t, "2025-01-01").Start()
		for i := range days {
			r := rec{day: start.AddDate(0, 0, i+rng.IntN(2)*days).Format("2006-01-02"),
				harvested: n(1e6), wanted: n(1e6), delegated: n(1e9), hot: n(1e8), unbonding: n(1e7), inFlight: n(3),
				commissionBps: uint32(rng.IntN(10001)), sumAvg: n(1e9), fee: n(1e5), treasury: n(1e5), dist: n(1e6),
				reserveBefore: n(1e7), payable: n(1e6)}
			r.reward = n(r.wanted)
			r.sumEff = n(r.sumAvg)
			recs = append(recs, r.record())
		}
		recs = dedupe(recs)
		var terms *Terms
		if rng.IntN(2) == 0 {
			terms = &Terms{FeeBps: uint32(rng.IntN(10001)), Policy: allocator.Policy(rng.IntN(2)), MaxAPRBps: uint32(rng.IntN(3)) * 500}
		}
		got, err := Compute(Input{Token: sol, Terms: terms, Records: recs}, mustDay(t, "2025-01-01"), mustDay(t, "2025-12-31"))
		if err != nil {
			t.Fatalf("iteration %d: %v", iter, err)
		}
		for _, f := range got.Days {
			if (f.Gap != nil) != (f.AdvertisedAPR != nil && f.DistributedAPR != nil) {
				t.Fatalf("iteration %d %s: gap %v with advertised %v and distributed %v", iter, f.Day, f.Gap, f.AdvertisedAPR, f.DistributedAPR)
			}
			if f.Gap == nil {
				continue
			}
			gap := new(big.Rat).Sub(f.AdvertisedAPR, f.DistributedAPR)
			if f.Gap.Sum().Cmp(gap) != 0 {
				t.Fatalf("iteration %d %s: parts sum to %s, gap is %s", iter, f.Day, f.Gap.Sum(), gap)
			}
			window, day := windowSums(t, recs, f.Day, terms)
			lw, ld := window.levels(), day.levels()
			wantRounding := new(big.Rat).Sub(new(big.Rat).Sub(ld[levelExactToUsers], ld[levelDistributed]),
				new(big.Rat).Sub(lw[levelExactToUsers], lw[levelDistributed]))
			wantRounding.Mul(wantRounding, daysAYear)
			if f.Gap.Part(CauseRounding).Cmp(wantRounding) != 0 {
				t.Fatalf("iteration %d %s: rounding %s, the walk's rounding step moved %s", iter, f.Day, f.Gap.Part(CauseRounding), wantRounding)
			}
		}
		if got.Totals.Gap != nil {
			// The weighted totals attribute the weighted gap exactly too.
			wantGap, weight := new(big.Rat), new(big.Rat)
			for _, f := range got.Days {
				if f.Gap != nil {
					w := ratOf(f.SumEffective)
					wantGap.Add(wantGap, new(big.Rat).Mul(f.Gap.Sum(), w))
					weight.Add(weight, w)
				}
			}
			wantGap.Quo(wantGap, weight)
			if got.Totals.Gap.Sum().Cmp(wantGap) != 0 {
				t.Fatalf("iteration %d: totals' parts sum to %s, weighted gap %s", iter, got.Totals.Gap.Sum(), wantGap)
			}
		}
	}
}

func dedupe(recs []daemon.DayRecord) []daemon.DayRecord {
	seen := map[string]bool{}
	var out []daemon.DayRecord
	for _, r := range recs {
		if !seen[r.Day] {
			seen[r.Day] = true
			out = append(out, r)
		}
	}
	return out
}

// windowSums recomputes a day's and its window's sums the slow way.
func windowSums(t *testing.T, recs []daemon.DayRecord, d allocator.Day, terms *Terms) (window, day *splitSums) {
	window, day = new(splitSums), nil
	for _, r := range recs {
		rd := mustDay(t, r.Day)
		switch diff := int(d.Start().Sub(rd.Start()).Hours() / 24); {
		case diff == 0:
			day = sumsOf(r, terms)
		case diff >= 1 && diff <= AdvertisedWindowDays:
			window.add(sumsOf(r, terms))
		}
	}
	return window, day
}

// TestRoundingIsTiny splits realistic days with the allocator itself and checks the
// rounding part stays below what a couple of base units a day can move.
func TestRoundingIsTiny(t *testing.T) {
	seed := uint64(42)
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d", seed)
	for iter := range 50 {
		terms := Terms{FeeBps: uint32(rng.IntN(2001)), Policy: allocator.Policy(rng.IntN(2)), MaxAPRBps: uint32(rng.IntN(2)) * 600}
		var recs []daemon.DayRecord
		start := mustDay(t, "2025-01-01").Start()
		for i := range 10 {
			// 10,000 to 1,000,000 SOL of custody, 90 % delegated, 5 to 9 % a year.
			custody := big.NewInt(10_000 + rng.Int64N(990_000))
			custody.Mul(custody, big.NewInt(1e9))
			delegated := new(big.Int).Quo(new(big.Int).Mul(custody, big.NewInt(9)), big.NewInt(10))
			hot := new(big.Int).Sub(custody, delegated)
			reward := new(big.Int).Mul(delegated, big.NewInt(500+rng.Int64N(400)))
			reward.Quo(reward, big.NewInt(10000*365))
			eligible := new(big.Int).Quo(new(big.Int).Mul(custody, big.NewInt(50+rng.Int64N(45))), big.NewInt(100))
			ineligible := new(big.Int).Sub(custody, eligible)
			var e, x uint256.Int
			e.SetFromBig(eligible)
			x.SetFromBig(ineligible)
			a, err := allocator.Split([]allocator.Holding{{User: "a", Avg: e, Eligible: true}, {User: "b", Avg: x}},
				allocator.Params{Reward: amtBig(reward), FeeBps: terms.FeeBps, Policy: terms.Policy, MaxAPRBps: terms.MaxAPRBps})
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, daemon.DayRecord{Token: "SOL", Day: start.AddDate(0, 0, i).Format("2006-01-02"),
				Harvested: amtBig(reward), Wanted: amtBig(reward), Reward: amtBig(reward), CommissionBps: uint32(rng.IntN(1000)),
				Delegated: amtBig(delegated), Hot: amtBig(hot), SumAvg: a.SumAvg, SumEffective: a.SumEffective,
				Fee: a.Fee, Treasury: a.Treasury, Distributable: a.Distributable})
		}
		got, err := Compute(Input{Token: sol, Terms: &terms, Records: recs}, mustDay(t, "2025-01-01"), mustDay(t, "2025-01-10"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range got.Days {
			if f.Gap == nil {
				continue
			}
			// At most 2 base units a day on the day and on each window day, a year.
			window, _ := windowSums(t, recs, f.Day, &terms)
			bound := new(big.Rat).Add(new(big.Rat).SetFrac64(2, 1).Quo(big.NewRat(2, 1), ratOf(f.SumEffective)),
				new(big.Rat).Quo(big.NewRat(2*AdvertisedWindowDays, 1), &window.effective))
			bound.Mul(bound, daysAYear)
			r := f.Gap.Part(CauseRounding)
			if new(big.Rat).Abs(r).Cmp(bound) > 0 {
				t.Fatalf("iteration %d %s: rounding %s bp above its bound %s bp", iter, f.Day, Bps(r), Bps(bound))
			}
			if Bps(new(big.Rat).Abs(r)) != "0.00" {
				t.Fatalf("iteration %d %s: rounding %s bp shows at two decimals", iter, f.Day, Bps(r))
			}
		}
	}
}
