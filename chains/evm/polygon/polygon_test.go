package polygon_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/chains/evm/polygon"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

type env struct {
	chain       *evmtest.Chain
	adapter     chains.Adapter
	fixture     chainstest.Fixture
	sm          *mock.MockStakeManager
	erc         *mock.MockERC20
	token, mgr  common.Address
	stakingInfo common.Address
}

func setup(t *testing.T) *env {
	t.Helper()
	owner := evmtest.NewKey(t)
	c := evmtest.New(t, 1, types.GenesisAlloc{evmtest.Addr(owner): {Balance: evmtest.Eth(10)}})
	e := &env{chain: c, sm: mock.NewMockStakeManager(), erc: mock.NewMockERC20()}
	e.token = c.Deploy(t, mock.MockERC20MetaData.Bin, nil)
	e.mgr = c.Deploy(t, mock.MockStakeManagerMetaData.Bin, e.sm.PackConstructor(e.token))
	var err error
	e.stakingInfo, err = e.sm.UnpackLogger(c.Call(t, e.mgr, e.sm.PackLogger()))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 9 {
		c.Send(t, nil, e.mgr, nil, e.sm.PackTestAddValidator(evmtest.Addr(evmtest.NewKey(t)), evmtest.Eth(10000), big.NewInt(int64(5+i))))
	}
	c.Send(t, nil, e.mgr, nil, e.sm.PackTestJail(big.NewInt(3)))
	c.Send(t, nil, e.token, nil, e.erc.PackTestMint(evmtest.Addr(owner), evmtest.Eth(5000)))

	token, _ := money.Lookup("POL")
	settings := func(v any) error {
		s := v.(*polygon.Settings)
		s.StakeManager, s.Token, s.StakingInfo, s.EventsHub = e.mgr.Hex(), e.token.Hex(), e.stakingInfo.Hex(), e.stakingInfo.Hex()
		s.FinalityDepth = 3
		return nil
	}
	a, err := chains.New(context.Background(), chains.Config{Chain: "polygon", Token: token, Network: "mainnet",
		Endpoints: []chains.Endpoint{{URL: c.URL}}, Settings: settings},
		chains.Options{Sequences: evmtest.NewSequences(), Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	s := chainstest.NewTestSigner()
	amount, _ := token.Parse("1000")
	e.adapter = a
	e.fixture = chainstest.Fixture{
		Adapter: a, Signer: s, KeyID: "custody", Owner: s.AddSecp256k1("custody", owner),
		Validator: "8", BadValidator: "3", Amount: amount,
		Settle: func(t *testing.T) { c.Commit() },
		Accrue: func(t *testing.T) {
			c.Send(t, nil, e.token, nil, e.erc.PackTestMint(e.mgr, evmtest.Eth(10)))
			c.Send(t, nil, e.mgr, nil, e.sm.PackTestCheckpoint(big.NewInt(8), evmtest.Eth(10)))
		},
		Mature: func(t *testing.T) { c.Send(t, nil, e.mgr, nil, e.sm.PackTestAdvanceEpochs(big.NewInt(80))) },
	}
	return e
}

// approve grants the StakeManager an allowance through the adapter, as the pool would on a
// PrerequisiteError.
func approve(t *testing.T, e *env, amount money.Amount) {
	t.Helper()
	f := e.fixture
	_, err := e.adapter.Build(context.Background(), chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: amount})
	var pre *chains.PrerequisiteError
	if !errors.As(err, &pre) || pre.Need.Kind != signer.ActionApprove {
		t.Fatalf("delegate without allowance: %v, want a prerequisite approval", err)
	}
	st, _ := chainstest.Do(t, f, pre.Need)
	if st.State != chains.StateFinalized && st.State != chains.StateConfirmed {
		t.Fatalf("approve: %+v", st)
	}
}

func TestAcceptance(t *testing.T) {
	e := setup(t)
	approve(t, e, e.fixture.Amount)
	chainstest.Run(t, e.fixture)
}

// TestSideEffectRewards: buying more vouchers pays pending rewards, reported as side effects;
// restake compounds and is reported with the amount it added.
func TestSideEffectRewards(t *testing.T) {
	e := setup(t)
	f := e.fixture
	ctx := context.Background()
	twice, _ := f.Amount.Add(f.Amount)
	approve(t, e, twice)
	chainstest.Do(t, f, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: "8", Amount: f.Amount})
	f.Accrue(t)
	start, _ := e.adapter.Head(ctx)
	_, buy := chainstest.Do(t, f, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: "8", Amount: f.Amount})
	f.Accrue(t)
	_, restake := chainstest.Do(t, f, chains.Action{Kind: signer.ActionRestake, Owner: f.Owner, Validator: "8"})
	head, _ := e.adapter.Head(ctx)
	rs, err := e.adapter.Rewards(ctx, f.Owner, chains.Window{From: start, To: head})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]chains.RewardKind{}
	for _, r := range rs {
		kinds[r.Ref.TxID] = r.Kind
		if r.Amount.Cmp(mustParse("9.99")) < 0 || r.Amount.Cmp(mustParse("10")) > 0 {
			t.Errorf("reward %+v, want about 10 POL", r)
		}
	}
	if kinds[buy.ID] != chains.RewardSideEffect || kinds[restake.ID] != chains.RewardRestaked || len(rs) != 2 {
		t.Errorf("rewards %+v: want the buy's side effect and the restake", rs)
	}
	ps, _ := e.adapter.Positions(ctx, f.Owner)
	if len(ps) != 1 || ps[0].Bonded.Cmp(mustParse("2009.99")) < 0 {
		t.Errorf("positions after restake: %+v", ps)
	}
}

func TestRevertsMapped(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	f := e.fixture
	approve(t, e, f.Amount)
	tests := []struct {
		name string
		give chains.Action
		want chains.Reason
	}{
		{"jailed validator", chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: "3", Amount: f.Amount}, chains.ReasonValidatorInactive},
		{"no such validator", chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: "99", Amount: f.Amount}, chains.ReasonValidatorInactive},
		{"more than held", chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: "8", Amount: mustParse("6000")}, chains.ReasonInsufficientFunds},
		{"nothing to claim", chains.Action{Kind: signer.ActionClaim, Owner: f.Owner, Validator: "8"}, chains.ReasonNothingToClaim},
		{"nothing to withdraw", chains.Action{Kind: signer.ActionWithdraw, Owner: f.Owner, Validator: "8"}, chains.ReasonNothingToClaim},
		{"nothing to sell", chains.Action{Kind: signer.ActionUndelegate, Owner: f.Owner, Validator: "8", Amount: f.Amount}, chains.ReasonInsufficientFunds},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.adapter.Build(ctx, tt.give)
			if got := chains.ReasonOf(err); got != tt.want {
				t.Errorf("reason %q (%v), want %q", got, err, tt.want)
			}
		})
	}
}

func mustParse(s string) money.Amount {
	t, _ := money.Lookup("POL")
	a, err := t.Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}
