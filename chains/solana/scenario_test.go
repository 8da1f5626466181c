package solana_test

import (
	"context"
	"testing"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

func (e *env) do(t *testing.T, a chains.Action) chains.TxStatus {
	t.Helper()
	a.Owner = e.owner.String()
	st, _ := chainstest.Do(t, e.fixture, a)
	if st.State != chains.StateFinalized {
		t.Fatalf("%s: %s (%s)", a.Kind, st.State, st.Reason)
	}
	return st
}

func (e *env) positions(t *testing.T) map[string]chains.Position {
	t.Helper()
	ps, err := e.adapter.Positions(context.Background(), e.owner.String())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]chains.Position{}
	for _, p := range ps {
		out[p.Validator] = p
	}
	return out
}

func lamports(n uint64) money.Amount { return money.NewAmountUint64(n) }

// TestDelegateRewardsUndelegateWithdraw walks a delegation through activation, several
// epochs of rewards, a partial unstake, cooldown and withdrawal, checking the node's ledger
// against the adapter's view at each step.
func TestDelegateRewardsUndelegateWithdraw(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	start := e.sim.Balance(e.owner)
	rent := uint64(2_282_880)
	startSlot, _ := e.adapter.Head(ctx)

	e.do(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "20")})
	if got, want := e.sim.Balance(e.owner), start-20_000_000_000-rent-5000; got != want {
		t.Fatalf("custody balance after delegating: %d, want %d", got, want)
	}
	p := e.positions(t)[e.good.String()]
	if !p.Activating.Equal(sol(t, "20")) || !p.Bonded.IsZero() {
		t.Fatalf("right after delegating: %+v, want 20 SOL activating", p)
	}
	e.sim.AdvanceEpochs(1)
	p = e.positions(t)[e.good.String()]
	if !p.Bonded.Equal(sol(t, "20")) || !p.Activating.IsZero() {
		t.Fatalf("after one epoch boundary: %+v, want 20 SOL bonded and no reward yet", p)
	}
	// Three epochs of rewards at 0.1 % less 10 % commission, compounding.
	e.sim.AdvanceEpochs(3)
	stake := uint64(20_000_000_000)
	var want uint64
	for range 3 {
		r := stake * 1000 / 1_000_000
		r -= r * 10 / 100
		want += r
		stake += r
	}
	head, _ := e.adapter.Head(ctx)
	rs, err := e.adapter.Rewards(ctx, e.owner.String(), chains.Window{From: startSlot, To: head})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 {
		t.Fatalf("rewards: %+v, want one per epoch for 3 epochs", rs)
	}
	var sum money.Amount
	for _, r := range rs {
		sum, _ = sum.Add(r.Amount)
		if r.Validator != e.good.String() || r.Kind != chains.RewardCompounded || r.Ref.Epoch == "" || r.Ref.Height < startSlot || r.Ref.Height > head {
			t.Errorf("reward %+v", r)
		}
	}
	if !sum.Equal(lamports(want)) {
		t.Fatalf("rewards sum to %s, want %d", sum, want)
	}
	if p := e.positions(t)[e.good.String()]; !p.Bonded.Equal(lamports(stake)) {
		t.Fatalf("bonded %s, want %d (compounded)", p.Bonded, stake)
	}
	// A window holding only the last epoch's reward.
	last := rs[len(rs)-1]
	one, err := e.adapter.Rewards(ctx, e.owner.String(), chains.Window{From: last.Ref.Height, To: head})
	if err != nil || len(one) != 1 || !one[0].Amount.Equal(last.Amount) {
		t.Fatalf("rewards of the last epoch only: %+v, %v", one, err)
	}

	// Partial unstake: split 5 SOL off and deactivate it.
	e.do(t, chains.Action{Kind: signer.ActionUndelegate, Validator: e.good.String(), Amount: sol(t, "5")})
	p = e.positions(t)[e.good.String()]
	if len(p.Unbonding) != 1 || !p.Unbonding[0].Amount.Equal(sol(t, "5")) || p.Unbonding[0].Matured {
		t.Fatalf("after undelegating 5 SOL: %+v", p)
	}
	if want := lamports(stake - 5_000_000_000); !p.Bonded.Equal(want) {
		t.Fatalf("bonded %s after the split, want %s", p.Bonded, want)
	}
	_, err = e.adapter.Build(ctx, chains.Action{Kind: signer.ActionWithdraw, Owner: e.owner.String(), Request: p.Unbonding[0].ID})
	if chains.ReasonOf(err) != chains.ReasonNotMatured {
		t.Fatalf("withdraw while deactivating: %v", err)
	}
	e.sim.AdvanceEpochs(1)
	p = e.positions(t)[e.good.String()]
	if len(p.Unbonding) != 0 || p.Withdrawable.Cmp(sol(t, "5")) <= 0 {
		t.Fatalf("after cooldown: %+v, want more than 5 SOL withdrawable (stake, its last reward, rent reserve)", p)
	}
	before := e.sim.Balance(e.owner)
	w := p.Withdrawable
	e.do(t, chains.Action{Kind: signer.ActionWithdraw, Validator: e.good.String()})
	got := lamports(e.sim.Balance(e.owner) - before + 5000)
	if !got.Equal(w) {
		t.Fatalf("withdraw paid %s, position said %s", got, w)
	}
	if p := e.positions(t)[e.good.String()]; !p.Withdrawable.IsZero() || len(p.Unbonding) != 0 || p.Bonded.IsZero() {
		t.Fatalf("after withdrawing: %+v", p)
	}
}
