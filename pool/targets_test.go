package pool

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/softstake/staker/money"
)

func TestSplitTargets(t *testing.T) {
	tests := []struct {
		name      string
		total     int64
		vals      []AllowedValidator
		capAmount int64
		want      string
		unplaced  int64
	}{
		{name: "by weight", total: 100, vals: []AllowedValidator{{"a", 1}, {"b", 3}}, capAmount: 100, want: "map[a:25 b:75]"},
		{name: "remainder to largest remainder, ties to smaller id", total: 10, vals: []AllowedValidator{{"c", 1}, {"a", 1}, {"b", 1}}, capAmount: 10, want: "map[a:4 b:3 c:3]"},
		{name: "cap holds and the rest is shared again", total: 100, vals: []AllowedValidator{{"a", 8}, {"b", 1}, {"c", 1}}, capAmount: 50, want: "map[a:50 b:25 c:25]"},
		{name: "everyone capped", total: 100, vals: []AllowedValidator{{"a", 1}, {"b", 1}}, capAmount: 30, want: "map[a:30 b:30]", unplaced: 40},
		{name: "zero weight gets nothing", total: 9, vals: []AllowedValidator{{"a", 0}, {"b", 1}}, capAmount: 9, want: "map[a:0 b:9]"},
	}
	for _, tt := range tests {
		got, unplaced := splitTargets(money.NewAmount(tt.total), tt.vals, money.NewAmount(tt.capAmount))
		if fmt.Sprint(got) != tt.want || unplaced.String() != itoa(tt.unplaced) {
			t.Errorf("%s: %v unplaced %s, want %s unplaced %d", tt.name, got, unplaced, tt.want, tt.unplaced)
		}
	}
}

// TestSplitTargetsProperties: targets add up to the total less what cannot be placed, none
// passes the cap, and uncapped validators hold their weighted share within one unit.
func TestSplitTargetsProperties(t *testing.T) {
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, 1))
	for i := 0; i < 2000; i++ {
		n := 1 + rng.IntN(8)
		vals := make([]AllowedValidator, n)
		for j := range vals {
			vals[j] = AllowedValidator{ID: fmt.Sprintf("v%d", j), Weight: uint32(rng.IntN(10))}
		}
		total := money.NewAmount(rng.Int64N(1_000_000))
		capAmount := money.NewAmount(rng.Int64N(1_000_000) + 1)
		got, unplaced := splitTargets(total, vals, capAmount)
		sum := money.Zero
		for _, v := range vals {
			if got[v.ID].Cmp(capAmount) > 0 {
				t.Fatalf("seed %d: %s target %s above cap %s", seed, v.ID, got[v.ID], capAmount)
			}
			sum = add(sum, got[v.ID])
		}
		if !add(sum, unplaced).Equal(total) {
			t.Fatalf("seed %d: targets %s + unplaced %s != total %s", seed, sum, unplaced, total)
		}
		if !unplaced.IsZero() {
			for _, v := range vals {
				if v.Weight > 0 && !got[v.ID].Equal(capAmount) {
					t.Fatalf("seed %d: %s left unplaced while %s is below its cap", seed, unplaced, v.ID)
				}
			}
		}
		// Among validators below the cap each holds floor or floor+1 of one common weighted
		// share x: got/w is within (x - 1/w, x + 1/w], so for any two a and b,
		// got[a]/wa - got[b]/wb < 1/wa + 1/wb.
		var below []AllowedValidator
		for _, v := range vals {
			if v.Weight > 0 && got[v.ID].Cmp(capAmount) < 0 {
				below = append(below, v)
			}
		}
		for _, a := range below {
			for _, b := range below {
				// got[a]*wb < got[b]*wa + wa + wb
				lhs := new(big.Int).Mul(got[a.ID].Big(), big.NewInt(int64(b.Weight)))
				rhs := new(big.Int).Mul(got[b.ID].Big(), big.NewInt(int64(a.Weight)))
				rhs.Add(rhs, big.NewInt(int64(a.Weight)+int64(b.Weight)))
				if lhs.Cmp(rhs) >= 0 {
					t.Fatalf("seed %d: %s (%s, weight %d) over-served against %s (%s, weight %d)", seed, a.ID, got[a.ID], a.Weight, b.ID, got[b.ID], b.Weight)
				}
			}
		}
	}
}
