package daemon

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/payout"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// world is a daemon over a real store, a generated balance feed, a chain paying by epoch and
// in-memory payouts, starting at 2026-01-01 00:00 UTC (synctest's clock starts at
// 2000-01-01, so the test sleeps to it).
type world struct {
	st     store.Store
	chain  *epochChain
	key    payout.FeedKey
	outDir string
	sink   *flakySink
	d      *Daemon
	first  allocator.Day
}

var genesis = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func newWorld(t *testing.T, dsn string, holder string) *world {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	sol, _ := money.Lookup("SOL")
	key, err := payout.ParseFeedKey([]byte(strings.Repeat("5a", 32)))
	if err != nil {
		t.Fatal(err)
	}
	w := &world{st: st, key: key, outDir: t.TempDir(), first: dayOf(genesis)}
	w.sink = &flakySink{Sink: payout.NewFileSink(w.outDir)}
	if err := recordFeed(ctx, st, 7, 200, 70, w.first); err != nil {
		t.Fatal(err)
	}
	w.chain = &epochChain{books: st, token: "SOL", genesis: genesis, epoch: 48 * time.Hour, rateBps: 700, executed: map[string]int{}}
	// 1,000,000 SOL funded into custody, 900,000 of it delegated.
	fund := storetest.Funding("SOL", "fund-1", 0)
	fund.Postings[0].Amount, fund.Postings[1].Amount = money.NewAmount(1_000_000_000_000_000), money.NewAmount(-1_000_000_000_000_000)
	if _, _, err := st.Post(ctx, fund); err != nil {
		t.Fatal(err)
	}
	acct, _ := ledger.Delegated(testValidator)
	if _, _, err := st.Post(ctx, ledger.Transaction{Token: "SOL", Key: "delegate-1", Reason: ledger.ReasonDelegate,
		Postings: []ledger.Posting{{Account: acct, Amount: money.NewAmount(900_000_000_000_000)},
			{Account: ledger.CustodyHot, Amount: money.NewAmount(-900_000_000_000_000)}}}); err != nil {
		t.Fatal(err)
	}
	tc := &TokenCycle{Token: sol, Recognition: RecognizeSmoothed, WindowDays: 7, Custody: w.chain,
		Params: allocator.Params{FeeBps: 1000, Min: money.NewAmount(1_000_000_000), Cap: money.NewAmount(4_000_000_000_000)}}
	w.d = &Daemon{
		Cycle: &Cycle{Books: st, Feed: StoreFeed{Store: st}, Payouts: SignedPayouts{Store: st, Key: key, Sinks: []payout.Sink{w.sink}},
			PublishBy: 8 * time.Hour, StepTimeout: time.Minute},
		Tokens: []*TokenCycle{tc}, Leases: st, Holder: holder, LeaseTTL: 30 * time.Minute,
		First: w.first, CloseAfter: 5 * time.Minute, Tick: 10 * time.Minute,
	}
	return w
}

// checkBooks runs every ledger invariant.
func checkBooks(t *testing.T, st store.Store) {
	t.Helper()
	violations, err := ledger.Check(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range violations {
		t.Errorf("invariant: %v", v)
	}
}

// TestSixtyDays runs 60 days of the cycle on a fake clock: every day is processed exactly
// once and in order, each batch is out before 08:00 the next day, and the books hold
// their invariants after every day.
func TestSixtyDays(t *testing.T) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			dsn := b.DSN(t)
			synctest.Test(t, func(t *testing.T) {
				time.Sleep(time.Until(genesis))
				w := newWorld(t, dsn, "replica-a")
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				go func() { done <- w.d.Run(ctx) }()
				defer func() { cancel(); <-done }()
				time.Sleep(30 * time.Minute) // past each day's close and the next tick
				for day := range 60 {
					time.Sleep(24 * time.Hour)
					synctest.Wait()
					checkBooks(t, w.st)
					next, err := w.d.NextDay(context.Background(), "SOL")
					if err != nil {
						t.Fatal(err)
					}
					if want := addDays(w.first, day+1); next != want {
						t.Fatalf("after %d days the next day is %s, want %s", day+1, next, want)
					}
				}
				cancel()
				if err := <-done; err != nil {
					t.Fatal(err)
				}
				done <- nil
				checkDays(t, w, 60)
			})
		})
	}
}

// checkDays checks that the first n days are done, each through every step once, with
// its batch recorded and delivered once: before its deadline, or after it and marked late
// for the days in late.
func checkDays(t *testing.T, w *world, n int, late ...string) {
	t.Helper()
	ctx := context.Background()
	var reserveDrawn money.Amount
	for i := range n {
		day := addDays(w.first, i)
		phase, rec, found, err := w.d.Cycle.Load(ctx, "SOL", day)
		if err != nil || !found || phase != PhaseDone {
			t.Fatalf("%s: phase %s found %v err %v", day, phase, found, err)
		}
		trans, err := w.st.IntentTransitions(ctx, DayID("SOL", day))
		if err != nil {
			t.Fatal(err)
		}
		if len(trans) != len(phaseOrder)-1 {
			t.Errorf("%s went through %d transitions, want %d: %v", day, len(trans), len(phaseOrder)-1, trans)
		}
		key := "payout/SOL/" + day.String()
		stored, err := w.st.BatchByKey(ctx, key)
		if err != nil || rec.BatchKey != key || stored.Hash != rec.BatchHash || stored.Day != day.String() {
			t.Fatalf("%s: batch %s %s, stored %+v %v", day, rec.BatchKey, rec.BatchHash, stored, err)
		}
		exported, err := os.ReadFile(filepath.Join(w.outDir, "SOL", day.String()+".json"))
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		sb, err := payout.ParseSignedBatch(exported)
		if err != nil {
			t.Fatal(err)
		}
		if err := payout.Verify(sb, w.key.Public()); err != nil || sb.ManifestHash != rec.BatchHash {
			t.Errorf("%s: exported batch %s does not verify: %v", key, sb.ManifestHash, err)
		}
		if sb.Totals.Distributable.Cmp(rec.Distributable) != 0 || sb.Totals.Reward.Cmp(rec.Reward) != 0 {
			t.Errorf("%s: batch totals %+v, day %s distributable of %s", key, sb.Totals, rec.Distributable, rec.Reward)
		}
		due := day.End().Add(8 * time.Hour)
		wantLate := slices.Contains(late, day.String())
		if rec.PublishedAt.IsZero() || rec.PublishedAt.Before(due) == wantLate || rec.Late != wantLate {
			t.Errorf("%s published at %s, due %s (marked late %v)", key, rec.PublishedAt, due, rec.Late)
		}
		if i >= 2 && rec.Reward.IsZero() {
			t.Errorf("%s recognized nothing (harvested %s, reserve %s)", day, rec.Harvested, rec.ReserveBefore)
		}
		sum, _ := rec.Fee.Add(rec.Treasury)
		sum, _ = sum.Add(rec.Distributable)
		if !sum.Equal(rec.Reward) {
			t.Errorf("%s: fee %s + treasury %s + distributable %s != reward %s", day, rec.Fee, rec.Treasury, rec.Distributable, rec.Reward)
		}
		reserveDrawn, _ = reserveDrawn.Add(rec.Reward)
		tx, err := w.st.Transaction(ctx, key)
		if rec.Reward.IsZero() {
			if !errors.Is(err, store.ErrNotFound) {
				t.Errorf("%s: a zero reward posted %v", day, err)
			}
		} else if err != nil || tx.Reason != ledger.ReasonPayoutBatch {
			t.Errorf("%s: books %v %v", key, tx, err)
		}
	}
	// user-0003 activated during day 10: not active for days 1 to 10, counted after.
	dists, err := w.st.UserDistributions(ctx, "user-0003", "SOL", w.first.String(), addDays(w.first, n-1).String())
	if err != nil || len(dists) == 0 {
		t.Fatalf("user-0003's distributions: %v %v", dists, err)
	}
	for _, d := range dists {
		day, _ := allocator.ParseDay(d.Day)
		inactive := d.Standing == store.StandingInactive
		if wantInactive := day.Start().Before(addDays(w.first, 10).Start()); inactive != wantInactive {
			t.Errorf("user-0003 on %s: standing %s", d.Day, d.Standing)
		}
	}
	if pending, err := w.st.Undelivered(ctx, w.sink.Name()); err != nil || len(pending) != 0 {
		t.Errorf("undelivered batches: %v %v", pending, err)
	}
	for id, n := range w.chain.executed {
		if n != 1 {
			t.Errorf("intent %s executed %d times", id, n)
		}
	}
	if len(w.chain.executed) == 0 {
		t.Error("no rebalance was ever executed")
	}
	// Everything recognized left the reserve and went to users, fee or treasury.
	var paid money.Amount
	for _, a := range []ledger.Account{ledger.UsersPayable, ledger.TreasuryFee, ledger.TreasuryOrphan} {
		b, err := w.st.Balance(ctx, "SOL", a)
		if err != nil {
			t.Fatal(err)
		}
		paid, _ = paid.Add(b)
	}
	if !paid.Equal(reserveDrawn) {
		t.Errorf("payable + fee + orphan = %s, recognized %s", paid, reserveDrawn)
	}
}

// TestCatchUp stops the daemon for three days; restarted, it processes them in order.
func TestCatchUp(t *testing.T) {
	dsn := storetest.SQLiteDSN(t)
	synctest.Test(t, func(t *testing.T) {
		time.Sleep(time.Until(genesis))
		w := newWorld(t, dsn, "replica-a")
		var order []string
		w.d.Cycle.Observe = func(token string, day allocator.Day, step Phase, _ time.Duration, err error) {
			if step == PhaseDone && err == nil {
				order = append(order, day.String())
			}
		}
		run := func(d time.Duration) {
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error)
			go func() { done <- w.d.Run(ctx) }()
			time.Sleep(d)
			synctest.Wait()
			cancel()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
		}
		run(2*24*time.Hour + time.Hour) // days 1 and 2
		if got := strings.Join(order, " "); got != "2026-01-01 2026-01-02" {
			t.Fatalf("before the stop: %s", got)
		}
		time.Sleep(3 * 24 * time.Hour) // down for days 3, 4, 5
		run(time.Hour)
		want := "2026-01-01 2026-01-02 2026-01-03 2026-01-04 2026-01-05"
		if got := strings.Join(order, " "); got != want {
			t.Fatalf("after the restart: %s, want %s", got, want)
		}
		// Days 3 and 4 could only be published after the restart, late; day 5 is on time.
		checkDays(t, w, 5, "2026-01-03", "2026-01-04")
	})
}

// A failing step leaves the day where it was; the next round resumes it.
func TestFailedStepResumes(t *testing.T) {
	dsn := storetest.SQLiteDSN(t)
	synctest.Test(t, func(t *testing.T) {
		time.Sleep(time.Until(genesis))
		w := newWorld(t, dsn, "replica-a")
		w.sink.failures = 2
		time.Sleep(24*time.Hour + 10*time.Minute)
		ctx := store.WithFence(context.Background(), mustLease(t, w))
		for range 2 {
			err := w.d.Round(ctx)
			if !errors.Is(err, ErrStepFailed) || !strings.Contains(err.Error(), "published") {
				t.Fatalf("round with a failing sink: %v", err)
			}
			phase, _, _, _ := w.d.Cycle.Load(ctx, "SOL", w.first)
			if phase != PhaseBooked {
				t.Fatalf("after a failed publish the day is %s", phase)
			}
		}
		if err := w.d.Round(ctx); err != nil {
			t.Fatal(err)
		}
		checkDays(t, w, 1)
	})
}

func mustLease(t *testing.T, w *world) store.Lease {
	t.Helper()
	l, err := w.st.AcquireLease(context.Background(), LeaseName, w.d.Holder, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// A harvest booked by a step that then failed still counts for its day when the step runs
// again: the day's harvest comes from the books, not from the retried call.
func TestHarvestCountedAfterRetry(t *testing.T) {
	dsn := storetest.SQLiteDSN(t)
	synctest.Test(t, func(t *testing.T) {
		time.Sleep(time.Until(genesis))
		w := newWorld(t, dsn, "replica-a")
		time.Sleep(24*time.Hour + 10*time.Minute) // day 1 is due; no epoch has ended yet
		ctx := store.WithFence(context.Background(), mustLease(t, w))
		if err := w.d.Cycle.RunDay(ctx, w.d.Tokens[0], w.first); err != nil {
			t.Fatal(err)
		}
		time.Sleep(24 * time.Hour) // day 2 is due; epoch 1 ended with it
		ctx = store.WithFence(context.Background(), mustLease(t, w))
		w.chain.reconcileFailures = 1
		second := addDays(w.first, 1)
		if err := w.d.Cycle.RunDay(ctx, w.d.Tokens[0], second); !errors.Is(err, ErrStepFailed) {
			t.Fatalf("day 2 with the node down: %v", err)
		}
		if err := w.d.Cycle.RunDay(ctx, w.d.Tokens[0], second); err != nil {
			t.Fatal(err)
		}
		_, rec, _, err := w.d.Cycle.Load(ctx, "SOL", second)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := w.st.Transaction(ctx, "harvest/SOL/epoch/1")
		if err != nil {
			t.Fatal(err)
		}
		if want := tx.Postings[0].Amount; rec.Harvested.IsZero() || !rec.Harvested.Equal(want) || !rec.HarvestedTotal.Equal(want) {
			t.Fatalf("day 2 harvested %s (total %s), the books took %s", rec.Harvested, rec.HarvestedTotal, want)
		}
	})
}
