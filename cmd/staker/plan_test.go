package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// TestPlanCommand plans a funded BNB pool against a real EVM: the buffer keeps its target
// and the excess is delegated by weight; a jailed validator gets nothing.
func TestPlanCommand(t *testing.T) {
	dir := t.TempDir()
	hub := mock.NewMockStakeHub()
	chain := evmtest.New(t, 56, types.GenesisAlloc{bsc.StakeHubAddress: {Code: evmtest.RuntimeCode(t, mock.MockStakeHubMetaData.Bin)}})
	heavy, light, jailed := evmtest.Addr(evmtest.NewKey(t)), evmtest.Addr(evmtest.NewKey(t)), evmtest.Addr(evmtest.NewKey(t))
	for name, addr := range map[string]common.Address{"heavy": heavy, "light": light, "jailed": jailed} {
		chain.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), hub.PackTestAddValidator(addr, name, 500))
	}
	chain.Send(t, nil, bsc.StakeHubAddress, nil, hub.PackTestJail(jailed, big.NewInt(time.Now().Add(48*time.Hour).Unix())))
	ownerAddr := evmtest.Addr(evmtest.NewKey(t))
	owner := ownerAddr.Hex()
	chain.Send(t, nil, ownerAddr, evmtest.Eth(100), nil) // the hot wallet holds what the books say
	cfgPath := filepath.Join(dir, "staker.yaml")
	yaml := fmt.Sprintf(`version: 1
store:
  dsn: sqlite:books.db
signer:
  passphrase: env:UNUSED
tokens:
  BNB:
    chain: bsc
    network: mainnet
    endpoints: [{url: %q}]
    custody: [{address: %q}]
    validators:
      - {id: %q, weight: 3}
      - {id: %q, weight: 1}
      - {id: %q, weight: 1}
    buffer: {pct_bps: 500}
`, chain.URL, owner, heavy.Hex(), light.Hex(), jailed.Hex())
	if err := os.WriteFile(cfgPath, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	// 100 BNB of principal in the hot wallet, per the books.
	st, err := store.Open(context.Background(), "sqlite:"+filepath.Join(dir, "books.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	bnb, _ := money.Lookup("BNB")
	hundred, _ := bnb.Parse("100")
	if _, _, err := st.Post(context.Background(), ledger.Transaction{Token: "BNB", Key: "fund", Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{{Account: ledger.CustodyHot, Amount: hundred}, {Account: ledger.ExternalChain, Amount: hundred.Neg()}}}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	got := runStaker(t, "plan", "--token", "bnb", "--config", cfgPath)
	if got.code != 0 {
		t.Fatalf("plan = %d: %s", got.code, got.stderr)
	}
	// Target 5 BNB (5 % of 100); 95 BNB delegated 3:1 over the two active validators.
	for _, want := range []string{
		"liquid: 100 (on chain 100)\nbuffer: target 5 ",
		"delegate   71.25 BNB " + heavy.Hex(),
		"delegate   23.75 BNB " + light.Hex(),
		"validator " + jailed.Hex() + " is jailed",
		"liquidity ladder:\n  nothing unbonding",
		"the liquid balance and every validator's stake match the books",
	} {
		if !strings.Contains(got.stdout, want) {
			t.Errorf("plan output lacks %q:\n%s", want, got.stdout)
		}
	}
	if strings.Contains(got.stdout, "BNB "+jailed.Hex()) {
		t.Errorf("the jailed validator is given stake:\n%s", got.stdout)
	}
	// Books that say 1 BNB is delegated where the chain has nothing: flagged.
	st, err = store.Open(context.Background(), "sqlite:"+filepath.Join(dir, "books.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	one, _ := bnb.Parse("1")
	onHeavy, _ := ledger.Delegated(heavy.Hex())
	if _, _, err := st.Post(context.Background(), ledger.Transaction{Token: "BNB", Key: "phantom", Reason: ledger.ReasonDelegate,
		Postings: []ledger.Posting{{Account: onHeavy, Amount: one}, {Account: ledger.CustodyHot, Amount: one.Neg()}}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	got = runStaker(t, "plan", "--token", "BNB", "--config", cfgPath)
	for _, want := range []string{
		"custody:delegated/" + heavy.Hex() + ": books 1, chain 0 BNB (UNEXPLAINED",
		"custody:hot: books 99, chain 100 BNB (UNEXPLAINED",
		"liquid: 99 (on chain 100)",
	} {
		if got.code != 0 || !strings.Contains(got.stdout, want) {
			t.Errorf("plan output lacks %q:\n%s", want, got.stdout)
		}
	}
	tests := []struct {
		name string
		give []string
		want string
	}{
		{"no token", []string{"plan", "--config", cfgPath}, "missing --token"},
		{"unknown token", []string{"plan", "--token", "DOGE", "--config", cfgPath}, "unknown token"},
		{"token not enabled", []string{"plan", "--token", "SOL", "--config", cfgPath}, "not enabled"},
	}
	for _, tt := range tests {
		if got := runStaker(t, tt.give...); got.code != 2 || !strings.Contains(got.stderr, tt.want) {
			t.Errorf("%s: plan = %d %s", tt.name, got.code, got.stderr)
		}
	}
}
