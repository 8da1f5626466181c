package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// balanceTests are the conformance tests of the balance and activation feeds.
var balanceTests = []struct {
	name string
	run  func(t *testing.T, newDSN func(t testing.TB) string)
}{
	{"BalanceDayReads", testBalanceDayReads},
	{"BalanceIdempotency", testBalanceIdempotency},
	{"BalanceInvalid", testBalanceInvalid},
	{"BalanceClosedDays", testBalanceClosedDays},
	{"ActivationFeed", testActivationFeed},
	{"BalanceConcurrentSameEvents", testBalanceConcurrent},
	{"BalanceFencedWrites", testBalanceFenced},
}

// feedDay is the day most balance tests look at.
var feedDay = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

// at returns feedDay plus d.
func at(d time.Duration) time.Time { return feedDay.Add(d) }

// Bal returns a balance event of base units.
func Bal(id, token, user string, when time.Time, units int64) store.BalanceEvent {
	return store.BalanceEvent{ID: id, Token: token, User: user, At: when, Balance: money.NewAmount(units)}
}

func recordBalances(t testing.TB, s store.Store, events ...store.BalanceEvent) store.IngestResult {
	t.Helper()
	res, err := s.RecordBalances(context.Background(), events)
	if err != nil {
		t.Fatalf("record balances: %v", err)
	}
	return res
}

// Openings returns what EachOpening gives, as "user=units" in order.
func Openings(t testing.TB, s store.Store, token string, day time.Time) string {
	t.Helper()
	var out []string
	err := s.EachOpening(context.Background(), token, day, func(user string, b money.Amount) error {
		out = append(out, user+"="+b.String())
		return nil
	})
	if err != nil {
		t.Fatalf("openings: %v", err)
	}
	return strings.Join(out, " ")
}

// Changes returns what EachBalanceChange gives, as "id:user@HH:MM:SS.nnnnnnnnn=units".
func Changes(t testing.TB, s store.Store, token string, day time.Time) string {
	t.Helper()
	var out []string
	err := s.EachBalanceChange(context.Background(), token, day, func(e store.BalanceEvent) error {
		if e.Token != strings.ToUpper(token) {
			t.Errorf("change %s has token %s", e.ID, e.Token)
		}
		out = append(out, fmt.Sprintf("%s:%s@%s=%s", e.ID, e.User, e.At.Format("15:04:05.000000000"), e.Balance))
		return nil
	})
	if err != nil {
		t.Fatalf("changes: %v", err)
	}
	return strings.Join(out, " ")
}

func testBalanceDayReads(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	recordBalances(t, s,
		Bal("a1", "SOL", "alice", at(-48*time.Hour), 5),
		Bal("a2", "SOL", "alice", at(-time.Nanosecond), 100), // the last before the day
		Bal("b1", "sol", "bob", at(-3*time.Hour), 7),         // symbols are case-insensitive
		Bal("b2", "SOL", "bob", at(-3*time.Hour), 8),         // same instant: the later arrival wins
		Bal("z1", "SOL", "zed", at(-time.Hour), 0),
		Bal("n1", "NEAR", "alice", at(-time.Hour), 1),
		Bal("a3", "SOL", "alice", at(0), 60), // exactly 00:00 is in the day, not the opening
		Bal("c1", "SOL", "carol", at(12*time.Hour), 3),
		Bal("a4", "SOL", "alice", at(12*time.Hour), 0),
		Bal("a5", "SOL", "alice", at(24*time.Hour-time.Nanosecond), 1),
		Bal("a6", "SOL", "alice", at(24*time.Hour), 99), // the next day
	)
	// A later batch at an instant already used wins too, whatever its id.
	recordBalances(t, s, Bal("0-b3", "SOL", "bob", at(-3*time.Hour), 9), Bal("0-c2", "SOL", "carol", at(12*time.Hour), 4))
	huge := new(strings.Builder)
	huge.WriteString("1")
	huge.WriteString(strings.Repeat("0", 70))
	big, _ := money.ParseBaseUnits(huge.String())
	recordBalances(t, s, store.BalanceEvent{ID: "h1", Token: "NEAR", User: "huge", At: at(-time.Minute), Balance: big})

	if got, want := Openings(t, s, "SOL", feedDay), "alice=100 bob=9 zed=0"; got != want {
		t.Errorf("openings = %s, want %s", got, want)
	}
	if got, want := Openings(t, s, "NEAR", feedDay), "alice=1 huge="+huge.String(); got != want {
		t.Errorf("NEAR openings = %s, want %s", got, want)
	}
	wantChanges := "a3:alice@00:00:00.000000000=60 c1:carol@12:00:00.000000000=3 a4:alice@12:00:00.000000000=0 " +
		"0-c2:carol@12:00:00.000000000=4 a5:alice@23:59:59.999999999=1"
	if got := Changes(t, s, "SOL", feedDay); got != wantChanges {
		t.Errorf("changes = %s\nwant      %s", got, wantChanges)
	}
	if got, want := Openings(t, s, "SOL", feedDay.AddDate(0, 0, 1)), "alice=1 bob=9 carol=4 zed=0"; got != want {
		t.Errorf("next day's openings = %s, want %s", got, want)
	}
	if got := Openings(t, s, "ADA", feedDay) + Changes(t, s, "ADA", feedDay); got != "" {
		t.Errorf("a token with no events gave %q", got)
	}
	stop := errors.New("stop")
	if err := s.EachOpening(ctx, "SOL", feedDay, func(string, money.Amount) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("EachOpening did not return the callback's error: %v", err)
	}
	if err := s.EachBalanceChange(ctx, "SOL", feedDay, func(store.BalanceEvent) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("EachBalanceChange did not return the callback's error: %v", err)
	}
	for name, read := range map[string]func() error{
		"opening at noon": func() error {
			return s.EachOpening(ctx, "SOL", at(12*time.Hour), func(string, money.Amount) error { return nil })
		},
		"changes of an unknown token": func() error {
			return s.EachBalanceChange(ctx, "DOGE", feedDay, func(store.BalanceEvent) error { return nil })
		},
	} {
		if err := read(); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func testBalanceIdempotency(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	first := []store.BalanceEvent{Bal("e1", "SOL", "alice", at(time.Hour), 10), Bal("e2", "SOL", "bob", at(time.Hour), 20)}
	if res := recordBalances(t, s, first...); res != (store.IngestResult{Accepted: 2}) {
		t.Fatalf("first batch = %+v", res)
	}
	// Again, with a new event and a repeat within the batch.
	again := append(first, Bal("e3", "SOL", "carol", at(2*time.Hour), 30), Bal("e3", "SOL", "carol", at(2*time.Hour), 30))
	if res := recordBalances(t, s, again...); res != (store.IngestResult{Accepted: 1, Duplicates: 3}) {
		t.Fatalf("second batch = %+v, want 1 accepted and 3 duplicates", res)
	}
	tests := []struct {
		name string
		give []store.BalanceEvent
	}{
		{"balance", []store.BalanceEvent{Bal("e1", "SOL", "alice", at(time.Hour), 11)}},
		{"time", []store.BalanceEvent{Bal("e1", "SOL", "alice", at(time.Hour+1), 10)}},
		{"user", []store.BalanceEvent{Bal("e1", "SOL", "alicia", at(time.Hour), 10)}},
		{"token", []store.BalanceEvent{Bal("e1", "ADA", "alice", at(time.Hour), 10)}},
		{"after a good event", []store.BalanceEvent{Bal("new", "SOL", "dave", at(time.Hour), 1), Bal("e2", "SOL", "bob", at(time.Hour), 21)}},
		{"within the batch", []store.BalanceEvent{Bal("x", "SOL", "dave", at(time.Hour), 1), Bal("x", "SOL", "dave", at(time.Hour), 2)}},
	}
	for _, tt := range tests {
		_, err := s.RecordBalances(ctx, tt.give)
		var conflict *store.EventConflictError
		wantID := tt.give[len(tt.give)-1].ID
		if !errors.As(err, &conflict) || !errors.Is(err, store.ErrEventConflict) || conflict.ID != wantID ||
			!strings.Contains(err.Error(), wantID) {
			t.Errorf("%s: error = %v, want a conflict naming %s", tt.name, err, wantID)
		}
	}
	want := "e1:alice@01:00:00.000000000=10 e2:bob@01:00:00.000000000=20 e3:carol@02:00:00.000000000=30"
	if got := Changes(t, s, "SOL", feedDay); got != want {
		t.Fatalf("after the conflicts: %s, want %s (nothing of a refused batch stored)", got, want)
	}
	if res, err := s.RecordBalances(ctx, nil); err != nil || res != (store.IngestResult{}) {
		t.Fatalf("empty batch = %+v, %v", res, err)
	}
}

func testBalanceInvalid(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	ok := Bal("ok", "SOL", "alice", at(0), 1)
	tests := []struct {
		name string
		give store.BalanceEvent
	}{
		{"empty id", Bal("", "SOL", "alice", at(0), 1)},
		{"empty user", Bal("e", "SOL", "", at(0), 1)},
		{"unknown token", Bal("e", "DOGE", "alice", at(0), 1)},
		{"negative balance", Bal("e", "SOL", "alice", at(0), -1)},
		{"before 1970", Bal("e", "SOL", "alice", time.Date(1969, 12, 31, 0, 0, 0, 0, time.UTC), 1)},
		{"after 2261", Bal("e", "SOL", "alice", time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC), 1)},
	}
	for _, tt := range tests {
		if _, err := s.RecordBalances(ctx, []store.BalanceEvent{ok, tt.give}); !errors.Is(err, store.ErrInvalidEvent) {
			t.Errorf("%s: error = %v, want ErrInvalidEvent", tt.name, err)
		}
	}
	acts := []store.ActivationEvent{
		{ID: "", User: "alice", At: at(0), Active: true},
		{ID: "a", User: "", At: at(0), Active: true},
		{ID: "a", User: "alice", At: time.Time{}, Active: true},
	}
	for _, a := range acts {
		if _, err := s.RecordActivations(ctx, []store.ActivationEvent{a}); !errors.Is(err, store.ErrInvalidEvent) {
			t.Errorf("activation %+v: error = %v, want ErrInvalidEvent", a, err)
		}
	}
	if got := Changes(t, s, "SOL", feedDay); got != "" {
		t.Fatalf("refused batches left %s", got)
	}
	for name, call := range map[string]func() error{
		"close at noon": func() error { return s.CloseBalanceDay(ctx, "SOL", at(12*time.Hour)) },
		"close in a zone": func() error {
			return s.CloseBalanceDay(ctx, "SOL", time.Date(2025, 3, 1, 0, 0, 0, 0, time.FixedZone("x", 3600)))
		},
		"close DOGE":         func() error { return s.CloseBalanceDay(ctx, "DOGE", feedDay) },
		"closed? at 1 a.m.":  func() error { _, err := s.BalanceDayClosed(ctx, "SOL", at(time.Hour)); return err },
		"closed? of unknown": func() error { _, err := s.BalanceDayClosed(ctx, "DOGE", feedDay); return err },
	} {
		if err := call(); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func testBalanceClosedDays(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	recordBalances(t, s, Bal("in-day", "SOL", "alice", at(time.Hour), 10))
	for i := 0; i < 2; i++ { // closing is idempotent
		if err := s.CloseBalanceDay(ctx, "sol", feedDay); err != nil {
			t.Fatalf("close #%d: %v", i, err)
		}
	}
	closed := func(token string, day time.Time) bool {
		t.Helper()
		ok, err := s.BalanceDayClosed(ctx, token, day)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !closed("SOL", feedDay) || !closed("SOL", feedDay.AddDate(0, 0, -30)) || closed("SOL", feedDay.AddDate(0, 0, 1)) || closed("ADA", feedDay) {
		t.Fatal("closed days: want SOL up to and including the closed day, nothing else")
	}
	refused := []struct {
		name    string
		give    []store.BalanceEvent
		wantID  string
		wantDay time.Time
	}{
		{"last instant of the day", []store.BalanceEvent{Bal("late", "SOL", "bob", at(24*time.Hour-1), 1)}, "late", feedDay},
		{"an earlier day", []store.BalanceEvent{Bal("older", "SOL", "bob", at(-40*time.Hour), 1)}, "older", feedDay.AddDate(0, 0, -2)},
		{"after good ones", []store.BalanceEvent{
			Bal("next-day", "SOL", "bob", at(24*time.Hour), 1),
			Bal("in-day", "SOL", "alice", at(time.Hour), 10), // a duplicate is fine
			Bal("late-2", "SOL", "carol", at(0), 1),
		}, "late-2", feedDay},
	}
	for _, tt := range refused {
		_, err := s.RecordBalances(ctx, tt.give)
		var dc *store.DayClosedError
		if !errors.As(err, &dc) || !errors.Is(err, store.ErrDayClosed) || dc.EventID != tt.wantID || dc.Token != "SOL" || !dc.Day.Equal(tt.wantDay) {
			t.Errorf("%s: error = %v, want the closed SOL day %s naming %s", tt.name, err, tt.wantDay.Format(time.DateOnly), tt.wantID)
			continue
		}
		for _, want := range []string{tt.wantID, "SOL", tt.wantDay.Format(time.DateOnly)} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: %q does not name %s", tt.name, err, want)
			}
		}
	}
	if got := Changes(t, s, "SOL", feedDay) + "|" + Changes(t, s, "SOL", feedDay.AddDate(0, 0, 1)); got != "in-day:alice@01:00:00.000000000=10|" {
		t.Fatalf("refused batches left events: %s", got)
	}
	// A redelivered event of the closed day, another token and the next day are fine.
	if res := recordBalances(t, s, Bal("in-day", "SOL", "alice", at(time.Hour), 10), Bal("ada", "ADA", "bob", at(time.Hour), 5),
		Bal("next", "SOL", "bob", at(24*time.Hour), 5)); res != (store.IngestResult{Accepted: 2, Duplicates: 1}) {
		t.Fatalf("after close: %+v", res)
	}
	// Closing a later day closes the ones between; closing an earlier one reopens nothing.
	if err := s.CloseBalanceDay(ctx, "SOL", feedDay.AddDate(0, 0, 3)); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseBalanceDay(ctx, "SOL", feedDay.AddDate(0, 0, 1)); err != nil {
		t.Fatal(err)
	}
	if !closed("SOL", feedDay.AddDate(0, 0, 2)) || !closed("SOL", feedDay.AddDate(0, 0, 3)) || closed("SOL", feedDay.AddDate(0, 0, 4)) {
		t.Fatal("closing day+3 did not close exactly up to day+3")
	}
	// Activations cover every token: one timed in any token's closed day is refused.
	_, err := s.RecordActivations(ctx, []store.ActivationEvent{{ID: "act", User: "bob", At: at(72*time.Hour + time.Hour), Active: true}})
	var dc *store.DayClosedError
	if !errors.As(err, &dc) || dc.Token != "SOL" || dc.EventID != "act" || !dc.Day.Equal(feedDay.AddDate(0, 0, 3)) {
		t.Fatalf("activation in a closed day: %v", err)
	}
	if res, err := s.RecordActivations(ctx, []store.ActivationEvent{{ID: "act", User: "bob", At: at(96 * time.Hour), Active: true}}); err != nil || res.Accepted != 1 {
		t.Fatalf("activation after the closed days: %+v, %v", res, err)
	}
}

// Activations returns what EachActivation gives before the time, as "id:user@offset=on|off".
func Activations(t testing.TB, s store.Store, before time.Time) string {
	t.Helper()
	var out []string
	err := s.EachActivation(context.Background(), before, func(e store.ActivationEvent) error {
		state := "off"
		if e.Active {
			state = "on"
		}
		out = append(out, fmt.Sprintf("%s:%s@%s=%s", e.ID, e.User, e.At.Sub(feedDay), state))
		return nil
	})
	if err != nil {
		t.Fatalf("activations: %v", err)
	}
	return strings.Join(out, " ")
}

func testActivationFeed(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	events := []store.ActivationEvent{
		{ID: "b-on", User: "bob", At: at(-time.Hour), Active: true},
		{ID: "a-on", User: "alice", At: at(-48 * time.Hour), Active: true},
		{ID: "a-off", User: "alice", At: at(time.Hour), Active: false},
		{ID: "a-on2", User: "alice", At: at(time.Hour), Active: true}, // same instant: arrives later
		{ID: "c-on", User: "carol", At: at(24 * time.Hour), Active: true},
	}
	res, err := s.RecordActivations(ctx, events)
	if err != nil || res != (store.IngestResult{Accepted: 5}) {
		t.Fatalf("record = %+v, %v", res, err)
	}
	res, err = s.RecordActivations(ctx, append(events[:1:1], store.ActivationEvent{ID: "0-a-off", User: "alice", At: at(time.Hour)}))
	if err != nil || res != (store.IngestResult{Accepted: 1, Duplicates: 1}) {
		t.Fatalf("second batch = %+v, %v", res, err)
	}
	want := "a-on:alice@-48h0m0s=on a-off:alice@1h0m0s=off a-on2:alice@1h0m0s=on 0-a-off:alice@1h0m0s=off b-on:bob@-1h0m0s=on"
	if got := Activations(t, s, feedDay.AddDate(0, 0, 1)); got != want {
		t.Fatalf("activations = %s\nwant          %s", got, want)
	}
	if got := Activations(t, s, feedDay); got != "a-on:alice@-48h0m0s=on b-on:bob@-1h0m0s=on" {
		t.Fatalf("activations before the day = %s", got)
	}
	for _, give := range []store.ActivationEvent{
		{ID: "a-on", User: "alice", At: at(-48 * time.Hour), Active: false},
		{ID: "a-on", User: "alice", At: at(-47 * time.Hour), Active: true},
		{ID: "a-on", User: "bob", At: at(-48 * time.Hour), Active: true},
	} {
		_, err := s.RecordActivations(ctx, []store.ActivationEvent{{ID: "fresh", User: "x", At: at(0), Active: true}, give})
		var conflict *store.EventConflictError
		if !errors.As(err, &conflict) || conflict.ID != "a-on" || conflict.Kind != "activation" {
			t.Errorf("conflicting %+v: %v", give, err)
		}
	}
	if got := Activations(t, s, feedDay.AddDate(0, 0, 2)); strings.Contains(got, "fresh") {
		t.Fatalf("a refused batch was stored: %s", got)
	}
	stop := errors.New("stop")
	if err := s.EachActivation(ctx, feedDay, func(store.ActivationEvent) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("EachActivation did not return the callback's error: %v", err)
	}
}

// testBalanceConcurrent records overlapping batches from two handles at once: each event is
// stored exactly once, and every batch either fully succeeds or counts its events as
// duplicates.
func testBalanceConcurrent(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []store.Store{Open(t, dsn), Open(t, dsn)}
	const workers, events = 8, 50
	var wg sync.WaitGroup
	var mu sync.Mutex
	accepted := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var batch []store.BalanceEvent
			for i := 0; i < events; i++ {
				k := (i + w*7) % events
				batch = append(batch, Bal(fmt.Sprintf("e%d", k), "SUI", fmt.Sprintf("u%d", k), at(time.Duration(k)*time.Second), int64(k)))
			}
			res, err := stores[w%2].RecordBalances(context.Background(), batch)
			if err != nil {
				t.Errorf("worker %d: %v", w, err)
				return
			}
			if res.Accepted+res.Duplicates != events {
				t.Errorf("worker %d: %+v does not add up to %d", w, res, events)
			}
			mu.Lock()
			accepted += res.Accepted
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	if accepted != events {
		t.Fatalf("%d events accepted in all, want %d", accepted, events)
	}
	if got := strings.Count(Changes(t, stores[0], "SUI", feedDay), " ") + 1; got != events {
		t.Fatalf("%d events stored, want %d", got, events)
	}
}

// testBalanceFenced: a leader that lost its lease records and closes nothing.
func testBalanceFenced(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := openLeased(t, newDSN)
	fenced := s.Fenced
	if _, err := s.RecordBalances(fenced, []store.BalanceEvent{Bal("e1", "SOL", "alice", at(0), 1)}); err != nil {
		t.Fatalf("record while holding the lease: %v", err)
	}
	s.advance(time.Minute)
	writes := map[string]func() error{
		"record balances": func() error {
			_, err := s.RecordBalances(fenced, []store.BalanceEvent{Bal("e2", "SOL", "bob", at(0), 1)})
			return err
		},
		"record activations": func() error {
			_, err := s.RecordActivations(fenced, []store.ActivationEvent{{ID: "a", User: "bob", At: at(0), Active: true}})
			return err
		},
		"close day": func() error { return s.CloseBalanceDay(fenced, "SOL", feedDay) },
	}
	for name, write := range writes {
		if err := write(); !errors.Is(err, store.ErrFenced) {
			t.Errorf("%s after the lease expired: %v, want ErrFenced", name, err)
		}
	}
	if got := Changes(t, s, "SOL", feedDay) + "|" + Activations(t, s, feedDay.AddDate(0, 0, 1)); got != "e1:alice@00:00:00.000000000=1|" {
		t.Fatalf("the fenced-out leader wrote: %s", got)
	}
	if ok, err := s.BalanceDayClosed(ctx, "SOL", feedDay); err != nil || ok {
		t.Fatalf("the fenced-out leader closed the day: %v, %v", ok, err)
	}
}
