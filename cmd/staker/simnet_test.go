package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// manifests returns each exported payout batch of a run's folder by its path under
// payouts/, with the SHA-256 of its bytes.
func manifests(t *testing.T, out string) map[string]string {
	t.Helper()
	got := map[string]string{}
	root := filepath.Join(out, "payouts")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		sum := sha256.Sum256(b)
		got[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestSimnet runs a short simnet (5 days, 500 users) through every simulated chain: it
// passes its invariants, prints its table and writes its report; the same seed again gives
// byte-identical payout batches, another seed different ones.
func TestSimnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every simulated chain for 5 days")
	}
	run := func(seed uint64) (string, string) {
		out := t.TempDir()
		var stdout strings.Builder
		f := simnetFlags{days: 5, users: 500, seed: seed, out: out, start: "2026-01-01"}
		if err := runSimnet(context.Background(), &stdout, io.Discard, f); err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, stdout.String())
		}
		return out, stdout.String()
	}
	first, printed := run(1)
	for _, want := range []string{"day 5/5 2026-01-05:", "invariants: OK", "GROSS APR", "wrote "} {
		if !strings.Contains(printed, want) {
			t.Errorf("output lacks %q:\n%s", want, printed)
		}
	}
	for _, sym := range []string{"ADA", "AXS", "BNB", "POL", "S", "SOL"} {
		if !strings.Contains(printed, "\n"+strings.Repeat(" ", 7-len(sym))+sym+" ") {
			t.Errorf("the table has no row for %s:\n%s", sym, printed)
		}
	}
	html, err := os.ReadFile(filepath.Join(first, "report.html"))
	if err != nil || !strings.Contains(string(html), "<svg") {
		t.Fatalf("report.html: %v", err)
	}
	a := manifests(t, first)
	if len(a) != 6*5 {
		t.Fatalf("%d payout batches, want one per token and day (30): %v", len(a), slices.Sorted(maps.Keys(a)))
	}
	again, _ := run(1)
	if b := manifests(t, again); !maps.Equal(a, b) {
		t.Errorf("the same seed gave different payout batches:\n%v\n%v", a, b)
	}
	other, _ := run(2)
	c := manifests(t, other)
	differ := 0
	for k, v := range a {
		if c[k] != v {
			differ++
		}
	}
	if differ == 0 {
		t.Error("another seed gave the same payout batches")
	}
}

// BenchmarkSimnetDefaults is `staker simnet` on its defaults: 30 days, 10,000 users, every
// simulated chain. Target: under two minutes on 2 cores.
//
//	go test ./cmd/staker -run '^$' -bench SimnetDefaults -benchtime 1x
func BenchmarkSimnetDefaults(b *testing.B) {
	for b.Loop() {
		f := simnetFlags{days: 30, users: 10000, seed: 1, out: b.TempDir(), start: "2026-01-01"}
		if err := runSimnet(context.Background(), io.Discard, io.Discard, f); err != nil {
			b.Fatal(err)
		}
	}
}
