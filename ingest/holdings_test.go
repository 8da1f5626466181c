package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/ingest"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// sections splits a file of "-- name --" sections into their lines, without comments and
// blank lines.
func sections(t *testing.T, path string) map[string][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	cur := "head"
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --"):
			cur = strings.TrimSuffix(strings.TrimPrefix(line, "-- "), " --")
		case line == "" || strings.HasPrefix(line, "#"):
		default:
			out[cur] = append(out[cur], line)
		}
	}
	return out
}

// formatHoldings writes holdings as "user,avg,eligible" lines in token units, in order.
func formatHoldings(tok money.Token, hs []allocator.Holding) string {
	var b strings.Builder
	for _, h := range hs {
		fmt.Fprintf(&b, "%s,%s,%t\n", h.User, tok.Format(allocator.Amount(&h.Avg)), h.Eligible)
	}
	return b.String()
}

// TestDayHoldingsWorkedExample feeds the allocator's worked example of averaging through the
// store as events and expects the allocator's averages and eligibility.
func TestDayHoldingsWorkedExample(t *testing.T) {
	sec := sections(t, "../allocator/testdata/average/1_day.txt")
	tok := money.Token{}
	var day allocator.Day
	for _, line := range sec["head"] {
		k, v, _ := strings.Cut(line, ": ")
		switch k {
		case "token":
			tok, _ = money.Lookup(v)
		case "day":
			day, _ = allocator.ParseDay(v)
		}
	}
	if tok.Symbol != "SOL" || day.String() != "2025-03-01" {
		t.Fatalf("example header: %v %v", tok, day)
	}
	var balances []store.BalanceEvent
	for i, line := range sec["opening"][1:] {
		f := strings.Split(line, ",")
		a, err := tok.Parse(f[1])
		if err != nil {
			t.Fatal(err)
		}
		// An opening balance is the last event before the day; older ones are overridden.
		balances = append(balances,
			store.BalanceEvent{ID: fmt.Sprintf("old-%d", i), Token: "SOL", User: f[0], At: day.Start().Add(-48 * time.Hour), Balance: money.NewAmount(7)},
			store.BalanceEvent{ID: fmt.Sprintf("open-%d", i), Token: "SOL", User: f[0], At: day.Start().Add(-time.Duration(i+1) * time.Minute), Balance: a})
	}
	for i, line := range sec["events"][1:] {
		f := strings.Split(line, ",")
		at, err := time.Parse(time.RFC3339Nano, f[1])
		if err != nil {
			t.Fatal(err)
		}
		a, err := tok.Parse(f[2])
		if err != nil {
			t.Fatal(err)
		}
		balances = append(balances, store.BalanceEvent{ID: fmt.Sprintf("ev-%d", i), Token: "SOL", User: f[0], At: at, Balance: a})
	}
	var acts []store.ActivationEvent
	for i, line := range sec["activations"][1:] {
		f := strings.Split(line, ",")
		on, err := time.Parse(time.RFC3339Nano, f[1])
		if err != nil {
			t.Fatal(err)
		}
		acts = append(acts, store.ActivationEvent{ID: fmt.Sprintf("on-%d", i), User: f[0], At: on, Active: true})
		if f[2] != "" {
			off, err := time.Parse(time.RFC3339Nano, f[2])
			if err != nil {
				t.Fatal(err)
			}
			acts = append(acts, store.ActivationEvent{ID: fmt.Sprintf("off-%d", i), User: f[0], At: off})
		}
	}
	want := strings.Join(sec["averages"][1:], "\n") + "\n"
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			s := storetest.Open(t, b.DSN(t))
			// Two batches in reverse order: arrival order matters only at equal instants,
			// and alice's two events at 12:00 stay in one batch in their order.
			if _, err := s.RecordActivations(ctx, acts); err != nil {
				t.Fatal(err)
			}
			if _, err := s.RecordBalances(ctx, balances); err != nil {
				t.Fatal(err)
			}
			if err := s.CloseBalanceDay(ctx, "SOL", day.Start()); err != nil {
				t.Fatal(err)
			}
			hs, err := ingest.DayHoldings(ctx, s, tok, day)
			if err != nil {
				t.Fatal(err)
			}
			if got := formatHoldings(tok, hs); got != want {
				t.Fatalf("holdings:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestDayHoldingsEligibility checks the allocator's eligibility rule on activation
// histories fed as events, at its edges.
func TestDayHoldingsEligibility(t *testing.T) {
	day, _ := allocator.ParseDay("2025-03-01")
	d0, d1 := day.Start(), day.End()
	type ev struct {
		at time.Time
		on bool
	}
	tests := []struct {
		name   string
		give   []ev
		wantOK bool
	}{
		{"no activation", nil, false},
		{"activated the day before", []ev{{d0.Add(-24 * time.Hour), true}}, true},
		{"activated one nanosecond before 00:00", []ev{{d0.Add(-1), true}}, true},
		{"activated at exactly 00:00", []ev{{d0, true}}, false},
		{"activated during the day", []ev{{d0.Add(time.Hour), true}}, false},
		{"deactivated at exactly the next 00:00", []ev{{d0.Add(-time.Hour), true}, {d1, false}}, true},
		{"deactivated one nanosecond before the next 00:00", []ev{{d0.Add(-time.Hour), true}, {d1.Add(-1), false}}, false},
		{"deactivated during the day", []ev{{d0.Add(-time.Hour), true}, {d0.Add(time.Hour), false}}, false},
		{"deactivated after the day", []ev{{d0.Add(-time.Hour), true}, {d1.Add(time.Hour), false}}, true},
		{"deactivated and re-activated before the day", []ev{{d0.Add(-3 * time.Hour), true}, {d0.Add(-2 * time.Hour), false}, {d0.Add(-time.Hour), true}}, true},
		{"re-activated at exactly 00:00", []ev{{d0.Add(-3 * time.Hour), true}, {d0.Add(-2 * time.Hour), false}, {d0, true}}, false},
		{"off and on again during the day", []ev{{d0.Add(-time.Hour), true}, {d0.Add(time.Hour), false}, {d0.Add(2 * time.Hour), true}}, false},
		{"off and on at the same instant during the day", []ev{{d0.Add(-time.Hour), true}, {d0.Add(time.Hour), false}, {d0.Add(time.Hour), true}}, false},
		{"off then on at the same instant before the day", []ev{{d0.Add(-3 * time.Hour), true}, {d0.Add(-time.Hour), false}, {d0.Add(-time.Hour), true}}, true},
		{"on then off at the same instant before the day", []ev{{d0.Add(-time.Hour), true}, {d0.Add(-time.Hour), false}}, false},
		{"activated twice", []ev{{d0.Add(-3 * time.Hour), true}, {d0.Add(-time.Hour), true}}, true},
		{"deactivated without activation", []ev{{d0.Add(-time.Hour), false}}, false},
		{"deactivated before the day", []ev{{d0.Add(-3 * time.Hour), true}, {d0.Add(-time.Hour), false}}, false},
	}
	ctx := context.Background()
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	sol, _ := money.Lookup("SOL")
	var balances []store.BalanceEvent
	var acts []store.ActivationEvent
	want := map[string]bool{}
	for i, tt := range tests {
		user := fmt.Sprintf("u%02d", i)
		want[user] = tt.wantOK
		balances = append(balances, store.BalanceEvent{ID: "b-" + user, Token: "SOL", User: user, At: d0.Add(-48 * time.Hour), Balance: money.NewAmount(1000)})
		for j, e := range tt.give {
			acts = append(acts, store.ActivationEvent{ID: fmt.Sprintf("a-%s-%d", user, j), User: user, At: e.at, Active: e.on})
		}
	}
	if _, err := s.RecordBalances(ctx, balances); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordActivations(ctx, acts); err != nil {
		t.Fatal(err)
	}
	hs, err := ingest.DayHoldings(ctx, s, sol, day)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != len(tests) {
		t.Fatalf("%d holdings, want %d", len(hs), len(tests))
	}
	for i, h := range hs {
		if h.Eligible != want[h.User] {
			t.Errorf("%s: eligible = %t, want %t", tests[i].name, h.Eligible, want[h.User])
		}
		if h.Avg.Uint64() != 1000 {
			t.Errorf("%s: avg = %s", tests[i].name, h.Avg.Dec())
		}
	}
}

// TestDayHoldingsZeroAndAverages: users at zero all day are left out; a zero opening with a
// change during the day counts from zero.
func TestDayHoldingsZeroAndAverages(t *testing.T) {
	day, _ := allocator.ParseDay("2025-03-01")
	d0 := day.Start()
	ctx := context.Background()
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	ev := func(id, user string, at time.Time, units int64) store.BalanceEvent {
		return store.BalanceEvent{ID: id, Token: "ADA", User: user, At: at, Balance: money.NewAmount(units)}
	}
	if _, err := s.RecordBalances(ctx, []store.BalanceEvent{
		ev("1", "gone", d0.Add(-48*time.Hour), 500), ev("2", "gone", d0.Add(-time.Hour), 0),
		ev("3", "back", d0.Add(-time.Hour), 0), ev("4", "back", d0.Add(18*time.Hour), 400),
		ev("5", "other-day", d0.Add(24*time.Hour), 400),
		ev("6", "leaver", d0.Add(-time.Hour), 300), ev("7", "leaver", d0.Add(6*time.Hour), 0),
	}); err != nil {
		t.Fatal(err)
	}
	ada, _ := money.Lookup("ADA")
	hs, err := ingest.DayHoldings(ctx, s, ada, day)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := formatHoldings(ada, hs), "back,0.0001,false\nleaver,0.000075,false\n"; got != want {
		t.Fatalf("holdings:\n%s\nwant:\n%s", got, want)
	}
}

// failingSource fails one of its reads, to check that DayHoldings passes errors on.
type failingSource struct {
	ingest.Source
	fail string
}

var errRead = errors.New("read failed")

func (f failingSource) EachOpening(ctx context.Context, token string, day time.Time, fn func(string, money.Amount) error) error {
	if f.fail == "opening" {
		return errRead
	}
	return f.Source.EachOpening(ctx, token, day, fn)
}

func (f failingSource) EachBalanceChange(ctx context.Context, token string, day time.Time, fn func(store.BalanceEvent) error) error {
	if f.fail == "changes" {
		return errRead
	}
	return f.Source.EachBalanceChange(ctx, token, day, fn)
}

func (f failingSource) EachActivation(ctx context.Context, before time.Time, fn func(store.ActivationEvent) error) error {
	if f.fail == "activations" {
		return errRead
	}
	return f.Source.EachActivation(ctx, before, fn)
}

func TestDayHoldingsReadErrors(t *testing.T) {
	day, _ := allocator.ParseDay("2025-03-01")
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	sol, _ := money.Lookup("SOL")
	for _, part := range []string{"opening", "changes", "activations"} {
		_, err := ingest.DayHoldings(context.Background(), failingSource{Source: s, fail: part}, sol, day)
		if !errors.Is(err, errRead) || !strings.Contains(err.Error(), "SOL on 2025-03-01") {
			t.Errorf("%s failing: %v", part, err)
		}
	}
}
