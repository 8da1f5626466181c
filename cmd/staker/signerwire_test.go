package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
)

func TestSignerPolicyFromExample(t *testing.T) {
	cfg, err := loadConfig("../../examples/staker.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := signerPolicy(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rules) != len(cfg.Symbols()) || p.AllowlistDelay != cfg.Signer.AllowlistDelay {
		t.Fatalf("%d rules for %d tokens, delay %s", len(p.Rules), len(cfg.Symbols()), p.AllowlistDelay)
	}
	tok, _ := cfg.Token("BNB")
	var rule *signer.Rule
	for i := range p.Rules {
		if p.Rules[i].Chain == "bsc" {
			rule = &p.Rules[i]
		}
	}
	if rule == nil || rule.ChainID != "97" || !rule.Limits[0].PerTx.Equal(tok.Chain.Signing.PerTxLimit) ||
		len(rule.Allow) != len(tok.Chain.Signing.Allow) || len(rule.Actions) == 0 {
		t.Fatalf("bsc rule %+v", rule)
	}
	if tok.Chain.ApprovalAbove.IsZero() != (rule.Approval == nil) {
		t.Fatalf("approval rule %+v for approval_above %s", rule.Approval, tok.Chain.ApprovalAbove)
	}
}

// TestSigningActionsAgree: the configuration accepts exactly the actions the signer knows.
func TestSigningActionsAgree(t *testing.T) {
	var known []string
	for _, a := range signer.Actions() {
		known = append(known, string(a))
	}
	if got := config.SigningActions(); strings.Join(got, ",") != strings.Join(known, ",") {
		t.Fatalf("config actions %v, signer actions %v", got, known)
	}
}

// TestSignerServeEndToEnd: a configuration's policy, served on a Unix socket, signs a
// delegation that the BSC adapter builds against a real EVM, refuses one over the limit,
// and leaves an audit log that verifies against the signing history.
func TestSignerServeEndToEnd(t *testing.T) {
	useCheapKeystore(t)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// A BSC chain with one validator, and a custody key the keystore holds.
	hub := mock.NewMockStakeHub()
	chain := evmtest.New(t, 56, types.GenesisAlloc{bsc.StakeHubAddress: {Code: evmtest.RuntimeCode(t, mock.MockStakeHubMetaData.Bin)}})
	validator := evmtest.Addr(evmtest.NewKey(t))
	chain.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), hub.PackTestAddValidator(validator, "alpha", 1000))
	custodyKey := evmtest.NewKey(t)
	ks, err := signer.OpenKeystore(filepath.Join(dir, "keys"), keystoreOptions)
	if err != nil {
		t.Fatal(err)
	}
	info, err := ks.Import("bnb-hot", signer.Secp256k1, crypto.FromECDSA(custodyKey), []byte("pass phrase"))
	if err != nil {
		t.Fatal(err)
	}
	owner, err := signer.Address("bsc", "mainnet", signer.Secp256k1, info.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	chain.Fund(t, evmtest.Addr(custodyKey), evmtest.Eth(50))
	t.Setenv("STAKER_TEST_SIGNER_PASS", "pass phrase")

	cfgPath := filepath.Join(dir, "staker.yaml")
	sock := filepath.Join(dir, "signer.sock")
	yaml := fmt.Sprintf(`version: 1
store:
  dsn: sqlite:books.db
signer:
  mode: in-process
  keystore: keys
  passphrase: env:STAKER_TEST_SIGNER_PASS
  audit_log: audit.log
  socket: %s
tokens:
  BNB:
    chain: bsc
    network: mainnet
    endpoints: [{url: %q}]
    custody: [{key: bnb-hot, address: %q}]
    validators: [{id: %q}]
    signing:
      actions: [delegate, undelegate]
      per_tx_limit: "10"
      daily_limit: "20"
`, sock, chain.URL, owner, validator.Hex())
	if err := os.WriteFile(cfgPath, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := loadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	served, err := openSigner(ctx, cfg, keystoreOptions, time.Hour, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer served.Close()
	l, err := signer.ListenUnix(sock)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- signer.Serve(ctx, l, served.svc) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()

	// The daemon's side: an adapter with its own store handle, and the remote signer.
	st, err := store.Open(ctx, cfg.Store.DSN, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tok, _ := cfg.Token("BNB")
	cc, err := adapterConfig(tok)
	if err != nil {
		t.Fatal(err)
	}
	adapter, err := chains.New(ctx, cc, chains.Options{Sequences: st, Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	client := signer.NewClient(sock)
	bnb, _ := money.Lookup("BNB")
	delegate := func(amount string) (chains.Unsigned, signer.Signature, error) {
		a, _ := bnb.Parse(amount)
		u, err := adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: validator.Hex(), Amount: a, Key: "delegate-" + amount})
		if err != nil {
			t.Fatalf("build: %v", err)
		}
		sig, err := client.Sign(ctx, signer.Request{KeyID: "bnb-hot", Chain: "bsc", Payload: u.Payload, Intent: u.Intent})
		return u, sig, err
	}
	u, sig, err := delegate("2")
	if err != nil {
		t.Fatalf("sign a 2 BNB delegation: %v", err)
	}
	signed, err := adapter.Attach(u, sig)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := adapter.Broadcast(ctx, signed)
	if err != nil {
		t.Fatal(err)
	}
	chain.Commit()
	status, err := adapter.Status(ctx, ref)
	if err != nil || (status.State != chains.StateConfirmed && status.State != chains.StateFinalized) {
		t.Fatalf("delegation status %+v, %v", status, err)
	}
	// Over the per-transaction limit: refused, typed, across the socket.
	var limit *signer.LimitError
	if _, _, err := delegate("11"); !errors.As(err, &limit) {
		t.Fatalf("11 BNB delegation: %v, want a limit refusal", err)
	}
	if got := chain.Balance(t, evmtest.Addr(custodyKey)); got.Cmp(new(big.Int).Sub(evmtest.Eth(48), evmtest.Eth(1))) < 0 {
		t.Fatalf("custody balance %s after a 2 BNB delegation", got)
	}
	got := runStaker(t, "signer", "audit", "verify", filepath.Join(dir, "audit.log"), "--config", cfgPath)
	if got.code != 0 || !strings.Contains(got.stdout, "all 1 signatures of the signing history are recorded") {
		t.Fatalf("audit verify = %d %s %s", got.code, got.stdout, got.stderr)
	}
}
