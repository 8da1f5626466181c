package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/store"
)

// leaseTests are the conformance tests of leader leases.
var leaseTests = []struct {
	name string
	run  func(t *testing.T, newDSN func(t testing.TB) string)
}{
	{"LeaseLifecycle", testLeaseLifecycle},
	{"LeaseConcurrent", testLeaseConcurrent},
	{"FencedWrites", testFencedWrites},
}

// leased is a store on a clock the test moves, whose lease "leader" replica-a holds for
// 30 s from 2026-11-20 00:00 UTC.
type leased struct {
	store.Store
	// Fenced carries replica-a's lease: writes under it are fenced.
	Fenced context.Context
	mu     sync.Mutex
	now    time.Time
}

// openLeased opens a store for newDSN with replica-a holding the lease.
func openLeased(t *testing.T, newDSN func(t testing.TB) string) *leased {
	t.Helper()
	l := &leased{now: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}
	s, err := store.Open(context.Background(), newDSN(t), store.Options{Now: func() time.Time {
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.now
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	l.Store = s
	lease, err := s.AcquireLease(context.Background(), "leader", "replica-a", 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	l.Fenced = store.WithFence(context.Background(), lease)
	return l
}

// advance moves the store's clock.
func (l *leased) advance(d time.Duration) {
	l.mu.Lock()
	l.now = l.now.Add(d)
	l.mu.Unlock()
}

// takeOver lets replica-a's lease expire and replica-b take it.
func (l *leased) takeOver(t *testing.T) {
	t.Helper()
	l.advance(31 * time.Second)
	if _, err := l.AcquireLease(context.Background(), "leader", "replica-b", 30*time.Second); err != nil {
		t.Fatal(err)
	}
}

// testFencedWrites: writes made under a fence succeed while the lease is held and, once it
// has expired or passed to another holder, fail with ErrFenced and leave nothing behind.
func testFencedWrites(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := openLeased(t, newDSN)
	fenced := s.Fenced
	if _, _, err := s.Post(fenced, Funding("SOL", "fund-1", 100)); err != nil {
		t.Fatalf("post while holding the lease: %v", err)
	}
	if _, err := s.CreateIntent(fenced, "intent-1", "SOL", "planned", []byte(`{}`)); err != nil {
		t.Fatalf("create intent while holding the lease: %v", err)
	}
	s.advance(31 * time.Second) // paused past its lease: nobody has taken over yet
	if _, _, err := s.Post(fenced, Funding("SOL", "fund-2", 5)); !errors.Is(err, store.ErrFenced) {
		t.Fatalf("post after the lease expired: %v", err)
	}
	if _, err := s.AcquireLease(ctx, "leader", "replica-b", 30*time.Second); err != nil {
		t.Fatal(err)
	}
	writes := map[string]func() error{
		"post": func() error { _, _, err := s.Post(fenced, Funding("SOL", "fund-3", 5)); return err },
		"create intent": func() error {
			_, err := s.CreateIntent(fenced, "intent-2", "SOL", "planned", []byte(`{}`))
			return err
		},
		"advance intent": func() error {
			_, err := s.AdvanceIntent(fenced, "intent-1", "planned", "built", []byte(`{}`))
			return err
		},
		"advance cursor": func() error { return s.AdvanceCursor(fenced, "harvest/SOL", 10) },
		"reserve seq": func() error {
			_, err := s.ReserveSeq(fenced, "56", "0xabc", "intent-1", 0)
			return err
		},
		"record sent": func() error { return s.RecordSent(fenced, "56", "0xabc", 0, "0xdead") },
	}
	for name, write := range writes {
		if err := write(); !errors.Is(err, store.ErrFenced) {
			t.Errorf("%s by the old leader: %v, want ErrFenced", name, err)
		}
	}
	WantBalances(t, s, "SOL", map[ledger.Account]string{ledger.CustodyHot: "100", ledger.ExternalChain: "100"})
	if state, _, err := s.LoadIntent(ctx, "intent-1"); err != nil || state != "planned" {
		t.Fatalf("intent-1 = %s, %v; the old leader moved it", state, err)
	}
	if _, _, err := s.LoadIntent(ctx, "intent-2"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("intent-2 created by the old leader: %v", err)
	}
	if _, ok, err := s.Cursor(ctx, "harvest/SOL"); err != nil || ok {
		t.Fatalf("cursor moved by the old leader: %v %v", ok, err)
	}
}

func testLeaseLifecycle(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	var mu sync.Mutex
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	s, err := store.Open(ctx, newDSN(t), store.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a, err := s.AcquireLease(ctx, "leader", "replica-a", 30*time.Second)
	if err != nil || a.Fence != 1 {
		t.Fatalf("first acquire = %+v, %v", a, err)
	}
	if _, err := s.AcquireLease(ctx, "leader", "replica-b", 30*time.Second); !errors.Is(err, store.ErrLeaseHeld) {
		t.Fatalf("acquire while held: %v", err)
	}
	advance(20 * time.Second)
	if renewed, err := s.AcquireLease(ctx, "leader", "replica-a", 30*time.Second); err != nil || renewed.Fence != 1 {
		t.Fatalf("renewal = %+v, %v", renewed, err)
	}
	if err := s.CheckFence(ctx, "leader", 1); err != nil {
		t.Fatalf("holder's fence: %v", err)
	}
	advance(31 * time.Second) // replica-a pauses past its lease
	if err := s.CheckFence(ctx, "leader", 1); !errors.Is(err, store.ErrFenced) {
		t.Fatalf("expired lease still fences in: %v", err)
	}
	b, err := s.AcquireLease(ctx, "leader", "replica-b", 30*time.Second)
	if err != nil || b.Fence != 2 {
		t.Fatalf("takeover = %+v, %v", b, err)
	}
	// replica-a wakes up: it cannot take the lease back, and its old token is refused.
	if _, err := s.AcquireLease(ctx, "leader", "replica-a", 30*time.Second); !errors.Is(err, store.ErrLeaseHeld) {
		t.Fatalf("old leader re-acquire: %v", err)
	}
	if err := s.CheckFence(ctx, "leader", 1); !errors.Is(err, store.ErrFenced) {
		t.Fatalf("old token: %v", err)
	}
	if err := s.CheckFence(ctx, "leader", 2); err != nil {
		t.Fatalf("new token: %v", err)
	}
	if err := s.CheckFence(ctx, "other", 1); !errors.Is(err, store.ErrFenced) {
		t.Fatalf("a lease nobody took: %v", err)
	}
}

func testLeaseConcurrent(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []store.Store{Open(t, dsn), Open(t, dsn)}
	var wg sync.WaitGroup
	var mu sync.Mutex
	winners := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, err := stores[i%2].AcquireLease(context.Background(), "leader", fmt.Sprintf("replica-%d", i), time.Minute)
			switch {
			case err == nil:
				mu.Lock()
				winners++
				mu.Unlock()
			case !errors.Is(err, store.ErrLeaseHeld):
				t.Errorf("acquire %d: %v", i, err)
			}
		}(i)
	}
	wg.Wait()
	if winners != 1 {
		t.Fatalf("%d replicas hold the lease, want 1", winners)
	}
}
