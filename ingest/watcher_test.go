package ingest_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/ingest"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

func drop(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func exists(path string) bool { _, err := os.Stat(path); return err == nil }

const balancesCSV = "\xef\xbb\xbfuser_id,time,balance\r\n" +
	"alice,2025-03-01T06:00:00Z,60\r\n" +
	"\r\n" +
	"\"bob,the second\",2025-03-01T12:00:00.5Z,0.000000001\r\n"

func TestWatcherStoresFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	var logs bytes.Buffer
	w := &ingest.Watcher{Dir: dir, Recorder: s, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	drop(t, dir, "balances-SOL-20250301.csv", balancesCSV)
	drop(t, dir, "b.csv", "token,event_id,balance,user_id,time\nNEAR,n-1,1.5,carol,2025-03-01T01:00:00Z\n")
	drop(t, dir, "c.csv", "user_id,activated_at,deactivated_at\nalice,2025-02-01T00:00:00Z,\ncarol,2025-02-01T00:00:00Z,2025-03-01T10:00:00Z\n")
	drop(t, dir, "notes.txt", "not a drop")
	drop(t, dir, ".balances-SOL-x.csv", "being written")
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"balances-SOL-20250301.csv", "b.csv", "c.csv"} {
		if !exists(filepath.Join(dir, "done", name)) || exists(filepath.Join(dir, name)) {
			t.Errorf("%s not moved to done/", name)
		}
	}
	for _, name := range []string{"notes.txt", ".balances-SOL-x.csv"} {
		if !exists(filepath.Join(dir, name)) {
			t.Errorf("%s was touched", name)
		}
	}
	sol := storetest.Changes(t, s, "SOL", feedDay)
	// Derived ids: 16 hex digits of the file's hash and the line (blank lines count).
	if !strings.Contains(sol, ":2:alice@06:00:00.000000000=60000000000 ") || !strings.Contains(sol, ":4:bob,the second@12:00:00.500000000=1") {
		t.Fatalf("SOL events %s", sol)
	}
	if got := storetest.Changes(t, s, "NEAR", feedDay); got != "n-1:carol@01:00:00.000000000=1500000000000000000000000" {
		t.Fatalf("NEAR events %s", got)
	}
	if got := storetest.Activations(t, s, feedDay.AddDate(0, 0, 1)); !strings.Contains(got, ":2:on:alice@-672h0m0s=on ") || !strings.Contains(got, ":3:off:carol@10h0m0s=off") {
		t.Fatalf("activations %s", got)
	}
	// The same bytes again, under another name: all duplicates.
	drop(t, dir, "balances-SOL-again.csv", balancesCSV)
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if got := storetest.Changes(t, s, "SOL", feedDay); got != sol {
		t.Fatalf("re-dropped file changed the events: %s", got)
	}
	if !strings.Contains(logs.String(), "file=balances-SOL-again.csv kind=balances accepted=0 duplicates=2") {
		t.Fatalf("log: %s", logs.String())
	}
}

func TestWatcherRefusesFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	if _, err := s.RecordBalances(ctx, []store.BalanceEvent{storetest.Bal("taken", "SOL", "alice", feedDay, 1)}); err != nil {
		t.Fatal(err)
	}
	if err := s.CloseBalanceDay(ctx, "ADA", feedDay); err != nil {
		t.Fatal(err)
	}
	w := &ingest.Watcher{Dir: dir, Recorder: s, MaxBytes: 1000}
	good := "alice,2025-03-02T06:00:00Z,60\n"
	tests := []struct {
		name, content, wantError string
	}{
		{"balances-SOL-bad-amount.csv", "user_id,time,balance\n" + good + "bob,2025-03-02T06:00:00Z,1.0000000001\n",
			"balances-SOL-bad-amount.csv:3: balance: "},
		{"balances-SOL-bad-time.csv", "user_id,time,balance\n" + good + "bob,2025-03-02 06:00,1\n",
			`balances-SOL-bad-time.csv:3: time: "2025-03-02 06:00" is not an RFC 3339 time`},
		{"balances-SOL-empty-user.csv", "user_id,time,balance\n" + good + ",2025-03-02T06:00:00Z,1\n",
			"balances-SOL-empty-user.csv:3: user_id: empty"},
		{"balances-SOL-unknown-col.csv", "user_id,time,balance,amount\n", "balances-SOL-unknown-col.csv:1: amount: unknown column"},
		{"balances-SOL-missing-col.csv", "user_id,balance\n", "balances-SOL-missing-col.csv:1: time: missing column"},
		{"balances-SOL-twice.csv", "user_id,time,balance,time\n", "balances-SOL-twice.csv:1: time: column appears twice"},
		{"balances-DOGE-1.csv", "user_id,time,balance\n" + good, `balances-DOGE-1.csv: file name: unknown token "DOGE"`},
		{"balances.csv", "user_id,time,balance\n" + good, "balances.csv:1: token: no token column"},
		{"x.csv", "token,user_id,time,balance\n" + "SOL," + good + "DOGE," + good, `x.csv:3: token: unknown token "DOGE"`},
		{"balances-SOL-fields.csv", "user_id,time,balance\n" + good + "bob,1\n", "balances-SOL-fields.csv:3: wrong number of fields"},
		{"balances-SOL-quote.csv", "user_id,time,balance\n" + `"bob"x,2025-03-02T06:00:00Z,1` + "\n", "balances-SOL-quote.csv:2: "},
		{"balances-SOL-empty.csv", "", "balances-SOL-empty.csv:1: no header line"},
		{"y.csv", "user_id,time\n", "y.csv:1: cannot tell balances from activations"},
		{"balances-SOL-empty-id.csv", "event_id,user_id,time,balance\n,bob,2025-03-02T06:00:00Z,1\n", "balances-SOL-empty-id.csv:2: event_id: empty"},
		{"balances-SOL-conflict.csv", "event_id,user_id,time,balance\nfresh," + good + "taken,alice,2025-03-01T00:00:00Z,2\n",
			`balances-SOL-conflict.csv:3: event_id: "taken" is already stored with different content`},
		{"balances-ADA-closed.csv", "user_id,time,balance\nbob,2025-03-02T00:00:00Z,1\nbob,2025-03-01T23:00:00Z,1\n",
			"balances-ADA-closed.csv:3: time: ADA day 2025-03-01 is already closed"},
		{"activations-closed.csv", "user_id,activated_at,deactivated_at\nbob,2025-02-01T00:00:00Z,2025-03-03T00:00:00Z\n",
			"activations-closed.csv:2: activated_at: ADA day 2025-02-01 is already closed"},
		{"activations-order.csv", "user_id,activated_at,deactivated_at\nbob,2025-03-05T00:00:00Z,2025-03-04T00:00:00Z\n",
			"activations-order.csv:2: deactivated_at: 2025-03-04T00:00:00Z is before activated_at"},
		{"activations-unknown.csv", "user_id,activated_at,balance\n", "activations-unknown.csv:1: balance: unknown column"},
		{"balances-SOL-big.csv", "user_id,time,balance\n" + strings.Repeat(good, 40), "balances-SOL-big.csv: larger than 1000 bytes"},
	}
	for _, tt := range tests {
		drop(t, dir, tt.name, tt.content)
	}
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		msg, err := os.ReadFile(filepath.Join(dir, "failed", tt.name+".error"))
		if err != nil || !exists(filepath.Join(dir, "failed", tt.name)) || exists(filepath.Join(dir, tt.name)) {
			t.Errorf("%s: not moved to failed/ with its .error: %v", tt.name, err)
			continue
		}
		if !strings.HasPrefix(string(msg), tt.wantError) {
			t.Errorf("%s: .error says %q, want it to start with %q", tt.name, msg, tt.wantError)
		}
	}
	if got := storetest.Changes(t, s, "SOL", feedDay.AddDate(0, 0, 1)); got != "" {
		t.Fatalf("refused files stored %s", got)
	}
	if got := storetest.Activations(t, s, feedDay.AddDate(0, 0, 10)); got != "" {
		t.Fatalf("refused files stored activations %s", got)
	}
}

func TestWatcherStoreDown(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := store.Open(ctx, storetest.SQLiteDSN(t), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	w := &ingest.Watcher{Dir: dir, Recorder: s}
	drop(t, dir, "balances-SOL-1.csv", balancesCSV)
	drop(t, dir, "balances-SOL-2.csv", balancesCSV)
	if err := w.Poll(ctx); err == nil || !strings.Contains(err.Error(), "balances-SOL-1.csv") {
		t.Fatalf("poll with the store down: %v", err)
	}
	for _, name := range []string{"balances-SOL-1.csv", "balances-SOL-2.csv"} {
		if !exists(filepath.Join(dir, name)) {
			t.Fatalf("%s moved while the store was down", name)
		}
	}
}

func TestWatcherRun(t *testing.T) {
	dir := t.TempDir()
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	w := &ingest.Watcher{Dir: dir, Recorder: s, Interval: 10 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	drop(t, dir, ".tmp", balancesCSV)
	if err := os.Rename(filepath.Join(dir, ".tmp"), filepath.Join(dir, "balances-SOL-late.csv")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !exists(filepath.Join(dir, "done", "balances-SOL-late.csv")) {
		if time.Now().After(deadline) {
			t.Fatal("a file dropped while running was not processed")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run after cancel = %v", err)
	}
	if got := storetest.Changes(t, s, "SOL", feedDay); strings.Count(got, "=") != 2 {
		t.Fatalf("stored %s", got)
	}
}
