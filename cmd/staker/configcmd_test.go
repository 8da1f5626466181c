package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestConfigCheck(t *testing.T) {
	example, err := os.ReadFile("../../examples/staker.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	firstFee := regexp.MustCompile(`(?m)^(\s*fee_bps:) \d+`)
	loc := firstFee.FindStringIndex(string(example))
	if loc == nil {
		t.Fatal("the example sets no fee_bps")
	}
	feeLine := strings.Count(string(example[:loc[0]]), "\n") + 1
	badFee := string(example[:loc[0]]) + firstFee.ReplaceAllString(string(example[loc[0]:loc[1]]), "$1 10001") + string(example[loc[1]:])
	exampleLines := strings.Count(string(example), "\n")

	tests := []struct {
		name     string
		give     string
		wantCode int
		wantOut  string
		wantErr  []string
	}{
		{name: "example", give: "../../examples/staker.yaml", wantOut: "OK (version 1; tokens: SOL, ADA, POL, BNB, TON, NEAR, SUI, ALGO, AXS, S"},
		{name: "unknown key", give: write("unknown.yaml", string(example)+"surprise: true\n"), wantCode: 2,
			wantErr: []string{"1 problem:", "unknown.yaml:" + itoa(exampleLines+1) + `: surprise: unknown key "surprise"`}},
		{name: "fee out of range", give: write("fee.yaml", badFee), wantCode: 2,
			wantErr: []string{"fee.yaml:" + itoa(feeLine) + ": tokens.", ".fee_bps: 10001 is out of range 0..10000"}},
		{name: "both", give: write("both.yaml", badFee+"surprise: true\n"), wantCode: 2, wantErr: []string{"2 problems:", "fee_bps", "surprise"}},
		{name: "missing file", give: filepath.Join(dir, "absent.yaml"), wantCode: 2, wantErr: []string{"no configuration file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runStaker(t, "config", "check", tt.give)
			ok := got.code == tt.wantCode && strings.Contains(got.stdout, tt.wantOut)
			for _, w := range tt.wantErr {
				ok = ok && strings.Contains(got.stderr, w)
			}
			if !ok {
				t.Fatalf("config check %s = %d\nstdout: %s\nstderr: %s\nwant %d, %q, %q", tt.give, got.code, got.stdout, got.stderr, tt.wantCode, tt.wantOut, tt.wantErr)
			}
		})
	}
}

func TestStoreFromConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "staker.yaml")
	content := `version: 1
store:
  dsn: sqlite:books/ledger.db
signer:
  passphrase: env:STAKER_TEST_PASSPHRASE
tokens:
  SOL:
    chain: solana
    network: devnet
    endpoints: [{url: "http://127.0.0.1:8899"}]
    custody: [{key: sol-1}]
    signing: {per_tx_limit: "100", daily_limit: "1000"}
    validators: [{id: 5p8qKVyKthA9DUb1rwQDzjcmTkaZdwN97J3LiaEywUjd}]
`
	if err := os.WriteFile(cfg, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	got := runStaker(t, "ledger", "balances", "--config", cfg)
	if got.code != 0 {
		t.Fatalf("ledger balances --config = %d: %s", got.code, got.stderr)
	}
	// The relative store path is resolved against the config file's directory.
	if _, err := os.Stat(filepath.Join(dir, "books", "ledger.db")); err != nil {
		t.Fatalf("store not created beside the config: %v", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
