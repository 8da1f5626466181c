package allocator

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"
)

// The speed targets are for ten million users; generating that many takes a while, so the
// default size keeps `go test -bench .` quick. BENCHMARKS.md records the full-size runs:
//
//	go test ./allocator -run '^$' -bench . -benchmem -allocator.bench.users 10000000
var benchUsers = flag.Int("allocator.bench.users", 100000, "number of users in the allocator benchmarks")

// benchHoldings returns n holdings sorted by user id, with averages spread log-uniformly
// between 10^(decimals-3) and 10^(decimals+6) base units (0.001 to a million tokens), nine
// in ten eligible.
func benchHoldings(n int, decimals int) []Holding {
	rng := rand.New(rand.NewPCG(uint64(n), uint64(decimals)))
	hs := make([]Holding, n)
	var pow [40]uint256.Int
	pow[0].SetOne()
	for i := 1; i < len(pow); i++ {
		pow[i].Mul(&pow[i-1], uint256.NewInt(10))
	}
	for i := range hs {
		hs[i].User = fmt.Sprintf("u%09d", i)
		exp := decimals - 3 + rng.IntN(9)
		hs[i].Avg.Mul(&pow[exp], uint256.NewInt(1+rng.Uint64N(9_999_999)))
		hs[i].Avg.Div(&hs[i].Avg, &pow[7])
		hs[i].Eligible = rng.IntN(10) != 0
	}
	return hs
}

// benchParams is a 5% APR day with a 10% fee, a minimum of 1 token and a cap of 50 000.
func benchParams(hs []Holding, decimals int) Params {
	var sum uint256.Int
	for i := range hs {
		sum.Add(&sum, &hs[i].Avg)
	}
	sum.Div(&sum, uint256.NewInt(20*365))
	one := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(decimals)))
	return Params{
		Reward: Amount(&sum),
		FeeBps: 1000,
		Min:    Amount(one),
		Cap:    Amount(new(uint256.Int).Mul(one, uint256.NewInt(50000))),
	}
}

func BenchmarkSplit(b *testing.B) {
	n := *benchUsers
	cases := []struct {
		name     string
		decimals int
		ties     bool // cap = min: every eligible user above the minimum has the same eff
		shuffled bool // not sorted by user id
	}{
		{name: "decimals=9", decimals: 9},
		{name: "decimals=18", decimals: 18},
		{name: "decimals=24", decimals: 24},
		{name: "decimals=18/all-capped", decimals: 18, ties: true},
		{name: "decimals=18/shuffled", decimals: 18, shuffled: true},
	}
	for _, c := range cases {
		hs := benchHoldings(n, c.decimals)
		p := benchParams(hs, c.decimals)
		if c.ties {
			p.Cap = p.Min
		}
		if c.shuffled {
			rng := rand.New(rand.NewPCG(3, 4))
			rng.Shuffle(len(hs), func(i, j int) { hs[i], hs[j] = hs[j], hs[i] })
		}
		b.Run(fmt.Sprintf("%s/users=%d", c.name, n), func(b *testing.B) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				a, err := Split(hs, p)
				if err != nil {
					b.Fatal(err)
				}
				var paid uint256.Int
				for s := range a.Shares() {
					paid.Add(&paid, &s.Reward)
				}
				if !Amount(&paid).Equal(a.Distributable) {
					b.Fatalf("paid %v of %v", &paid, a.Distributable)
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(n), "B/user")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/user")
		})
	}
}

// BenchmarkAverage feeds an Averager one opening balance per user, then five balance
// changes per user on average, in time order across random users (the shape of a day's
// balance feed), in batches of 64Ki rows, then finishes it. Building the batches is not
// timed.
func BenchmarkAverage(b *testing.B) {
	n := *benchUsers
	changes := 5 * n
	day, err := ParseDay("2025-03-01")
	if err != nil {
		b.Fatal(err)
	}
	hs := benchHoldings(n, 18)
	const batch = 1 << 16
	b.Run(fmt.Sprintf("users=%d/changes=%d", n, changes), func(b *testing.B) {
		for range b.N {
			rng := rand.New(rand.NewPCG(1, 2))
			av := NewAverager(day, AverageOptions{Users: n})
			opens := make([]Opening, 0, batch)
			for lo := 0; lo < n; lo += batch {
				b.StopTimer()
				opens = opens[:0]
				for j := lo; j < min(lo+batch, n); j++ {
					opens = append(opens, Opening{User: hs[j].User, Balance: hs[j].Avg})
				}
				b.StartTimer()
				if err := av.Open(opens); err != nil {
					b.Fatal(err)
				}
			}
			step := DayNanos / int64(changes)
			start := day.Start()
			rows := make([]BalanceChange, 0, batch)
			for lo := 0; lo < changes; lo += batch {
				// The rows' ids sit together in one string, as a reader of a file gives them,
				// not scattered over the holdings.
				b.StopTimer()
				rows = rows[:0]
				var ids strings.Builder
				var users []*Holding
				for j := lo; j < min(lo+batch, changes); j++ {
					h := &hs[rng.IntN(n)]
					users = append(users, h)
					ids.WriteString(h.User)
				}
				all, at := ids.String(), 0
				for k, h := range users {
					bal := h.Avg
					bal[0] ^= rng.Uint64() >> 8
					user := all[at : at+len(h.User)]
					at += len(h.User)
					rows = append(rows, BalanceChange{User: user, At: start.Add(time.Duration(int64(lo+k) * step)), Balance: bal})
				}
				b.StartTimer()
				if err := av.Change(rows); err != nil {
					b.Fatal(err)
				}
			}
			if got := av.Finish(); len(got) != n {
				b.Fatalf("%d averages, want %d", len(got), n)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(changes), "ns/change")
	})
}
