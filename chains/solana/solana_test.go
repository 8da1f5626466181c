package solana_test

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/chains/solana"
	"github.com/softstake/staker/chains/solana/solanasim"
	"github.com/softstake/staker/money"
)

// fastPolicy keeps retries short in tests.
var fastPolicy = chains.RPCPolicy{MaxAttempts: 3, WaitMin: time.Millisecond, WaitMax: 5 * time.Millisecond,
	MaxRetryAfter: 20 * time.Millisecond, AttemptTimeout: 5 * time.Second, CallTimeout: 15 * time.Second}

// key returns a deterministic ed25519 key for name.
func key(name string) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte("solana test key " + name))
	return ed25519.NewKeyFromSeed(seed[:])
}

func pub(k ed25519.PrivateKey) solanasim.Pubkey {
	var p solanasim.Pubkey
	copy(p[:], k.Public().(ed25519.PublicKey))
	return p
}

type env struct {
	sim                     *solanasim.Sim
	url                     string
	adapter                 chains.Adapter
	signer                  *chainstest.TestSigner
	fixture                 chainstest.Fixture
	owner                   solanasim.Pubkey
	good, other, delinquent solanasim.Pubkey
	token                   money.Token
}

func sol(t *testing.T, s string) money.Amount {
	t.Helper()
	tok, _ := money.Lookup("SOL")
	a, err := tok.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func setup(t *testing.T, cfg solanasim.Config) *env {
	t.Helper()
	if cfg.FinalityDepth == 0 {
		cfg.FinalityDepth = 2
	}
	sim := solanasim.New(cfg)
	url, err := sim.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	e := &env{sim: sim, url: url, signer: chainstest.NewTestSigner()}
	e.token, _ = money.Lookup("SOL")
	ownerKey := key("custody " + t.Name())
	e.owner = pub(ownerKey)
	e.signer.AddEd25519("custody", ownerKey)
	e.good, e.other, e.delinquent = pub(key("alpha")), pub(key("beta")), pub(key("gamma"))
	sim.AddValidator(e.good, pub(key("alpha node")), 10, 1_000_000_000_000)
	sim.AddValidator(e.other, pub(key("beta node")), 5, 2_000_000_000_000)
	sim.AddValidator(e.delinquent, pub(key("gamma node")), 0, 500_000_000_000)
	sim.SetDelinquent(e.delinquent, true)
	sim.Fund(e.owner, 100_000_000_000)
	e.adapter = e.newAdapter(t)
	e.fixture = chainstest.Fixture{
		Adapter: e.adapter, Signer: e.signer, KeyID: "custody", Owner: e.owner.String(),
		Validator: e.good.String(), BadValidator: e.delinquent.String(), Amount: sol(t, "10"),
		DelegateExtra: money.NewAmountUint64(solanasim.RentExempt(solanasim.StakeAccountSize)), // the stake account's reserve
		Settle:        func(t *testing.T) { sim.AdvanceSlots(1) },
		Accrue:        func(t *testing.T) { sim.AdvanceEpochs(2) },
		Mature:        func(t *testing.T) { sim.AdvanceEpochs(1) },
	}
	return e
}

func (e *env) newAdapter(t *testing.T) chains.Adapter {
	t.Helper()
	a, err := chains.New(context.Background(), chains.Config{Chain: solana.Chain, Token: e.token, Network: "localnet",
		Endpoints: []chains.Endpoint{{URL: e.url}}, Custody: []string{e.owner.String()}}, chains.Options{Policy: fastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAcceptance(t *testing.T) {
	e := setup(t, solanasim.Config{})
	chainstest.Run(t, e.fixture)
}

// e0 is the default simulator configuration of the scenarios.
func e0() solanasim.Config { return solanasim.Config{SlotsPerEpoch: 32} }

// TestValidatorPerformance: the delinquent list and getBlockProduction reach
// Validator.Performance, over the last complete epoch once there is one.
func TestValidatorPerformance(t *testing.T) {
	e := setup(t, solanasim.Config{SlotsPerEpoch: 301})
	e.sim.SetSkipRate(e.other, 2500)
	ctx := context.Background()
	byID := func() map[string]chains.Validator {
		t.Helper()
		vs, err := e.adapter.Validators(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]chains.Validator{}
		for _, v := range vs {
			out[v.ID] = v
		}
		return out
	}
	// Epoch 0, no slot produced yet: nothing is due, nothing is reported.
	for id, v := range byID() {
		if v.Performance.Produced.Reported() || v.Performance.Window != "epoch 0 so far" {
			t.Errorf("%s at genesis: %+v, want no figure", id, v.Performance)
		}
	}
	e.sim.AdvanceEpochs(1)
	e.sim.AdvanceSlots(30) // the current epoch's slots do not count
	vs := byID()
	// Slots 1-300 of epoch 0 (slot 0 is genesis) in turn over three validators: 100 each.
	tests := []struct {
		give           solanasim.Pubkey
		wantProduced   chains.Tally
		wantDelinquent bool
	}{
		{e.good, chains.Tally{Done: 100, Due: 100}, false},
		{e.other, chains.Tally{Done: 75, Due: 100}, false},
		{e.delinquent, chains.Tally{Done: 0, Due: 100}, true},
	}
	for _, tt := range tests {
		p := vs[tt.give.String()].Performance
		if p.Produced != tt.wantProduced || p.Delinquent != tt.wantDelinquent || p.Window != "epoch 0" {
			t.Errorf("%s: %+v, want produced %+v, delinquent %v over epoch 0", tt.give, p, tt.wantProduced, tt.wantDelinquent)
		}
	}
}
