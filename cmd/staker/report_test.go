package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// reportStore makes a SQLite store holding SOL's day records for 2025-03-01 to 03-03 (the
// last one not booked yet), a deposit on 03-01 and a withdrawal on 03-02, and returns its
// DSN.
func reportStore(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "books.db")
	var now time.Time
	st, err := store.Open(ctx, dsn, store.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sol := func(s string) money.Amount {
		tok, _ := money.Lookup("SOL")
		a, err := tok.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	put := func(day string, phase daemon.Phase, rec daemon.DayRecord) {
		d, err := allocator.ParseDay(day)
		if err != nil {
			t.Fatal(err)
		}
		rec.Token, rec.Day = "SOL", day
		data, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.CreateIntent(ctx, daemon.DayID("SOL", d), "SOL", string(phase), data); err != nil {
			t.Fatal(err)
		}
	}
	// 10,000 SOL of custody, 9,000 delegated, earning 2 SOL a day (811.11 bp on delegated,
	// 730 bp on custody); 1 SOL a day split over 5,000 SOL of effective balances (730 bp).
	day := daemon.DayRecord{Harvested: sol("2"), Wanted: sol("2"), Reward: sol("2"), Delegated: sol("9000"), Hot: sol("1000"),
		SumAvg: sol("9000"), SumEffective: sol("5000"), Fee: sol("0.2"), Treasury: sol("0.8"), Distributable: sol("1"),
		ReserveBefore: sol("2"), BatchKey: "batch"}
	put("2025-03-01", daemon.PhaseDone, day)
	put("2025-03-02", daemon.PhasePublished, day)
	put("2025-03-03", daemon.PhaseRecognized, day)

	post := func(at, key string, reason ledger.Reason, hot int64) {
		var err error
		if now, err = time.Parse(time.RFC3339, at); err != nil {
			t.Fatal(err)
		}
		amount := money.NewAmount(hot * 1_000_000_000)
		tx := ledger.Transaction{Token: "SOL", Key: key, Reason: reason, Memo: key, Postings: []ledger.Posting{
			{Account: ledger.MustAccount("custody:hot"), Amount: amount},
			{Account: ledger.ExternalChain, Amount: amount.Neg()},
		}}
		if _, _, err := st.Post(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	post("2025-03-01T10:00:00Z", "deposit-1", ledger.ReasonFunding, 500)
	post("2025-03-02T10:00:00Z", "withdrawal-1", ledger.ReasonDefunding, -120)
	return dsn
}

func TestReportCommand(t *testing.T) {
	dsn := reportStore(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "report.html")
	got := runStaker(t, "report", "--store", dsn, "--from", "2025-03-01", "--to", "2025-03-03", "--out", out)
	if got.code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", got.code, got.stdout, got.stderr)
	}
	// Two booked days; the third is left out. Gross, net, distributed, advertised (the
	// trailing window ending 03-02), fee and orphan yield summed, reserve after 03-02, buffer
	// 10 %, coverage 10,000 / 9,000, two batches.
	row := regexpFields(t, got.stdout, "SOL")
	want := []string{"SOL", "2", "811.11", "730.00", "730.00", "730.00", "0.4", "1.6", "0", "10.00%", "111.11%", "2"}
	if strings.Join(row, " ") != strings.Join(want, " ") {
		t.Errorf("SOL row = %q, want %q\n%s", row, want, got.stdout)
	}
	if !strings.Contains(got.stdout, "wrote "+out) {
		t.Errorf("stdout does not say where the report went:\n%s", got.stdout)
	}
	html, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`id="apr-SOL"`, `id="buffer-SOL"`, `id="gap-SOL"`,
		"<td>2025-03-01</td>", "<td>-500</td>", "<td>120</td>", // net withdrawals: a deposit, then a withdrawal
		"SOL: 1 day(s) of the period are not booked yet",
		"the split terms are unknown",
	} {
		if !strings.Contains(string(html), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(string(html), "<td>2025-03-03</td>") {
		t.Error("the report shows a day that is not booked")
	}
}

func TestReportCommandWithConfig(t *testing.T) {
	dsn := reportStore(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "staker.yaml")
	if err := os.WriteFile(cfg, []byte(allocateConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "report.html")
	got := runStaker(t, "report", "--config", cfg, "--store", dsn, "--from", "2025-03-01", "--to", "2025-03-02", "--out", out)
	if got.code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", got.code, got.stdout, got.stderr)
	}
	html, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(html), "the split terms are unknown") {
		t.Error("the report says the terms are unknown although the configuration gives them")
	}
}

// regexpFields returns the whitespace-separated fields of the first line starting with
// prefix.
func regexpFields(t *testing.T, text, prefix string) []string {
	t.Helper()
	for _, l := range strings.Split(text, "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == prefix {
			return f
		}
	}
	t.Fatalf("no line starts with %q in:\n%s", prefix, text)
	return nil
}

func TestReportCommandRefuses(t *testing.T) {
	dsn := reportStore(t)
	out := filepath.Join(t.TempDir(), "report.html")
	base := []string{"report", "--store", dsn, "--out", out}
	tests := []struct {
		name     string
		give     []string
		wantCode int
		wantErr  string
	}{
		{"missing dates", nil, 2, "missing --from or --to"},
		{"bad from", []string{"--from", "2025-3-1", "--to", "2025-03-02"}, 2, `--from: not a day (want YYYY-MM-DD): "2025-3-1"`},
		{"bad to", []string{"--from", "2025-03-01", "--to", "tomorrow"}, 2, `--to: not a day (want YYYY-MM-DD): "tomorrow"`},
		{"empty range", []string{"--from", "2025-03-02", "--to", "2025-03-01"}, 2, "empty range: --to 2025-03-01 is before --from 2025-03-02"},
		{"no booked day", []string{"--from", "2025-04-01", "--to", "2025-04-30"}, 2, "no token has a booked day from 2025-04-01 to 2025-04-30"},
		{"unknown token", []string{"--from", "2025-03-01", "--to", "2025-03-02", "--token", "DOGE"}, 2, `unknown token "DOGE"`},
		{"missing out dir", []string{"--from", "2025-03-01", "--to", "2025-03-02", "--out", filepath.Join(t.TempDir(), "no", "r.html")}, 2, "--out:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runStaker(t, append(base, tt.give...)...)
			if got.code != tt.wantCode || !strings.Contains(got.stderr, tt.wantErr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", got.code, got.stderr, tt.wantCode, tt.wantErr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a refused run wrote the report")
			}
		})
	}
}
