package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// distributionTests are the conformance tests of users' distributions.
var distributionTests = []struct {
	name string
	run  func(t *testing.T, newDSN func(t testing.TB) string)
}{
	{"DistributionSaveAndRead", testDistributionSaveAndRead},
	{"DistributionIdempotentSave", testDistributionIdempotentSave},
	{"DistributionConflictingSave", testDistributionConflictingSave},
	{"DistributionInvalidSave", testDistributionInvalidSave},
	{"DistributionManyRows", testDistributionManyRows},
	{"DistributionConcurrentSave", testDistributionConcurrentSave},
	{"DistributionFencedWrites", testDistributionFencedWrites},
}

// Distribution returns a counted distribution of token for day to user, with avg and
// effective avg and the reward given, in base units.
func Distribution(token, day, user string, avg, reward int64) store.Distribution {
	return store.Distribution{Token: token, Day: day, User: user, Avg: money.NewAmount(avg),
		Effective: money.NewAmount(avg), Reward: money.NewAmount(reward), Standing: store.StandingCounted}
}

func saveDistributions(t testing.TB, s store.Store, token, day string, rows ...store.Distribution) {
	t.Helper()
	if err := s.SaveDistributions(context.Background(), token, day, rows); err != nil {
		t.Fatalf("save distributions of %s %s: %v", token, day, err)
	}
}

func describeDistributions(ds []store.Distribution) string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%s/%s/%s:%s,%s,%s,%s", d.Token, d.Day, d.User, d.Avg, d.Effective, d.Reward, d.Standing))
	}
	return strings.Join(out, " ")
}

func testDistributionSaveAndRead(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	huge, _ := money.FromBig(new(big.Int).Lsh(big.NewInt(1), 250))
	capped := store.Distribution{User: "alice", Avg: huge, Effective: money.NewAmount(5000), Reward: money.NewAmount(3), Standing: store.StandingCapped}
	// One day in two batches; the rows' token and day may be left to the call.
	saveDistributions(t, s, "SOL", "2026-11-20", Distribution("SOL", "2026-11-20", "bob", 100, 1))
	saveDistributions(t, s, "SOL", "2026-11-20", capped,
		store.Distribution{User: "carol", Avg: money.NewAmount(7), Standing: store.StandingBelowMinimum})
	saveDistributions(t, s, "SOL", "2026-11-21", Distribution("SOL", "2026-11-21", "alice", 4000, 2))
	saveDistributions(t, s, "NEAR", "2026-11-20",
		store.Distribution{User: "alice", Avg: money.NewAmount(9), Standing: store.StandingInactive})

	hugeAlice := "SOL/2026-11-20/alice:" + huge.String() + ",5000,3,capped"
	tests := []struct {
		name                string
		giveUser, giveToken string
		giveFrom, giveTo    string
		want                string
	}{
		{"everything", "alice", "", "", "", "NEAR/2026-11-20/alice:9,0,0,inactive " + hugeAlice + " SOL/2026-11-21/alice:4000,4000,2,counted"},
		{"one token", "alice", "SOL", "", "", hugeAlice + " SOL/2026-11-21/alice:4000,4000,2,counted"},
		{"from", "alice", "", "2026-11-21", "", "SOL/2026-11-21/alice:4000,4000,2,counted"},
		{"to", "alice", "SOL", "", "2026-11-20", hugeAlice},
		{"one day", "alice", "", "2026-11-20", "2026-11-20", "NEAR/2026-11-20/alice:9,0,0,inactive " + hugeAlice},
		{"below minimum", "carol", "", "", "", "SOL/2026-11-20/carol:7,0,0,below-minimum"},
		{"a token the user has none of", "bob", "NEAR", "", "", ""},
		{"an unknown user", "nobody", "", "", "", ""},
		{"an empty range", "alice", "", "2026-11-22", "2026-11-30", ""},
	}
	for _, tt := range tests {
		got, err := s.UserDistributions(ctx, tt.giveUser, tt.giveToken, tt.giveFrom, tt.giveTo)
		if err != nil || describeDistributions(got) != tt.want {
			t.Errorf("%s: UserDistributions(%q, %q, %q, %q) = %s, %v; want %s", tt.name, tt.giveUser, tt.giveToken,
				tt.giveFrom, tt.giveTo, describeDistributions(got), err, tt.want)
		}
	}
	bad := []struct{ user, from, to string }{{"", "", ""}, {"alice", "2026-13-01", ""}, {"alice", "", "yesterday"}}
	for _, b := range bad {
		if _, err := s.UserDistributions(ctx, b.user, "", b.from, b.to); err == nil {
			t.Errorf("UserDistributions(%q, from %q, to %q) succeeded", b.user, b.from, b.to)
		}
	}
}

func testDistributionIdempotentSave(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	rows := []store.Distribution{Distribution("ADA", "2026-11-20", "u1", 10, 1), Distribution("ADA", "2026-11-20", "u2", 20, 2)}
	saveDistributions(t, s, "ADA", "2026-11-20", rows...)
	again := [][]store.Distribution{
		{rows[1], rows[0]},          // another order
		{rows[0]},                   // a part
		{rows[0], rows[0], rows[1]}, // a row twice
	}
	for i, give := range again {
		if err := s.SaveDistributions(ctx, "ADA", "2026-11-20", give); err != nil {
			t.Fatalf("save again %d: %v", i, err)
		}
	}
	if err := s.SaveDistributions(ctx, "ADA", "2026-11-20", nil); err != nil {
		t.Fatalf("save nothing: %v", err)
	}
	for _, u := range []string{"u1", "u2"} {
		got, err := s.UserDistributions(ctx, u, "", "", "")
		if err != nil || len(got) != 1 {
			t.Fatalf("%s after saving again: %s, %v", u, describeDistributions(got), err)
		}
	}
}

func testDistributionConflictingSave(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	saveDistributions(t, s, "BNB", "2026-11-20", Distribution("BNB", "2026-11-20", "u1", 10, 1))
	other := func(d store.Distribution, change func(*store.Distribution)) store.Distribution { change(&d); return d }
	base := Distribution("BNB", "2026-11-20", "u1", 10, 1)
	tests := []struct {
		name string
		give []store.Distribution
	}{
		{"reward", []store.Distribution{Distribution("BNB", "2026-11-20", "new", 5, 1), other(base, func(d *store.Distribution) { d.Reward = money.NewAmount(2) })}},
		{"average", []store.Distribution{other(base, func(d *store.Distribution) { d.Avg, d.Effective = money.NewAmount(11), money.NewAmount(11) })}},
		{"standing", []store.Distribution{other(base, func(d *store.Distribution) {
			d.Avg, d.Standing = money.NewAmount(12), store.StandingCapped
		}), Distribution("BNB", "2026-11-20", "new", 5, 1)}},
		{"twice in one call", []store.Distribution{Distribution("BNB", "2026-11-20", "new", 5, 1), Distribution("BNB", "2026-11-20", "new", 5, 2)}},
	}
	for _, tt := range tests {
		err := s.SaveDistributions(ctx, "BNB", "2026-11-20", tt.give)
		var conflict *store.DistributionConflictError
		if !errors.As(err, &conflict) || !errors.Is(err, store.ErrDistributionConflict) {
			t.Errorf("%s: error = %v, want a distribution conflict", tt.name, err)
			continue
		}
		if conflict.Stored.Token != "BNB" || conflict.Stored.Day != "2026-11-20" || conflict.Stored.User != conflict.Given.User {
			t.Errorf("%s: conflict names %+v and %+v", tt.name, conflict.Stored, conflict.Given)
		}
	}
	// Nothing of a refused call is stored, not even its new rows.
	if got, err := s.UserDistributions(ctx, "new", "", "", ""); err != nil || len(got) != 0 {
		t.Fatalf("a refused call stored %s, %v", describeDistributions(got), err)
	}
	if got, err := s.UserDistributions(ctx, "u1", "", "", ""); err != nil || describeDistributions(got) != "BNB/2026-11-20/u1:10,10,1,counted" {
		t.Fatalf("the first row changed: %s, %v", describeDistributions(got), err)
	}
}

func testDistributionInvalidSave(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	ok := Distribution("SUI", "2026-11-20", "u1", 10, 1)
	with := func(change func(*store.Distribution)) store.Distribution { d := ok; change(&d); return d }
	tests := []struct {
		name               string
		giveToken, giveDay string
		giveRow            store.Distribution
	}{
		{"unknown token", "DOGE", "2026-11-20", with(func(d *store.Distribution) { d.Token = "DOGE" })},
		{"token not as listed", "sui", "2026-11-20", with(func(d *store.Distribution) { d.Token = "sui" })},
		{"bad day", "SUI", "2026-02-30", with(func(d *store.Distribution) { d.Day = "2026-02-30" })},
		{"row of another token", "SUI", "2026-11-20", with(func(d *store.Distribution) { d.Token = "SOL" })},
		{"row of another day", "SUI", "2026-11-20", with(func(d *store.Distribution) { d.Day = "2026-11-21" })},
		{"empty user", "SUI", "2026-11-20", with(func(d *store.Distribution) { d.User = "" })},
		{"negative reward", "SUI", "2026-11-20", with(func(d *store.Distribution) { d.Reward = money.NewAmount(-1) })},
		{"unknown standing", "SUI", "2026-11-20", with(func(d *store.Distribution) { d.Standing = "lucky" })},
		{"counted below the average", "SUI", "2026-11-20", with(func(d *store.Distribution) { d.Effective = money.NewAmount(9) })},
		{"capped at the average", "SUI", "2026-11-20", with(func(d *store.Distribution) { d.Standing = store.StandingCapped })},
		{"below minimum with a reward", "SUI", "2026-11-20", with(func(d *store.Distribution) {
			d.Standing, d.Effective = store.StandingBelowMinimum, money.Zero
		})},
		{"inactive with a balance that counts", "SUI", "2026-11-20", with(func(d *store.Distribution) {
			d.Standing, d.Reward = store.StandingInactive, money.Zero
		})},
	}
	for _, tt := range tests {
		// A valid row in the same call is not stored either.
		valid := Distribution("SUI", "2026-11-20", "valid", 5, 0)
		if tt.giveDay != "2026-11-20" || tt.giveToken != "SUI" {
			valid.Token, valid.Day = "", ""
		}
		err := s.SaveDistributions(ctx, tt.giveToken, tt.giveDay, []store.Distribution{valid, tt.giveRow})
		if !errors.Is(err, store.ErrInvalidDistribution) {
			t.Errorf("%s: error = %v, want ErrInvalidDistribution", tt.name, err)
		}
	}
	if got, err := s.UserDistributions(ctx, "valid", "", "", ""); err != nil || len(got) != 0 {
		t.Fatalf("refused calls stored %s, %v", describeDistributions(got), err)
	}
}

// testDistributionManyRows saves more rows than one statement writes, then again in
// overlapping batches.
func testDistributionManyRows(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	const users = 1203
	rows := make([]store.Distribution, users)
	for i := range rows {
		rows[i] = Distribution("TON", "2026-11-20", fmt.Sprintf("user-%05d", i), int64(1000+i), int64(i%7))
	}
	saveDistributions(t, s, "TON", "2026-11-20", rows[:700]...)
	saveDistributions(t, s, "TON", "2026-11-20", rows[600:]...)
	saveDistributions(t, s, "TON", "2026-11-20", rows...)
	for _, i := range []int{0, 499, 500, 699, 700, 1202} {
		got, err := s.UserDistributions(ctx, rows[i].User, "TON", "2026-11-20", "2026-11-20")
		if err != nil || len(got) != 1 || !got[0].Avg.Equal(rows[i].Avg) || !got[0].Reward.Equal(rows[i].Reward) {
			t.Fatalf("%s: %s, %v", rows[i].User, describeDistributions(got), err)
		}
	}
	changed := append([]store.Distribution(nil), rows...)
	changed[1100].Reward = money.NewAmount(99)
	if err := s.SaveDistributions(ctx, "TON", "2026-11-20", changed); !errors.Is(err, store.ErrDistributionConflict) {
		t.Fatalf("a conflict in the third statement: %v", err)
	}
}

func testDistributionConcurrentSave(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []store.Store{Open(t, dsn), Open(t, dsn)}
	rows := make([]store.Distribution, 50)
	for i := range rows {
		rows[i] = Distribution("ALGO", "2026-11-20", fmt.Sprintf("u%02d", i), int64(i+1), 0)
	}
	const workers = 6
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			if err := stores[i%2].SaveDistributions(context.Background(), "ALGO", "2026-11-20", rows[i*5:]); err != nil {
				t.Errorf("save %d: %v", i, err)
			}
		}(i)
	}
	close(start)
	wg.Wait()
	for _, d := range rows {
		got, err := stores[0].UserDistributions(context.Background(), d.User, "", "", "")
		if err != nil || len(got) != 1 {
			t.Fatalf("%s: %s, %v", d.User, describeDistributions(got), err)
		}
	}
}

func testDistributionFencedWrites(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := openLeased(t, newDSN)
	fenced := s.Fenced
	if err := s.SaveDistributions(fenced, "AXS", "2026-11-20", []store.Distribution{Distribution("AXS", "2026-11-20", "u1", 1, 0)}); err != nil {
		t.Fatalf("save while holding the lease: %v", err)
	}
	s.takeOver(t)
	err := s.SaveDistributions(fenced, "AXS", "2026-11-20", []store.Distribution{Distribution("AXS", "2026-11-20", "u2", 1, 0)})
	if !errors.Is(err, store.ErrFenced) {
		t.Fatalf("save by the old leader: %v, want ErrFenced", err)
	}
	if got, err := s.UserDistributions(ctx, "u2", "", "", ""); err != nil || len(got) != 0 {
		t.Fatalf("the old leader stored %s, %v", describeDistributions(got), err)
	}
}
