package main

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/softstake/staker/chains/solana/solanasim"
)

const solanaValidatorsConfig = `version: 1
signer:
  passphrase: env:STAKER_TEST_PASSPHRASE
tokens:
  SOL:
    chain: solana
    network: localnet
    signing: {per_tx_limit: "100", daily_limit: "1000"}
    endpoints:
      - url: %s
    custody:
      - key: sol-1
        address: "%s"
    validators:
      - id: "%s"
`

func solKey(name string) solanasim.Pubkey {
	s := sha256.Sum256([]byte(name))
	return solanasim.Pubkey(ed25519.NewKeyFromSeed(s[:]).Public().(ed25519.PublicKey))
}

func TestValidatorsCommandSolana(t *testing.T) {
	sim := solanasim.New(solanasim.Config{})
	url, err := sim.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	alpha, beta, owner := solKey("alpha"), solKey("beta"), solKey("owner")
	sim.AddValidator(alpha, solKey("alpha node"), 8, 3_000_000_000)
	sim.AddValidator(beta, solKey("beta node"), 100, 1_000_000_000)
	sim.SetDelinquent(beta, true)
	sim.Fund(owner, 1_000_000_000)

	p := filepath.Join(t.TempDir(), "sol.yaml")
	if err := os.WriteFile(p, []byte(fmt.Sprintf(solanaValidatorsConfig, url, owner, alpha)), 0o600); err != nil {
		t.Fatal(err)
	}
	got := runStaker(t, "validators", "--token", "sol", "--config", p)
	if got.code != 0 {
		t.Fatalf("exit %d: %s", got.code, got.stderr)
	}
	lines := strings.Split(strings.TrimSpace(got.stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and 2 validators:\n%s", got.stdout)
	}
	want := [][]string{{alpha.String(), "active", "8.00%", "3", "0", "yes"}, {beta.String(), "inactive", "100.00%", "1", "0", "no"}}
	for i, w := range want {
		if f := strings.Fields(lines[i+1]); strings.Join(f, " ") != strings.Join(w, " ") {
			t.Errorf("line %d: %q, want %q", i+1, f, w)
		}
	}
}
