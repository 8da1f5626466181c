package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// stakerResult is what one in-process run of the CLI produced.
type stakerResult struct {
	code           int
	stdout, stderr string
}

// runStaker runs the CLI in process with args, as the binary would.
func runStaker(t *testing.T, args ...string) stakerResult {
	t.Helper()
	return runStakerInput(t, "", args...)
}

// runStakerInput is runStaker with stdin.
func runStakerInput(t *testing.T, stdin string, args ...string) stakerResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return stakerResult{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name     string
		give     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{name: "version", give: []string{"version"}, wantCode: 0, wantOut: "staker "},
		{name: "no command prints help", give: nil, wantCode: 0, wantOut: "Usage:"},
		{name: "unknown command", give: []string{"frobnicate"}, wantCode: 2, wantErr: `unknown command "frobnicate"`},
		{name: "unknown flag", give: []string{"version", "--bogus"}, wantCode: 2, wantErr: "unknown flag: --bogus"},
		{name: "extra argument", give: []string{"version", "x"}, wantCode: 2, wantErr: "takes 0 argument(s), got 1"},
		{name: "bad store dsn", give: []string{"ledger", "balances", "--store", "mysql://x"}, wantCode: 1, wantErr: "bad store DSN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runStaker(t, tt.give...)
			if got.code != tt.wantCode || !strings.Contains(got.stdout, tt.wantOut) || !strings.Contains(got.stderr, tt.wantErr) {
				t.Fatalf("staker %v = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q",
					tt.give, got.code, got.stdout, got.stderr, tt.wantCode, tt.wantOut, tt.wantErr)
			}
		})
	}
}

func TestLedgerCommands(t *testing.T) {
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "books.db")
	post := func(key string, extra ...string) []string {
		return append([]string{"ledger", "post", "--store", dsn, "--token", "SOL", "--key", key, "--reason", "missed deposit"}, extra...)
	}
	tests := []struct {
		name     string
		give     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{name: "empty books", give: []string{"ledger", "balances", "--store", dsn}, wantOut: "no balances"},
		{name: "post", give: post("fix-1", "--debit", "custody:hot=2.5", "--credit", "external:chain=2.5"), wantOut: "posted transaction 1"},
		{name: "repost is a no-op", give: post("fix-1", "--credit", "external:chain=2.5", "--debit", "custody:hot=2.5"), wantOut: "already posted as transaction 1"},
		{name: "reused key", give: post("fix-1", "--debit", "custody:hot=3", "--credit", "external:chain=3"), wantCode: 2, wantErr: `idempotency key "fix-1" is transaction 1`},
		{name: "multi-leg", give: post("fix-2", "--debit", "custody:delegated/Vote1=1", "--credit", "custody:hot=0.75", "--credit", "rewards:reserve=0.25"), wantOut: "posted transaction 2"},
		{name: "unbalanced", give: post("fix-3", "--debit", "custody:hot=1", "--credit", "external:chain=0.5"), wantCode: 2, wantErr: "unbalanced"},
		{name: "overdraft", give: post("fix-4", "--debit", "treasury:fee=5", "--credit", "custody:hot=5"), wantCode: 1, wantErr: "insufficient"},
		{name: "missing flags", give: []string{"ledger", "post", "--store", dsn, "--token", "SOL"}, wantCode: 2, wantErr: "missing --key, --reason, --debit, --credit"},
		{name: "bad account", give: post("fix-5", "--debit", "custody:cold=1", "--credit", "custody:hot=1"), wantCode: 2, wantErr: `--debit "custody:cold=1": account "custody:cold": not in the chart`},
		{name: "bad amount", give: post("fix-5", "--debit", "custody:hot=1e3", "--credit", "external:chain=1000"), wantCode: 2, wantErr: "not a plain decimal number"},
		{name: "too precise", give: post("fix-5", "--debit", "custody:hot=0.0000000001", "--credit", "external:chain=1"), wantCode: 2, wantErr: "too many decimals (SOL has 9)"},
		{name: "no equals", give: post("fix-5", "--debit", "custody:hot", "--credit", "external:chain=1"), wantCode: 2, wantErr: "want ACCOUNT=AMOUNT"},
		{name: "zero", give: post("fix-5", "--debit", "custody:hot=0", "--credit", "external:chain=0"), wantCode: 2, wantErr: "above zero"},
		{name: "unknown token", give: []string{"ledger", "balances", "--store", dsn, "--token", "DOGE"}, wantCode: 2, wantErr: "unknown token"},
		{name: "balances", give: []string{"ledger", "balances", "--store", dsn, "--token", "sol"}, wantOut: "custody:delegated/Vote1   debit        1"},
		{name: "balances json", give: []string{"ledger", "balances", "--store", dsn, "--json"}, wantOut: `"base_units": "1750000000"`},
		{name: "check", give: []string{"ledger", "check", "--store", dsn}, wantOut: "ok  books-balance"},
		{name: "accounts", give: []string{"ledger", "accounts"}, wantOut: "custody:delegated/<sub>"},
	}
	for _, tt := range tests { // in order: each row sees the books the rows above left
		got := runStaker(t, tt.give...)
		if got.code != tt.wantCode || !strings.Contains(got.stdout, tt.wantOut) || !strings.Contains(got.stderr, tt.wantErr) {
			t.Fatalf("%s: staker %v = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q",
				tt.name, tt.give, got.code, got.stdout, got.stderr, tt.wantCode, tt.wantOut, tt.wantErr)
		}
	}
}
