package main

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
)

const validatorsConfig = `version: 1
signer:
  passphrase: env:STAKER_TEST_PASSPHRASE
tokens:
  BNB:
    chain: bsc
    network: %s
    endpoints:
      - url: %s
    custody:
      - address: "%s"           # watched: listing needs no key
    validators:
      - id: "%s"
`

func TestValidatorsCommand(t *testing.T) {
	owner := evmtest.NewKey(t)
	c := evmtest.New(t, 56, types.GenesisAlloc{
		bsc.StakeHubAddress: {Code: evmtest.RuntimeCode(t, mock.MockStakeHubMetaData.Bin)},
		evmtest.Addr(owner): {Balance: evmtest.Eth(100)},
	})
	hub := mock.NewMockStakeHub()
	alpha, beta := evmtest.Addr(evmtest.NewKey(t)), evmtest.Addr(evmtest.NewKey(t))
	c.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), hub.PackTestAddValidator(alpha, "alpha", 1000))
	c.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(50), hub.PackTestAddValidator(beta, "beta", 725))
	c.Send(t, nil, bsc.StakeHubAddress, nil, hub.PackTestJail(beta, big.NewInt(time.Now().Add(time.Hour).Unix())))
	c.Send(t, owner, bsc.StakeHubAddress, evmtest.Eth(12), hub.PackDelegate(alpha, false))

	dir := t.TempDir()
	write := func(name, network string) string {
		p := filepath.Join(dir, name)
		body := fmt.Sprintf(validatorsConfig, network, c.URL, evmtest.Addr(owner).Hex(), alpha.Hex())
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good, wrongChain := write("good.yaml", "mainnet"), write("wrong.yaml", "testnet")

	got := runStaker(t, "validators", "--token", "bnb", "--config", good)
	if got.code != 0 {
		t.Fatalf("exit %d: %s", got.code, got.stderr)
	}
	lines := strings.Split(strings.TrimSpace(got.stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("want a header and 2 validators:\n%s", got.stdout)
	}
	wantAlpha := []string{alpha.Hex(), "alpha", "active", "10.00%", "112", "12", "yes"}
	wantBeta := []string{beta.Hex(), "beta", "jailed", "7.25%", "50", "0", "no"}
	for i, want := range [][]string{wantAlpha, wantBeta} {
		if f := strings.Fields(lines[i+1]); strings.Join(f, " ") != strings.Join(want, " ") {
			t.Errorf("line %d: %q, want %q", i+1, f, want)
		}
	}

	tests := []struct {
		name     string
		give     []string
		wantCode int
		wantErr  string
	}{
		{"no token", []string{"validators", "--config", good}, 2, "--token is required"},
		{"unknown token", []string{"validators", "--token", "XYZ", "--config", good}, 2, "XYZ"},
		{"token not configured", []string{"validators", "--token", "SOL", "--config", good}, 2, "not enabled"},
		{"missing config", []string{"validators", "--token", "BNB", "--config", filepath.Join(dir, "none.yaml")}, 2, "no configuration file"},
		{"chain id mismatch", []string{"validators", "--token", "BNB", "--config", wrongChain}, 2, "chain id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runStaker(t, tt.give...)
			if got.code != tt.wantCode || !strings.Contains(got.stderr, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want %d with %q", got.code, got.stderr, tt.wantCode, tt.wantErr)
			}
		})
	}
}
