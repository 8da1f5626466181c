package main

import (
	"crypto/ed25519"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/softstake/staker/chains/cardano/cardanosim"
	"github.com/softstake/staker/signer"
)

// TestValidatorsCardano lists the stake pools of a simulated Cardano network through the
// Blockfrost API, with the allowlisted one marked.
func TestValidatorsCardano(t *testing.T) {
	sim := cardanosim.New(cardanosim.Config{})
	sim.Start()
	t.Cleanup(sim.Close)
	var alphaID, betaID cardanosim.Hash28
	alphaID[0], betaID[0] = 1, 2
	alpha := sim.AddPool(cardanosim.Pool{ID: alphaID, Ticker: "ALPHA", Name: "Alpha", MarginPPM: 20_000, FixedCost: 170_000_000, Pledge: 1e12, RatePPM: 600})
	beta := sim.AddPool(cardanosim.Pool{ID: betaID, Ticker: "BETA", Name: "Beta", MarginPPM: 50_000, FixedCost: 340_000_000, Pledge: 1e11, RatePPM: 500})
	sim.AdvanceEpoch()
	pub, _, _ := ed25519.GenerateKey(nil)
	owner, err := signer.CardanoBaseAddress("preprod", pub, pub)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "staker.yaml")
	yaml := fmt.Sprintf(`version: 1
store:
  dsn: sqlite:books.db
signer:
  passphrase: env:UNUSED
tokens:
  ADA:
    chain: cardano
    network: localnet
    endpoints: [{url: %q}]
    custody: [{address: %q}]
    validators: [{id: %q}]
`, sim.URL(), owner, alpha)
	if err := os.WriteFile(cfgPath, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	got := runStaker(t, "validators", "--token", "ADA", "--config", cfgPath)
	if got.code != 0 {
		t.Fatalf("validators = %d: %s", got.code, got.stderr)
	}
	lines := strings.Split(got.stdout, "\n")
	var alphaLine, betaLine string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, alpha):
			alphaLine = l
		case strings.HasPrefix(l, beta):
			betaLine = l
		}
	}
	if !strings.Contains(alphaLine, "yes") || !strings.Contains(betaLine, "no") || !strings.Contains(alphaLine, "2.00%") {
		t.Fatalf("validators output:\n%s", got.stdout)
	}
}
