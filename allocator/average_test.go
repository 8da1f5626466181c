package allocator

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/holiman/uint256"
)

func mustDay(t testing.TB, s string) Day {
	t.Helper()
	d, err := ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		give      string
		wantStart time.Time
		wantErr   error
	}{
		{give: "2025-03-01", wantStart: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)},
		{give: "2024-02-29", wantStart: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
		{give: "2025-02-29", wantErr: ErrBadDay},
		{give: "2025-3-1", wantErr: ErrBadDay},
		{give: "2025-03-01T00:00:00Z", wantErr: ErrBadDay},
		{give: "", wantErr: ErrBadDay},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			d, err := ParseDay(tt.give)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseDay(%q) error = %v, want %v", tt.give, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if !d.Start().Equal(tt.wantStart) || !d.End().Equal(tt.wantStart.Add(24*time.Hour)) || d.String() != tt.give {
				t.Fatalf("ParseDay(%q) = %v [%v, %v)", tt.give, d, d.Start(), d.End())
			}
		})
	}
}

func TestDayContains(t *testing.T) {
	d := mustDay(t, "2025-03-01")
	tests := []struct {
		give time.Time
		want bool
	}{
		{give: d.Start(), want: true},
		{give: d.End().Add(-1), want: true},
		{give: d.End(), want: false},
		{give: d.Start().Add(-1), want: false},
		{give: time.Date(2025, 3, 1, 1, 0, 0, 0, time.FixedZone("UTC+2", 7200)), want: false},
	}
	for _, tt := range tests {
		if got := d.Contains(tt.give); got != tt.want {
			t.Errorf("Contains(%v) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

// event is a balance change for the reference average.
type event struct {
	user    string
	at      time.Duration // into the day
	balance uint256.Int
}

// referenceAverage computes the averages the slow, obvious way: sort each user's changes by
// time (stable, so the last of equal instants wins), walk the intervals with math/big.
func referenceAverage(opening map[string]uint256.Int, events []event) map[string]*big.Int {
	byUser := map[string][]event{}
	for _, e := range events {
		byUser[e.user] = append(byUser[e.user], e)
	}
	users := map[string]bool{}
	for u := range opening {
		users[u] = true
	}
	for u := range byUser {
		users[u] = true
	}
	out := map[string]*big.Int{}
	for u := range users {
		evs := byUser[u]
		slices.SortStableFunc(evs, func(x, y event) int { return int(x.at - y.at) })
		open := opening[u]
		bal, from := open.ToBig(), int64(0)
		sum := new(big.Int)
		for _, e := range evs {
			sum.Add(sum, new(big.Int).Mul(bal, big.NewInt(int64(e.at)-from)))
			bal, from = e.balance.ToBig(), int64(e.at)
		}
		sum.Add(sum, new(big.Int).Mul(bal, big.NewInt(DayNanos-from)))
		out[u] = sum.Quo(sum, big.NewInt(DayNanos))
	}
	return out
}

func TestAverageMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 0))
	day := mustDay(t, "2025-03-01")
	for iter := 0; iter < cases(300); iter++ {
		nUsers := 1 + rng.IntN(30)
		balBits := 1 + rng.IntN(256)
		opening := map[string]uint256.Int{}
		var openOrder []string
		for i := 0; i < nUsers; i++ {
			if rng.IntN(4) != 0 {
				u := userName(i)
				opening[u] = randomBits(rng, rng.IntN(balBits+1))
				openOrder = append(openOrder, u)
			}
		}
		rng.Shuffle(len(openOrder), func(i, j int) { openOrder[i], openOrder[j] = openOrder[j], openOrder[i] })
		// Changes in global time order, with repeated instants, including 00:00 and the
		// day's last nanosecond.
		var events []event
		for i := rng.IntN(600); i > 0; i-- {
			var at time.Duration
			switch rng.IntN(5) {
			case 0:
				at = 0
			case 1:
				at = time.Duration(DayNanos - 1)
			default:
				at = time.Duration(rng.Int64N(DayNanos))
			}
			events = append(events, event{user: userName(rng.IntN(nUsers)), at: at, balance: randomBits(rng, rng.IntN(balBits+1))})
		}
		slices.SortStableFunc(events, func(x, y event) int { return int(x.at - y.at) })
		for i := 1; i < len(events); i++ {
			if rng.IntN(5) == 0 {
				events[i].at = events[i-1].at // same instant, the later row wins
			}
		}

		// Feed the rows in batches of random sizes, some beyond the internal batch size, to
		// one to four shards.
		av := NewAverager(day, AverageOptions{EveryoneEligible: true, Shards: 1 + iter%4})
		var opens []Opening
		for _, u := range openOrder {
			opens = append(opens, Opening{User: u, Balance: opening[u]})
		}
		for len(opens) > 0 {
			k := min(len(opens), 1+rng.IntN(5))
			if err := av.Open(opens[:k]); err != nil {
				t.Fatal(err)
			}
			opens = opens[k:]
		}
		var changes []BalanceChange
		for _, e := range events {
			changes = append(changes, BalanceChange{User: e.user, At: day.Start().Add(e.at), Balance: e.balance})
		}
		for len(changes) > 0 {
			k := min(len(changes), 1+rng.IntN(2*batchSize))
			if err := av.Change(changes[:k]); err != nil {
				t.Fatal(err)
			}
			changes = changes[k:]
		}
		want := referenceAverage(opening, events)
		got := av.Finish()
		if len(got) != len(want) {
			t.Fatalf("case %d: %d users, want %d", iter, len(got), len(want))
		}
		for i, h := range got {
			if i > 0 && got[i-1].User >= h.User {
				t.Fatalf("case %d: output not sorted: %q then %q", iter, got[i-1].User, h.User)
			}
			if h.Avg.ToBig().Cmp(want[h.User]) != 0 || !h.Eligible {
				t.Fatalf("case %d: %s average %v eligible %v, want %v", iter, h.User, &h.Avg, h.Eligible, want[h.User])
			}
		}
	}
}

func TestAverageLargestBalances(t *testing.T) {
	day := mustDay(t, "2025-03-01")
	max := *new(uint256.Int).SetAllOne()
	av := NewAverager(day, AverageOptions{EveryoneEligible: true})
	if err := av.Open([]Opening{{User: "a", Balance: max}}); err != nil {
		t.Fatal(err)
	}
	if err := av.Change([]BalanceChange{{User: "b", At: day.Start().Add(time.Nanosecond), Balance: max}}); err != nil {
		t.Fatal(err)
	}
	got := av.Finish()
	// b held 2^256-1 for all but one nanosecond of the day.
	wantB := new(big.Int).Mul(max.ToBig(), big.NewInt(DayNanos-1))
	wantB.Quo(wantB, big.NewInt(DayNanos))
	if got[0].Avg != max || got[1].Avg.ToBig().Cmp(wantB) != 0 {
		t.Fatalf("averages %v, %v; want %v, %v", &got[0].Avg, &got[1].Avg, &max, wantB)
	}
}

func TestAverageWorkedExample(t *testing.T) {
	// The example of README.md: opening 100, 60 from 06:00, 160 from 18:00, and a change to 0
	// and back at 12:00 in the same instant (the last row wins).
	day := mustDay(t, "2025-03-01")
	at := func(h int) time.Time { return day.Start().Add(time.Duration(h) * time.Hour) }
	av := NewAverager(day, AverageOptions{EveryoneEligible: true})
	steps := []error{
		av.Open([]Opening{{User: "alice", Balance: *uint256.NewInt(100)}}),
		av.Change([]BalanceChange{{User: "alice", At: at(6), Balance: *uint256.NewInt(60)}}),
		av.Change([]BalanceChange{{User: "alice", At: at(12), Balance: *uint256.NewInt(0)}}),
		av.Change([]BalanceChange{{User: "alice", At: at(12), Balance: *uint256.NewInt(60)}}),
		av.Change([]BalanceChange{{User: "alice", At: at(18), Balance: *uint256.NewInt(160)}}),
	}
	for _, err := range steps {
		if err != nil {
			t.Fatal(err)
		}
	}
	// (100*6 + 60*6 + 60*6 + 160*6) / 24 = 95
	if got := av.Finish(); len(got) != 1 || got[0].Avg.Uint64() != 95 {
		t.Fatalf("got %+v, want alice 95", got)
	}
}

func TestAverageEligibility(t *testing.T) {
	day := mustDay(t, "2025-03-01")
	start, end := day.Start(), day.End()
	never := time.Time{}
	type record struct{ activated, deactivated time.Time }
	tests := []struct {
		name    string
		give    []record
		giveAll bool // EveryoneEligible
		want    bool
	}{
		{name: "no record", want: false},
		{name: "no record, everyone eligible", giveAll: true, want: true},
		{name: "activated the day before", give: []record{{start.Add(-time.Hour), never}}, want: true},
		{name: "activated at 00:00 is too late", give: []record{{start, never}}, want: false},
		{name: "activated one nanosecond before", give: []record{{start.Add(-1), never}}, want: true},
		{name: "activated during the day", give: []record{{start.Add(time.Hour), never}}, want: false},
		{name: "deactivated at the next 00:00", give: []record{{start.Add(-time.Hour), end}}, want: true},
		{name: "deactivated one nanosecond early", give: []record{{start.Add(-time.Hour), end.Add(-1)}}, want: false},
		{name: "deactivated later", give: []record{{start.Add(-time.Hour), end.Add(time.Hour)}}, want: true},
		{name: "deactivated long ago", give: []record{{start.Add(-48 * time.Hour), start.Add(-24 * time.Hour)}}, want: false},
		{
			name: "re-activated before the day",
			give: []record{{start.Add(-72 * time.Hour), start.Add(-48 * time.Hour)}, {start.Add(-24 * time.Hour), never}},
			want: true,
		},
		{
			name: "deactivated and re-activated within the day",
			give: []record{{start.Add(-72 * time.Hour), start.Add(time.Hour)}, {start.Add(2 * time.Hour), never}},
			want: false,
		},
		{
			name: "re-activated during the day",
			give: []record{{start.Add(-72 * time.Hour), start.Add(-48 * time.Hour)}, {start.Add(time.Hour), never}},
			want: false,
		},
		{name: "activated and deactivated at the same instant", give: []record{{start.Add(-time.Hour), start.Add(-time.Hour)}}, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			av := NewAverager(day, AverageOptions{EveryoneEligible: tt.giveAll})
			if err := av.Open([]Opening{{User: "u", Balance: *uint256.NewInt(5)}}); err != nil {
				t.Fatal(err)
			}
			for _, r := range tt.give {
				if err := av.Activate([]Activation{{User: "u", Activated: r.activated, Deactivated: r.deactivated}}); err != nil {
					t.Fatal(err)
				}
			}
			if got := av.Finish(); got[0].Eligible != tt.want {
				t.Fatalf("eligible = %v, want %v", got[0].Eligible, tt.want)
			}
		})
	}
}

func TestAverageActivationOfNonHolderIgnored(t *testing.T) {
	day := mustDay(t, "2025-03-01")
	av := NewAverager(day, AverageOptions{})
	if err := av.Open([]Opening{{User: "a", Balance: *uint256.NewInt(1)}}); err != nil {
		t.Fatal(err)
	}
	if err := av.Activate([]Activation{{User: "zed", Activated: day.Start().Add(-time.Hour), Deactivated: time.Time{}}}); err != nil {
		t.Fatal(err)
	}
	if got := av.Finish(); len(got) != 1 || got[0].User != "a" || got[0].Eligible {
		t.Fatalf("got %+v", got)
	}
}

func TestAverageErrors(t *testing.T) {
	day := mustDay(t, "2025-03-01")
	noon := day.Start().Add(12 * time.Hour)
	one := *uint256.NewInt(1)
	before := day.Start().Add(-time.Hour)
	tests := []struct {
		name    string
		give    func(a *Averager) error
		wantErr error
	}{
		{name: "duplicate opening", give: func(a *Averager) error {
			_ = a.Open([]Opening{{User: "a", Balance: one}})
			return a.Open([]Opening{{User: "a", Balance: one}})
		}, wantErr: ErrDuplicateUser},
		{name: "opening after changes", give: func(a *Averager) error {
			_ = a.Change([]BalanceChange{{User: "a", At: noon, Balance: one}})
			return a.Open([]Opening{{User: "a", Balance: one}})
		}, wantErr: ErrOpeningAfterEvents},
		{name: "empty user opening", give: func(a *Averager) error { return a.Open([]Opening{{User: "", Balance: one}}) }, wantErr: ErrEmptyUser},
		{name: "empty user change", give: func(a *Averager) error { return a.Change([]BalanceChange{{User: "", At: noon, Balance: one}}) }, wantErr: ErrEmptyUser},
		{name: "empty user activation", give: func(a *Averager) error {
			return a.Activate([]Activation{{User: "", Activated: before, Deactivated: time.Time{}}})
		}, wantErr: ErrEmptyUser},
		{name: "change before the day", give: func(a *Averager) error {
			return a.Change([]BalanceChange{{User: "a", At: day.Start().Add(-1), Balance: one}})
		}, wantErr: ErrOutsideDay},
		{name: "change at the next midnight", give: func(a *Averager) error { return a.Change([]BalanceChange{{User: "a", At: day.End(), Balance: one}}) }, wantErr: ErrOutsideDay},
		{name: "change out of order", give: func(a *Averager) error {
			_ = a.Change([]BalanceChange{{User: "a", At: noon, Balance: one}})
			return a.Change([]BalanceChange{{User: "a", At: noon.Add(-1), Balance: one}})
		}, wantErr: ErrEventOrder},
		{name: "deactivated before activated", give: func(a *Averager) error {
			return a.Activate([]Activation{{User: "a", Activated: before, Deactivated: before.Add(-1)}})
		}, wantErr: ErrActivationOrder},
		{name: "opening after activations", give: func(a *Averager) error {
			_ = a.Activate([]Activation{{User: "a", Activated: before, Deactivated: time.Time{}}})
			return a.Open([]Opening{{User: "b", Balance: one}})
		}, wantErr: ErrBalanceAfterActivations},
		{name: "change after activations", give: func(a *Averager) error {
			_ = a.Activate([]Activation{{User: "a", Activated: before, Deactivated: time.Time{}}})
			return a.Change([]BalanceChange{{User: "b", At: noon, Balance: one}})
		}, wantErr: ErrBalanceAfterActivations},
		{name: "open after finish", give: func(a *Averager) error {
			a.Finish()
			return a.Open([]Opening{{User: "a", Balance: one}})
		}, wantErr: ErrFinished},
		{name: "activation after finish", give: func(a *Averager) error {
			a.Finish()
			return a.Activate([]Activation{{User: "a", Activated: before, Deactivated: time.Time{}}})
		}, wantErr: ErrFinished},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.give(NewAverager(day, AverageOptions{})); !errors.Is(err, tt.wantErr) {
				t.Fatalf("error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestAverageUnsortedUsersComeOutSorted(t *testing.T) {
	day := mustDay(t, "2025-03-01")
	av := NewAverager(day, AverageOptions{Users: 3, Shards: 2})
	for _, u := range []string{"b", "c", "a"} {
		if err := av.Open([]Opening{{User: u, Balance: *uint256.NewInt(1)}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := av.Change([]BalanceChange{{User: "B", At: day.Start(), Balance: *uint256.NewInt(2)}}); err != nil {
		t.Fatal(err)
	}
	if av.Len() != 4 || av.Day() != day {
		t.Fatalf("Len %d, Day %v", av.Len(), av.Day())
	}
	var got []string
	for _, h := range av.Finish() {
		got = append(got, h.User)
	}
	if want := []string{"B", "a", "b", "c"}; !slices.Equal(got, want) {
		t.Fatalf("users %v, want %v", got, want)
	}
}

func TestAverageRowError(t *testing.T) {
	day := mustDay(t, "2025-03-01")
	for _, shards := range []int{1, 3} {
		av := NewAverager(day, AverageOptions{Shards: shards})
		rows := make([]BalanceChange, 600)
		for i := range rows {
			rows[i] = BalanceChange{User: userName(i % 7), At: day.Start().Add(time.Duration(i) * time.Second), Balance: *uint256.NewInt(uint64(i))}
		}
		rows[517].At = day.End()
		rows[599].User = "" // refused too, but later: the first in row order is reported
		err := av.Change(rows)
		var re *RowError
		if !errors.As(err, &re) || re.Row != 517 || !errors.Is(err, ErrOutsideDay) {
			t.Fatalf("%d shards: error = %v, want row 517 outside the day", shards, err)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "row 517: ") {
			t.Fatalf("message %q", msg)
		}
		if err := av.Change(rows[:1]); !errors.Is(err, ErrFailed) {
			t.Fatalf("%d shards: after a refused batch: %v, want ErrFailed", shards, err)
		}
		if err := av.Activate(nil); !errors.Is(err, ErrFailed) {
			t.Fatalf("%d shards: activation after a refused batch: %v, want ErrFailed", shards, err)
		}
		if got := av.Finish(); got != nil {
			t.Fatalf("%d shards: Finish after a refused batch = %d holdings, want none", shards, len(got))
		}
	}
}

func TestUserIndexCollisions(t *testing.T) {
	// Every id gets the same hash: lookups must still tell them apart by id, and growing the
	// table must keep every entry.
	ids := []string{}
	x := newUserIndex(0)
	is := func(u string) func(int) bool { return func(acct int) bool { return ids[acct] == u } }
	const h = 0xdeadbeef_00000007
	for i := 0; i < 3000; i++ {
		ids = append(ids, userName(i))
		if got := x.lookup(h, is(ids[i])); got != -1 {
			t.Fatalf("lookup of new id %s = %d", ids[i], got)
		}
		x.insert(h, i, func(int) uint64 { return h })
	}
	for i, u := range ids {
		if got := x.lookup(h, is(u)); got != i {
			t.Fatalf("lookup(%s) = %d, want %d", u, got, i)
		}
	}
	if got := x.candidate(h); got != 0 {
		t.Fatalf("candidate = %d, want the first inserted", got)
	}
	if got := x.candidate(h ^ 1<<40); got != -1 {
		t.Fatalf("candidate of another tag = %d, want -1", got)
	}
}

func TestAverageLongUserIDs(t *testing.T) {
	// Ids longer than the inline copy are compared in full.
	day := mustDay(t, "2025-03-01")
	long := strings.Repeat("x", inlineID)
	av := NewAverager(day, AverageOptions{EveryoneEligible: true})
	if err := av.Open([]Opening{{User: long + "1", Balance: *uint256.NewInt(10)}, {User: long + "2", Balance: *uint256.NewInt(20)}, {User: long, Balance: *uint256.NewInt(30)}}); err != nil {
		t.Fatal(err)
	}
	if err := av.Change([]BalanceChange{{User: long + "2", At: day.Start(), Balance: *uint256.NewInt(40)}}); err != nil {
		t.Fatal(err)
	}
	err := av.Open([]Opening{{User: long + "1", Balance: *uint256.NewInt(1)}})
	if !errors.Is(err, ErrDuplicateUser) {
		t.Fatalf("second opening of a long id: %v", err)
	}
	got := av.Finish()
	want := []uint64{30, 10, 40}
	for i, h := range got {
		if h.Avg.Uint64() != want[i] {
			t.Fatalf("%s: %v, want %d", h.User, &h.Avg, want[i])
		}
	}
}

func TestAccountSize(t *testing.T) {
	if got := unsafe.Sizeof(account{}); got != 128 {
		t.Fatalf("account is %d bytes, want 128 (two cache lines)", got)
	}
}

func TestUserOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 0))
	alphabet := []string{"", "\x00", "a", "b", "user-", "user-0", "ü", "\xff"}
	tests := []struct {
		name string
		give []string
	}{
		{name: "empty"},
		{name: "one", give: []string{"x"}},
		{name: "shared prefix", give: []string{"user-0003", "user-0001", "user-0002", "user-0001"}},
		{name: "prefixes of each other", give: []string{"ab", "a", "abc", "", "ab\x00", "ab\x00\x00"}},
		{name: "long equal heads", give: []string{"0123456789abcdefZ", "0123456789abcdefA", "0123456789abcdef"}},
		{name: "eight shared bytes", give: []string{"abcdefgh2", "abcdefgh10", "abcdefgh", "abcdefgh1"}},
		{name: "nine shared bytes", give: []string{"abcdefghi2", "abcdefghi10", "abcdefghi", "abcdefghi1", "abcdefghi1"}},
		{name: "numeric is not byte order", give: []string{"u10", "u9", "u100", "u1"}},
	}
	for i := 0; i < 20; i++ {
		var ids []string
		for j := rng.IntN(300); j > 0; j-- {
			var b strings.Builder
			for k := rng.IntN(5); k > 0; k-- {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			ids = append(ids, b.String())
		}
		tests = append(tests, struct {
			name string
			give []string
		}{name: "random", give: ids})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			order := UserOrder(len(tt.give), func(i int) string { return tt.give[i] })
			want := make([]int32, len(tt.give))
			for i := range want {
				want[i] = int32(i)
			}
			slices.SortStableFunc(want, func(x, y int32) int { return strings.Compare(tt.give[x], tt.give[y]) })
			if !slices.Equal(order, want) {
				t.Fatalf("UserOrder(%q) = %v, want %v", tt.give, order, want)
			}
			wantDup := -1
			for i := 1; i < len(want) && wantDup < 0; i++ {
				if tt.give[want[i-1]] == tt.give[want[i]] {
					wantDup = int(want[i])
				}
			}
			if _, dup := userOrder(len(tt.give), func(i int) string { return tt.give[i] }); dup != wantDup {
				t.Fatalf("duplicate %d, want %d", dup, wantDup)
			}
		})
	}
}

func TestAverageSortedShardsMerge(t *testing.T) {
	day := mustDay(t, "2025-03-01")
	for _, shards := range []int{1, 2, 5} {
		av := NewAverager(day, AverageOptions{Shards: shards, EveryoneEligible: true})
		var rows []Opening
		for i := 0; i < 1000; i++ {
			rows = append(rows, Opening{User: fmt.Sprintf("u%05d", i), Balance: *uint256.NewInt(uint64(i))})
		}
		if err := av.Open(rows); err != nil {
			t.Fatal(err)
		}
		got := av.Finish()
		for i, h := range got {
			if h.User != rows[i].User || h.Avg != rows[i].Balance {
				t.Fatalf("%d shards: holding %d = %s %v, want %s %v", shards, i, h.User, &h.Avg, rows[i].User, &rows[i].Balance)
			}
		}
		if again := av.Finish(); again != nil {
			t.Fatalf("second Finish returned %d holdings", len(again))
		}
	}
}

func TestIDArena(t *testing.T) {
	var a idArena
	var ids []string
	for i := 0; i < 200000; i++ { // several blocks
		ids = append(ids, a.clone(userName(i)))
	}
	long := strings.Repeat("x", arenaBlock)
	if got := a.clone(long); got != long {
		t.Fatal("long id changed")
	}
	for i, id := range ids {
		if id != userName(i) {
			t.Fatalf("id %d = %q, want %q", i, id, userName(i))
		}
	}
}
