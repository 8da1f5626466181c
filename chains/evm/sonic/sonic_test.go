package sonic_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/chains/evm/sonic"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

type env struct {
	chain   *evmtest.Chain
	adapter chains.Adapter
	fixture chainstest.Fixture
	sfc     *mock.MockSFC
}

func setup(t *testing.T) *env {
	t.Helper()
	owner := evmtest.NewKey(t)
	alloc := types.GenesisAlloc{
		sonic.SFCAddress:    {Code: evmtest.RuntimeCode(t, mock.MockSFCMetaData.Bin)},
		evmtest.Addr(owner): {Balance: evmtest.Eth(1000)},
	}
	c := evmtest.New(t, 146, alloc)
	e := &env{chain: c, sfc: mock.NewMockSFC()}
	for range 3 {
		c.Send(t, nil, sonic.SFCAddress, evmtest.Eth(1000), e.sfc.PackTestAddValidator(evmtest.Addr(evmtest.NewKey(t))))
	}
	c.Send(t, nil, sonic.SFCAddress, nil, e.sfc.PackTestSetStatus(big.NewInt(3), big.NewInt(8)))

	token, _ := money.Lookup("S")
	cfg := chains.Config{Chain: "sonic", Token: token, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: c.URL}}}
	if _, err := chains.New(context.Background(), cfg, chains.Options{Sequences: evmtest.NewSequences()}); chains.Classify(err) != chains.ClassFatal {
		t.Fatalf("mainnet without from_block: %v", err)
	}
	cfg.Settings = func(v any) error { v.(*sonic.Settings).FromBlock = 1; return nil }
	a, err := chains.New(context.Background(), cfg, chains.Options{Sequences: evmtest.NewSequences(), Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	s := chainstest.NewTestSigner()
	amount, _ := token.Parse("250.000000000000000001")
	e.adapter = a
	e.fixture = chainstest.Fixture{
		Adapter: a, Signer: s, KeyID: "custody", Owner: s.AddSecp256k1("custody", owner),
		Validator: "1", BadValidator: "3", Amount: amount,
		Settle: func(t *testing.T) { c.Commit() },
		Accrue: func(t *testing.T) {
			c.Send(t, nil, sonic.SFCAddress, evmtest.Eth(5), e.sfc.PackTestSealEpoch(big.NewInt(1)))
		},
		Mature: func(t *testing.T) {
			c.AdjustTime(t, 7*24*time.Hour+time.Minute)
			for range 3 {
				c.Send(t, nil, sonic.SFCAddress, nil, e.sfc.PackTestSealEpoch(big.NewInt(1)))
			}
		},
	}
	return e
}

func TestAcceptance(t *testing.T) {
	chainstest.Run(t, setup(t).fixture)
}

// TestEpochsAndTimeBothNeeded: a withdrawal needs the time and the epoch periods, each alone
// is not enough; restake compounds and is reported as a restaked reward.
func TestEpochsAndTimeBothNeeded(t *testing.T) {
	e := setup(t)
	f := e.fixture
	ctx := context.Background()
	chainstest.Do(t, f, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: "2", Amount: f.Amount})
	e.chain.Send(t, nil, sonic.SFCAddress, evmtest.Eth(3), e.sfc.PackTestSealEpoch(big.NewInt(2)))
	start, _ := e.adapter.Head(ctx)
	st, ref := chainstest.Do(t, f, chains.Action{Kind: signer.ActionRestake, Owner: f.Owner, Validator: "2"})
	if st.State != chains.StateFinalized {
		t.Fatalf("restake: %+v", st)
	}
	head, _ := e.adapter.Head(ctx)
	rs, err := e.adapter.Rewards(ctx, f.Owner, chains.Window{From: start, To: head})
	if err != nil || len(rs) != 1 || rs[0].Kind != chains.RewardRestaked || rs[0].Ref.TxID != ref.ID || rs[0].Amount.Sign() <= 0 {
		t.Fatalf("rewards after restake: %+v, %v", rs, err)
	}
	// Restaking again at once: nothing pending.
	if _, err := e.adapter.Build(ctx, chains.Action{Kind: signer.ActionRestake, Owner: f.Owner, Validator: "2"}); chains.ReasonOf(err) != chains.ReasonNothingToClaim {
		t.Errorf("second restake: %v", err)
	}
	chainstest.Do(t, f, chains.Action{Kind: signer.ActionUndelegate, Owner: f.Owner, Validator: "2", Key: "intent-42"})
	// The same key names the same request: building it again is refused, not duplicated.
	if _, err := e.adapter.Build(ctx, chains.Action{Kind: signer.ActionUndelegate, Owner: f.Owner, Validator: "2", Amount: money.NewAmount(1), Key: "intent-42"}); err == nil {
		t.Error("a second undelegation under the same key was built")
	}
	withdraw := chains.Action{Kind: signer.ActionWithdraw, Owner: f.Owner, Validator: "2"}
	e.chain.AdjustTime(t, 8*24*time.Hour)
	if _, err := e.adapter.Build(ctx, withdraw); chains.ReasonOf(err) != chains.ReasonNotMatured {
		t.Fatalf("withdraw after the time but no epochs: %v", err)
	}
	for range 3 {
		e.chain.Send(t, nil, sonic.SFCAddress, nil, e.sfc.PackTestSealEpoch(big.NewInt(2)))
	}
	before := e.chain.Balance(t, evmtest.Addr0(f.Owner))
	st, _ = chainstest.Do(t, f, withdraw)
	if st.State != chains.StateFinalized {
		t.Fatalf("withdraw: %+v", st)
	}
	if e.chain.Balance(t, evmtest.Addr0(f.Owner)).Cmp(before) <= 0 {
		t.Error("withdraw paid nothing")
	}
}

func TestRevertsMapped(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	owner := e.fixture.Owner
	tests := []struct {
		name string
		give chains.Action
		want chains.Reason
	}{
		{"offline validator", chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: "3", Amount: e.fixture.Amount}, chains.ReasonValidatorInactive},
		{"no such validator", chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: "9", Amount: e.fixture.Amount}, chains.ReasonValidatorInactive},
		{"over the delegation limit", chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: "1", Amount: mustParse("S", "500")}, ""},
		{"nothing to claim", chains.Action{Kind: signer.ActionClaim, Owner: owner, Validator: "1"}, chains.ReasonNothingToClaim},
		{"nothing to withdraw", chains.Action{Kind: signer.ActionWithdraw, Owner: owner, Validator: "1"}, chains.ReasonNothingToClaim},
		{"nothing to undelegate", chains.Action{Kind: signer.ActionUndelegate, Owner: owner, Validator: "1", Amount: e.fixture.Amount}, chains.ReasonInsufficientFunds},
	}
	// Fill validator 1 close to its limit (16 × 1000 self stake) from another delegator.
	whale := evmtest.NewKey(t)
	e.chain.Fund(t, evmtest.Addr(whale), evmtest.Eth(16000))
	e.chain.Send(t, whale, sonic.SFCAddress, evmtest.Eth(14800), e.sfc.PackDelegate(big.NewInt(1)))
	tests[2].want = chains.ReasonLimitExceeded
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.adapter.Build(ctx, tt.give)
			if got := chains.ReasonOf(err); got != tt.want {
				t.Errorf("reason %q (%v), want %q", got, err, tt.want)
			}
		})
	}
}

func mustParse(sym, s string) money.Amount {
	t, _ := money.Lookup(sym)
	a, err := t.Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}

// TestSlashedValidator: a double-sign slash shows in the validator's status, refuses new
// delegations, and the withdrawal pays the refund ratio only.
func TestSlashedValidator(t *testing.T) {
	e := setup(t)
	f := e.fixture
	ctx := context.Background()
	chainstest.Do(t, f, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: "2", Amount: f.Amount})
	chainstest.Do(t, f, chains.Action{Kind: signer.ActionUndelegate, Owner: f.Owner, Validator: "2", Amount: f.Amount})
	half := new(big.Int).Div(evmtest.Ether, big.NewInt(2))
	e.chain.Send(t, nil, sonic.SFCAddress, nil, e.sfc.PackTestSlash(big.NewInt(2), half))
	vals, err := e.adapter.Validators(ctx)
	if err != nil || vals[1].ID != "2" || vals[1].Status != chains.ValidatorSlashed {
		t.Fatalf("validators after the slash: %+v %v", vals, err)
	}
	if _, err := e.adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: "2", Amount: f.Amount}); chains.ReasonOf(err) != chains.ReasonValidatorInactive {
		t.Errorf("delegate to a slashed validator: %v", err)
	}
	f.Mature(t)
	before := e.chain.Balance(t, evmtest.Addr0(f.Owner))
	_, ref := chainstest.Do(t, f, chains.Action{Kind: signer.ActionWithdraw, Owner: f.Owner, Validator: "2"})
	rcpt, err := e.chain.Sim.Client().TransactionReceipt(ctx, evmtest.Hash(ref.ID))
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	got := new(big.Int).Sub(e.chain.Balance(t, evmtest.Addr0(f.Owner)), before)
	got.Add(got, fee)
	amount := f.Amount.Big()
	penalty := new(big.Int).Add(new(big.Int).Div(new(big.Int).Mul(amount, half), evmtest.Ether), big.NewInt(1))
	if want := new(big.Int).Sub(amount, penalty); got.Cmp(want) != 0 {
		t.Errorf("withdrew %s, want %s (half refunded, less 1 wei)", got, want)
	}
}

// TestOfflineIsDelinquent: the SFC's offline status bits mark a validator delinquent; a
// withdrawn one is inactive but not delinquent; no other figure is reported.
func TestOfflineIsDelinquent(t *testing.T) {
	e := setup(t)
	e.chain.Send(t, nil, sonic.SFCAddress, nil, e.sfc.PackTestSetStatus(big.NewInt(2), big.NewInt(16)))
	e.chain.Send(t, nil, sonic.SFCAddress, nil, e.sfc.PackTestSetStatus(big.NewInt(1), big.NewInt(1)))
	vs, err := e.adapter.Validators(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"1": false, "2": true, "3": true} // withdrawn, offline-avg, offline
	for _, v := range vs {
		if v.Performance.Delinquent != want[v.ID] || v.Performance.Produced.Reported() || v.Status != chains.ValidatorInactive {
			t.Errorf("validator %s: %s %+v, want inactive and delinquent %v", v.ID, v.Status, v.Performance, want[v.ID])
		}
	}
}
