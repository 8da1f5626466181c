package allocator

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"
	"github.com/softstake/staker/money"
)

// golden is a golden file: "key: value" settings, then sections introduced by "-- name --"
// lines. Lines starting with # are comments.
type golden struct {
	settings map[string]string
	sections map[string]string
}

func readGolden(t *testing.T, path string) golden {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g := golden{settings: map[string]string{}, sections: map[string]string{}}
	section := ""
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --"):
			section = strings.TrimSuffix(strings.TrimPrefix(line, "-- "), " --")
		case section != "":
			if line != "" {
				g.sections[section] += line + "\n"
			}
		case line != "":
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				t.Fatalf("%s: setting %q is not key: value", path, line)
			}
			g.settings[k] = strings.TrimSpace(v)
		}
	}
	return g
}

func (g golden) csv(t *testing.T, section string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(g.sections[section])).ReadAll()
	if err != nil {
		t.Fatalf("section %s: %v", section, err)
	}
	if len(rows) == 0 {
		t.Fatalf("no section %s", section)
	}
	return rows[1:] // the header documents the columns
}

func (g golden) units(t *testing.T, tok money.Token, s string) uint256.Int {
	t.Helper()
	a, err := tok.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	u, err := Units(a)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func (g golden) amount(t *testing.T, tok money.Token, key string) money.Amount {
	t.Helper()
	u := g.units(t, tok, g.settings[key])
	return Amount(&u)
}

func (g golden) uint32(t *testing.T, key string) uint32 {
	t.Helper()
	n, err := strconv.ParseUint(g.settings[key], 10, 32)
	if err != nil {
		t.Fatalf("%s: %v", key, err)
	}
	return uint32(n)
}

func (g golden) token(t *testing.T) money.Token {
	t.Helper()
	tok, err := money.Lookup(g.settings["token"])
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// TestSplitGolden runs each testdata/split/*.txt: the worked examples of README.md. The
// shares and totals sections are the expected output, checked by hand.
func TestSplitGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/split/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			g := readGolden(t, path)
			tok := g.token(t)
			policy, err := ParsePolicy(g.settings["policy"])
			if err != nil {
				t.Fatal(err)
			}
			p := Params{
				Reward: g.amount(t, tok, "reward"), FeeBps: g.uint32(t, "fee_bps"),
				Min: g.amount(t, tok, "min"), Cap: g.amount(t, tok, "cap"), Base: g.amount(t, tok, "base"),
				Policy: policy, MaxAPRBps: g.uint32(t, "max_apr_bps"),
			}
			var hs []Holding
			for _, row := range g.csv(t, "holdings") {
				hs = append(hs, Holding{User: row[0], Avg: g.units(t, tok, row[1]), Eligible: row[2] == "true"})
			}
			a, err := Split(hs, p)
			if err != nil {
				t.Fatal(err)
			}
			var shares strings.Builder
			shares.WriteString("user_id,effective_balance,reward,standing\n")
			for s := range a.Shares() {
				fmt.Fprintf(&shares, "%s,%s,%s,%s\n", s.User, tok.Format(Amount(&s.Effective)), tok.Format(Amount(&s.Reward)), s.Standing)
			}
			totals := fmt.Sprintf("fee: %s\nnet: %s\ndistributable: %s\ntreasury: %s\nbase: %s\nsum_avg: %s\nsum_effective: %s\n"+
				"users: %d\neligible_users: %d\neffective_users: %d\napr_bps: %s\n",
				tok.Format(a.Fee), tok.Format(a.Net), tok.Format(a.Distributable), tok.Format(a.Treasury), tok.Format(a.Base),
				tok.Format(a.SumAvg), tok.Format(a.SumEffective), a.Users, a.EligibleUsers, a.EffectiveUsers, a.APRBps().FloatString(2))
			if got, want := shares.String(), g.sections["shares"]; got != want {
				t.Errorf("shares:\n%s\nwant:\n%s", got, want)
			}
			if got, want := totals, g.sections["totals"]; got != want {
				t.Errorf("totals:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestAverageGolden runs each testdata/average/*.txt: opening balances, changes and
// activation records in, the averages section out.
func TestAverageGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/average/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	at := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		v, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			g := readGolden(t, path)
			tok := g.token(t)
			day, err := ParseDay(g.settings["day"])
			if err != nil {
				t.Fatal(err)
			}
			_, withActivations := g.sections["activations"]
			av := NewAverager(day, AverageOptions{EveryoneEligible: !withActivations})
			var opens []Opening
			for _, row := range g.csv(t, "opening") {
				opens = append(opens, Opening{User: row[0], Balance: g.units(t, tok, row[1])})
			}
			var changes []BalanceChange
			for _, row := range g.csv(t, "events") {
				changes = append(changes, BalanceChange{User: row[0], At: at(row[1]), Balance: g.units(t, tok, row[2])})
			}
			var records []Activation
			if withActivations {
				for _, row := range g.csv(t, "activations") {
					records = append(records, Activation{User: row[0], Activated: at(row[1]), Deactivated: at(row[2])})
				}
			}
			for _, err := range []error{av.Open(opens), av.Change(changes), av.Activate(records)} {
				if err != nil {
					t.Fatal(err)
				}
			}
			var got strings.Builder
			got.WriteString("user_id,avg_balance,eligible\n")
			for _, h := range av.Finish() {
				fmt.Fprintf(&got, "%s,%s,%t\n", h.User, tok.Format(Amount(&h.Avg)), h.Eligible)
			}
			if want := g.sections["averages"]; got.String() != want {
				t.Errorf("averages:\n%s\nwant:\n%s", got.String(), want)
			}
		})
	}
}
