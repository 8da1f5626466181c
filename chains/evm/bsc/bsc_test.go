package bsc_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

type env struct {
	chain            *evmtest.Chain
	adapter          chains.Adapter
	fixture          chainstest.Fixture
	hub              *mock.MockStakeHub
	good, other, bad common.Address
}

func setup(t *testing.T) *env {
	t.Helper()
	owner := evmtest.NewKey(t)
	alloc := types.GenesisAlloc{
		bsc.StakeHubAddress: {Code: evmtest.RuntimeCode(t, mock.MockStakeHubMetaData.Bin)},
		evmtest.Addr(owner): {Balance: evmtest.Eth(100)},
	}
	c := evmtest.New(t, 56, alloc)
	e := &env{chain: c, hub: mock.NewMockStakeHub(),
		good: evmtest.Addr(evmtest.NewKey(t)), other: evmtest.Addr(evmtest.NewKey(t)), bad: evmtest.Addr(evmtest.NewKey(t))}
	c.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), e.hub.PackTestAddValidator(e.good, "alpha", 1000))
	c.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), e.hub.PackTestAddValidator(e.other, "beta", 500))
	c.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), e.hub.PackTestAddValidator(e.bad, "gamma", 200))
	c.Send(t, nil, bsc.StakeHubAddress, nil, e.hub.PackTestJail(e.bad, big.NewInt(time.Now().Add(48*time.Hour).Unix())))

	token, _ := money.Lookup("BNB")
	a, err := chains.New(context.Background(), chains.Config{Chain: "bsc", Token: token, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: c.URL}}},
		chains.Options{Sequences: evmtest.NewSequences(), Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	s := chainstest.NewTestSigner()
	amount, _ := token.Parse("10")
	e.adapter = a
	e.fixture = chainstest.Fixture{
		Adapter: a, Signer: s, KeyID: "custody", Owner: s.AddSecp256k1("custody", owner),
		Validator: e.good.Hex(), BadValidator: e.bad.Hex(), Amount: amount, Tolerance: money.NewAmount(10),
		Settle: func(t *testing.T) { c.Commit() },
		Accrue: func(t *testing.T) {
			c.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(2), e.hub.PackTestDistributeReward(e.good))
		},
		Mature: func(t *testing.T) { c.AdjustTime(t, 7*24*time.Hour+time.Minute) },
	}
	return e
}

func TestAcceptance(t *testing.T) {
	e := setup(t)
	chainstest.Run(t, e.fixture)
}

func TestWrongChainIDRefused(t *testing.T) {
	c := evmtest.New(t, 97, nil)
	token, _ := money.Lookup("BNB")
	_, err := chains.New(context.Background(), chains.Config{Chain: "bsc", Token: token, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: c.URL}}},
		chains.Options{Sequences: evmtest.NewSequences(), Policy: evmtest.FastPolicy})
	if chains.Classify(err) != chains.ClassFatal {
		t.Fatalf("adapter for mainnet on a chain-97 node: %v", err)
	}
}

func TestRevertsMapped(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	owner := e.fixture.Owner
	one, _ := money.Lookup("BNB")
	half, _ := one.Parse("0.5")
	tests := []struct {
		name   string
		before func()
		give   chains.Action
		want   chains.Reason
	}{
		{"jailed validator", nil, chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: e.bad.Hex(), Amount: e.fixture.Amount}, chains.ReasonValidatorInactive},
		{"not a validator", nil, chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: common.HexToAddress("0x1234").Hex(), Amount: e.fixture.Amount}, chains.ReasonValidatorInactive},
		{"below minimum", nil, chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: e.good.Hex(), Amount: half}, chains.ReasonBelowMinimum},
		{"nothing to withdraw", nil, chains.Action{Kind: signer.ActionWithdraw, Owner: owner, Validator: e.good.Hex()}, chains.ReasonNothingToClaim},
		{"no stake to undelegate", nil, chains.Action{Kind: signer.ActionUndelegate, Owner: owner, Validator: e.good.Hex(), Amount: e.fixture.Amount}, chains.ReasonInsufficientFunds},
		{"claim is not a BSC action", nil, chains.Action{Kind: signer.ActionClaim, Owner: owner, Validator: e.good.Hex()}, ""},
		{"paused", func() { e.chain.Send(t, nil, bsc.StakeHubAddress, nil, e.hub.PackTestPause(true)) },
			chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: e.good.Hex(), Amount: e.fixture.Amount}, chains.ReasonPaused},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.before != nil {
				tt.before()
			}
			_, err := e.adapter.Build(ctx, tt.give)
			if chains.Classify(err) != chains.ClassRejected {
				t.Fatalf("class %s (%v), want rejected", chains.Classify(err), err)
			}
			if got := chains.ReasonOf(err); got != tt.want {
				t.Errorf("reason %q (%v), want %q", got, err, tt.want)
			}
		})
	}
}

func TestRedelegate(t *testing.T) {
	e := setup(t)
	f := e.fixture
	st, _ := chainstest.Do(t, f, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: e.good.Hex(), Amount: f.Amount})
	if st.State != chains.StateFinalized && st.State != chains.StateConfirmed {
		t.Fatalf("delegate: %+v", st)
	}
	st, _ = chainstest.Do(t, f, chains.Action{Kind: signer.ActionRedelegate, Owner: f.Owner, Validator: e.good.Hex(), ToValidator: e.other.Hex()})
	if st.State != chains.StateFinalized && st.State != chains.StateConfirmed {
		t.Fatalf("redelegate: %+v", st)
	}
	ps, err := e.adapter.Positions(context.Background(), f.Owner)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Validator != e.other.Hex() {
		t.Fatalf("positions after redelegating everything: %+v", ps)
	}
	// 0.002 % fee stays in the destination pool, which we share in.
	fee := new(big.Int).Div(new(big.Int).Mul(f.Amount.Big(), big.NewInt(2)), big.NewInt(100000))
	want, _ := money.FromBig(new(big.Int).Sub(f.Amount.Big(), fee))
	if d, _ := ps[0].Bonded.Sub(want); d.Sign() < 0 || d.Cmp(money.NewAmount(1_000_000_000_000_000)) > 0 {
		t.Errorf("bonded with %s: %s, want about %s", e.other.Hex(), ps[0].Bonded, want)
	}
}

// TestRevertedOnChain: a delegation built while the validator was fine and mined after it
// was jailed fails on chain; Status says failed, with the decoded reason, and with the fee
// the reverted transaction still paid: all that left the custody balance.
func TestRevertedOnChain(t *testing.T) {
	e := setup(t)
	f := e.fixture
	ctx := context.Background()
	u, err := e.adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: e.good.Hex(), Amount: f.Amount})
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Send(t, nil, bsc.StakeHubAddress, nil, e.hub.PackTestJail(e.good, big.NewInt(time.Now().Add(time.Hour).Unix())))
	before, err := e.adapter.Balance(ctx, f.Owner)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := e.adapter.Broadcast(ctx, chainstest.Sign(t, f, u))
	if err != nil {
		t.Fatal(err)
	}
	st := chainstest.Await(t, f, ref)
	if st.State != chains.StateFailed || !strings.Contains(st.Reason, "OnlySelfDelegation") || !strings.Contains(st.Reason, string(chains.ReasonValidatorInactive)) {
		t.Errorf("status %+v, want failed with OnlySelfDelegation", st)
	}
	after, err := e.adapter.Balance(ctx, f.Owner)
	if err != nil {
		t.Fatal(err)
	}
	if paid, _ := before.Sub(after); st.Fee.Sign() <= 0 || !st.Fee.Equal(paid) {
		t.Errorf("reverted delegation: fee %s reported, %s left the balance (%s, then %s)", st.Fee, paid, before, after)
	}
}

func TestInfoCarriesTheMinimumDelegation(t *testing.T) {
	e := setup(t)
	if got := e.adapter.Info().MinAction; got.String() != evmtest.Eth(1).String() {
		t.Fatalf("MinAction = %s, want the StakeHub's 1 BNB", got)
	}
}
