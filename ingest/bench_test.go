package ingest_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/ingest"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// BenchmarkRecordBalances stores batches of 1000 new balance events in SQLite.
func BenchmarkRecordBalances(b *testing.B) {
	ctx := context.Background()
	s := storetest.Open(b, storetest.SQLiteDSN(b))
	const batch = 1000
	events := make([]store.BalanceEvent, batch)
	n := 0
	for b.Loop() {
		for i := range events {
			events[i] = store.BalanceEvent{ID: fmt.Sprintf("e%d", n), Token: "SOL", User: fmt.Sprintf("u%d", n%100_000),
				At: feedDay.Add(time.Duration(n) * time.Millisecond), Balance: money.NewAmount(int64(n) * 1_000_000)}
			n++
		}
		if _, err := s.RecordBalances(ctx, events); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkDayHoldings100k computes a day for 100 000 users in SQLite, each with an opening
// balance, one change during the day and an activation.
func BenchmarkDayHoldings100k(b *testing.B) {
	ctx := context.Background()
	s := storetest.Open(b, storetest.SQLiteDSN(b))
	const users, batch = 100_000, 10_000
	day, _ := allocator.ParseDay("2025-03-01")
	for start := 0; start < users; start += batch {
		var bal []store.BalanceEvent
		var act []store.ActivationEvent
		for u := start; u < start+batch; u++ {
			user := fmt.Sprintf("user-%06d", u)
			bal = append(bal,
				store.BalanceEvent{ID: "o" + user, Token: "SOL", User: user, At: day.Start().Add(-time.Hour), Balance: money.NewAmount(int64(u+1) * 1_000_000_000)},
				store.BalanceEvent{ID: "c" + user, Token: "SOL", User: user, At: day.Start().Add(time.Duration(u) * 800 * time.Millisecond), Balance: money.NewAmount(int64(u) * 7)})
			act = append(act, store.ActivationEvent{ID: "a" + user, User: user, At: day.Start().Add(-time.Duration(u%3) * 24 * time.Hour), Active: true})
		}
		if _, err := s.RecordBalances(ctx, bal); err != nil {
			b.Fatal(err)
		}
		if _, err := s.RecordActivations(ctx, act); err != nil {
			b.Fatal(err)
		}
	}
	sol, _ := money.Lookup("SOL")
	for b.Loop() {
		hs, err := ingest.DayHoldings(ctx, s, sol, day)
		if err != nil {
			b.Fatal(err)
		}
		if len(hs) != users {
			b.Fatalf("%d holdings", len(hs))
		}
	}
}
