package evm_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/chains/evm"
	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/contract"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

func TestDecoderRefusesWhatWeDoNotBuild(t *testing.T) {
	e := newFaultEnv(t)
	dec := e.adapter.Decoder()
	hub := contract.NewIStakeHub()
	tx := func(chainID int64, to *common.Address, data []byte) []byte {
		b, err := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chainID), Gas: 1, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1), To: to, Data: data}).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	other := common.HexToAddress("0x1234")
	tests := []struct {
		name string
		give []byte
	}{
		{"garbage", []byte{0x02, 0xff, 0x00}},
		{"contract creation", tx(56, nil, []byte{1, 2, 3})},
		{"another chain", tx(97, &bsc.StakeHubAddress, hub.PackDelegate(e.op, false))},
		{"another contract", tx(56, &other, hub.PackDelegate(e.op, false))},
		{"a method we never build", tx(56, &bsc.StakeHubAddress, hub.PackClaimBatch([]common.Address{e.op}, []*big.Int{big.NewInt(0)}))},
		{"a read", tx(56, &bsc.StakeHubAddress, hub.PackUnbondPeriod())},
		{"no method", tx(56, &bsc.StakeHubAddress, nil)},
	}
	for _, tt := range tests {
		if in, err := dec(tt.give); err == nil {
			t.Errorf("%s: decoded as %+v", tt.name, in)
		}
	}
	in, err := dec(tx(56, &bsc.StakeHubAddress, hub.PackUndelegate(e.op, big.NewInt(7))))
	if err != nil || in.Action != signer.ActionUndelegate || in.To != e.op.Hex() || !in.Amount.Equal(money.NewAmount(7)) || in.ChainID != "56" || in.Token != "BNB" {
		t.Errorf("undelegate decoded as %+v, %v", in, err)
	}
}

func TestAttachRefusesAnotherKey(t *testing.T) {
	e := newFaultEnv(t)
	u, err := e.adapter.Build(context.Background(), chains.Action{Kind: signer.ActionDelegate, Owner: e.f.Owner, Validator: e.f.Validator, Amount: e.f.Amount})
	if err != nil {
		t.Fatal(err)
	}
	s := chainstest.NewTestSigner()
	s.AddSecp256k1("other", evmtest.NewKey(t))
	sig, err := s.Sign(context.Background(), signer.Request{KeyID: "other", Chain: u.Chain, Payload: u.Payload, Intent: u.Intent})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.adapter.Attach(u, sig); chains.ReasonOf(err) != chains.ReasonInvalid {
		t.Errorf("attach of another key's signature: %v", err)
	}
	if _, err := e.adapter.Attach(u, signer.Signature{Bytes: []byte{1, 2, 3}}); chains.ReasonOf(err) != chains.ReasonInvalid {
		t.Errorf("attach of a malformed signature: %v", err)
	}
}

func TestRevertMap(t *testing.T) {
	sfc := contract.NewISFC().GetABI()
	m := evm.NewRevertMap([]*abi.ABI{&sfc}, map[string]chains.Reason{
		"ZeroRewards": chains.ReasonNothingToClaim, "Incomplete withdrawal period": chains.ReasonNotMatured})
	errString := func(s string) []byte {
		str, _ := abi.NewType("string", "", nil)
		b, _ := abi.Arguments{{Type: str}}.Pack(s)
		return append([]byte{0x08, 0xc3, 0x79, 0xa0}, b...)
	}
	id := func(name string) []byte { h := sfc.Errors[name].ID; return h[:4] }
	tests := []struct {
		give     []byte
		wantText string
		want     chains.Reason
	}{
		{id("ZeroRewards"), "ZeroRewards", chains.ReasonNothingToClaim},
		{id("RequestExists"), "RequestExists", chains.ReasonReverted},
		{errString("Incomplete withdrawal period"), "Incomplete withdrawal period", chains.ReasonNotMatured},
		{errString("something else"), "something else", chains.ReasonReverted},
		{nil, "reverted without a reason", chains.ReasonReverted},
		{[]byte{0xde, 0xad, 0xbe, 0xef}, "custom error 0xdeadbeef", chains.ReasonReverted},
	}
	for _, tt := range tests {
		text, r := m.Decode(tt.give)
		if text != tt.wantText || r != tt.want {
			t.Errorf("Decode(%x) = %q, %q; want %q, %q", tt.give, text, r, tt.wantText, tt.want)
		}
	}
}

// TestFeeCapsAndLegacy: the fee cap setting bounds every fee; legacy transactions land too;
// Status reports the fee each one paid, to the wei the balance lost.
func TestFeeCapsAndLegacy(t *testing.T) {
	for _, legacy := range []bool{false, true} {
		owner := evmtest.NewKey(t)
		c := evmtest.New(t, 56, types.GenesisAlloc{
			bsc.StakeHubAddress: {Code: evmtest.RuntimeCode(t, mock.MockStakeHubMetaData.Bin)},
			evmtest.Addr(owner): {Balance: evmtest.Eth(100)},
		})
		op := evmtest.Addr(evmtest.NewKey(t))
		c.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), mock.NewMockStakeHub().PackTestAddValidator(op, "alpha", 1000))
		token, _ := money.Lookup("BNB")
		const maxFee = 50_000_000_000
		a, err := chains.New(context.Background(), chains.Config{Chain: "bsc", Token: token, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: c.URL}},
			Settings: func(v any) error {
				s := v.(*bsc.Settings)
				s.MaxFeeWei, s.Legacy = "50000000000", legacy
				return nil
			}}, chains.Options{Sequences: evmtest.NewSequences(), Policy: evmtest.FastPolicy})
		if err != nil {
			t.Fatal(err)
		}
		s := chainstest.NewTestSigner()
		f := chainstest.Fixture{Adapter: a, Signer: s, KeyID: "k", Owner: s.AddSecp256k1("k", owner), Broadcasts: 2,
			Settle: func(*testing.T) { c.Commit() }}
		// One key: the inspection build and the one Do sends share the nonce (a build under a
		// fresh key would leave a gap that nothing fills).
		act := chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: op.Hex(), Amount: money.NewAmountUint64(2e18), Key: "fee-test"}
		u, err := a.Build(context.Background(), act)
		if err != nil {
			t.Fatal(err)
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(u.Payload); err != nil {
			t.Fatal(err)
		}
		if tx.GasFeeCap().Cmp(big.NewInt(maxFee)) > 0 || (legacy != (tx.Type() == types.LegacyTxType)) {
			t.Errorf("legacy=%v: type %d, fee cap %s", legacy, tx.Type(), tx.GasFeeCap())
		}
		before, err := a.Balance(context.Background(), f.Owner)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := chainstest.Do(t, f, act)
		if st.State != chains.StateFinalized {
			t.Errorf("legacy=%v: %+v", legacy, st)
		}
		// The fee reported is what the chain took beyond the stake: gas used times the
		// price actually paid, which is below the cap.
		after, err := a.Balance(context.Background(), f.Owner)
		if err != nil {
			t.Fatal(err)
		}
		paid, _ := before.Sub(after)
		paid, _ = paid.Sub(act.Amount)
		if st.Fee.Sign() <= 0 || !st.Fee.Equal(paid) {
			t.Errorf("legacy=%v: fee %s reported, the chain took %s beyond the stake", legacy, st.Fee, paid)
		}
	}
}

// FuzzDecoder: whatever bytes the signer is handed, the decoder never panics, and what it
// accepts is one of the actions we build, with a non-negative amount, on our chain.
func FuzzDecoder(f *testing.F) {
	e := newFaultEnv(f)
	u, err := e.adapter.Build(context.Background(), chains.Action{Kind: signer.ActionDelegate, Owner: e.f.Owner, Validator: e.f.Validator, Amount: e.f.Amount})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(u.Payload)
	f.Add([]byte{0x02})
	f.Add([]byte{})
	dec := e.adapter.Decoder()
	f.Fuzz(func(t *testing.T, payload []byte) {
		in, err := dec(payload)
		if err != nil {
			return
		}
		switch in.Action {
		case signer.ActionDelegate, signer.ActionUndelegate, signer.ActionRedelegate, signer.ActionWithdraw, signer.ActionTransfer:
		default:
			t.Fatalf("decoded an action we never build: %+v", in)
		}
		if in.Amount.Sign() < 0 || in.ChainID != "56" || in.Chain != "bsc" || in.Token != "BNB" {
			t.Fatalf("decoded %+v", in)
		}
	})
}
