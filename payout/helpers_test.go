package payout

import (
	"bytes"
	"crypto/ed25519"
	"testing"

	"github.com/holiman/uint256"
	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
)

// testKey is a fixed feed key, so that signatures in golden files are stable (ed25519 is
// deterministic).
func testKey(t testing.TB) FeedKey {
	t.Helper()
	k, err := ParseFeedKey(bytes.Repeat([]byte("01"), ed25519.SeedSize))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// sol parses a SOL amount into base units.
func sol(t testing.TB, s string) money.Amount {
	t.Helper()
	tok, _ := money.Lookup("SOL")
	a, err := tok.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// workedExample is worked example 1 of allocator/README.md: SOL on 2025-03-01, R = 0.1
// SOL, a 10% fee, min 1 SOL, cap 100 SOL, pool rate.
func workedExample(t testing.TB) Batch {
	t.Helper()
	holdings := []struct {
		user, avg string
		eligible  bool
	}{
		{"frank", "33.333333333", true}, {"erin", "300", true}, {"dave", "200", false},
		{"carol", "50", true}, {"bob", "0.000011574", true}, {"alice", "95", true},
	}
	var hs []allocator.Holding
	for _, h := range holdings {
		u, err := allocator.Units(sol(t, h.avg))
		if err != nil {
			t.Fatal(err)
		}
		hs = append(hs, allocator.Holding{User: h.user, Avg: u, Eligible: h.eligible})
	}
	p := allocator.Params{Reward: sol(t, "0.1"), FeeBps: 1000, Min: sol(t, "1"), Cap: sol(t, "100"), Policy: allocator.PoolRate}
	b := mustBatch(t, hs, p, "2025-03-01")
	return b
}

func mustBatch(t testing.TB, hs []allocator.Holding, p allocator.Params, day string) Batch {
	t.Helper()
	a, err := allocator.Split(hs, p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := allocator.ParseDay(day)
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := money.Lookup("SOL")
	b, err := FromAllocation(tok, d, a, p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// largeBatch is a valid SOL batch of n lines with 64-bit amounts.
func largeBatch(t testing.TB, n int) Batch {
	t.Helper()
	hs := make([]allocator.Holding, n)
	for i := range hs {
		hs[i] = allocator.Holding{User: "user-" + uint256.NewInt(uint64(i)*7919%uint64(n)).Dec(), Eligible: true}
		hs[i].Avg.SetUint64(1_000_000_000 + uint64(i)*104_729)
	}
	p := allocator.Params{Reward: money.NewAmount(5_000_000_000_000), FeeBps: 800, Policy: allocator.PoolRate}
	return mustBatch(t, hs, p, "2026-11-20")
}
