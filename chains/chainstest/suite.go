// Package chainstest owns the acceptance suite every chain adapter must pass, and the test
// doubles it needs (an in-memory signer). An adapter's tests build a Fixture against a
// protocol-faithful peer (a simulated EVM, a fake node) and call Run.
//
// The suite checks the promises of the chains.Adapter contract, not one chain's economics:
// amounts stay exact in base units and never go negative, cancellation is honoured, errors
// are classified, a broadcast repeated N times lands once, and positions, rewards and the
// liquid balance reconcile with what the suite itself did, to the base unit of the fee
// Status reports.
package chainstest

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Fixture is what an adapter's test supplies. Every function field is required unless
// marked optional.
type Fixture struct {
	Adapter chains.Adapter
	Signer  signer.Signer
	KeyID   string // the key of Owner in Signer
	Owner   string // a funded custody address with no positions yet
	// Validator is an active validator (or the pool) to delegate to.
	Validator string
	// Amount is a delegation above the chain's minimum that Owner can afford twice.
	Amount money.Amount
	// DelegateExtra is what the suite's first delegation takes off Owner's liquid balance
	// beyond Amount and the fee Status reports: the new stake account's rent reserve on
	// Solana, the stake key deposit on Cardano; zero on EVM chains. The suite checks that
	// the liquid balance drops by exactly Amount + Fee + DelegateExtra.
	DelegateExtra money.Amount
	// Tolerance is the rounding loss the chain's share arithmetic may cause on a position
	// (zero for chains that keep exact amounts; BSC can lose 1 wei).
	Tolerance money.Amount
	// Settle makes the chain include what was broadcast (mine a block, advance a slot).
	Settle func(t *testing.T)
	// Accrue makes rewards accrue to delegations on Validator (distribute, seal an epoch,
	// checkpoint, let blocks pass), settling as needed.
	Accrue func(t *testing.T)
	// Mature advances the chain past the unbonding period (time and epochs), settling.
	Mature func(t *testing.T)
	// BadValidator is a validator id that delegations are refused to (jailed or
	// nonexistent); optional.
	BadValidator string
	// Broadcasts is how often the suite repeats each broadcast; 3 when zero.
	Broadcasts int
}

// Run runs the acceptance suite against f. Sub-tests share f's chain and run in order.
func Run(t *testing.T, f Fixture) {
	t.Helper()
	if f.Broadcasts == 0 {
		f.Broadcasts = 3
	}
	info := f.Adapter.Info()
	t.Run("Info", func(t *testing.T) { testInfo(t, info) })
	t.Run("Canceled", func(t *testing.T) { testCanceled(t, f) })
	t.Run("Validators", func(t *testing.T) { testValidators(t, f) })
	t.Run("Rejections", func(t *testing.T) { testRejections(t, f) })
	t.Run("Lifecycle", func(t *testing.T) { testLifecycle(t, f) })
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func testInfo(t *testing.T, info chains.Info) {
	if info.Chain == "" || info.Token.Chain != info.Chain {
		t.Errorf("Info: chain %q, token chain %q: want equal and non-empty", info.Chain, info.Token.Chain)
	}
	if info.ChainID == "" {
		t.Error("Info: empty ChainID")
	}
	if !info.Supports(signer.ActionDelegate) || !info.Supports(signer.ActionUndelegate) {
		t.Errorf("Info: actions %v lack delegate or undelegate", info.Actions)
	}
	if info.Harvest != chains.HarvestClaim && info.Harvest != chains.HarvestCompound {
		t.Errorf("Info: harvest %q", info.Harvest)
	}
	if info.HeightUnit == "" {
		t.Error("Info: empty HeightUnit")
	}
}

// testCanceled: every call honours a context that is already cancelled, quickly, and says so.
func testCanceled(t *testing.T, f Fixture) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	calls := map[string]func() error{
		"Validators": func() error { _, err := f.Adapter.Validators(ctx); return err },
		"Positions":  func() error { _, err := f.Adapter.Positions(ctx, f.Owner); return err },
		"Balance":    func() error { _, err := f.Adapter.Balance(ctx, f.Owner); return err },
		"Head":       func() error { _, err := f.Adapter.Head(ctx); return err },
		"Rewards":    func() error { _, err := f.Adapter.Rewards(ctx, f.Owner, chains.Window{From: 0, To: 1}); return err },
		"Build": func() error {
			_, err := f.Adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: f.Amount})
			return err
		},
		"Status": func() error {
			_, err := f.Adapter.Status(ctx, chains.TxRef{ID: "0x" + string(bytes.Repeat([]byte("ab"), 32)), Sender: f.Owner})
			return err
		},
	}
	for name, call := range calls {
		start := time.Now()
		err := call()
		if err == nil {
			t.Errorf("%s with a cancelled context: no error", name)
			continue
		}
		if c := chains.Classify(err); c != chains.ClassCanceled {
			t.Errorf("%s with a cancelled context: class %s (%v), want canceled", name, c, err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s with a cancelled context took %s", name, d)
		}
	}
}

func testValidators(t *testing.T, f Fixture) {
	vals, err := f.Adapter.Validators(ctxT(t))
	if err != nil {
		t.Fatalf("Validators: %v", err)
	}
	found := false
	for _, v := range vals {
		if v.ID == "" {
			t.Errorf("validator with empty id: %+v", v)
		}
		if v.TotalStake.Sign() < 0 {
			t.Errorf("validator %s: negative stake %s", v.ID, v.TotalStake)
		}
		if v.CommissionBps > 10000 {
			t.Errorf("validator %s: commission %d bps > 100%%", v.ID, v.CommissionBps)
		}
		if v.ID == f.Validator {
			found = true
			if v.Status != chains.ValidatorActive {
				t.Errorf("fixture validator %s has status %s, want active", v.ID, v.Status)
			}
		}
	}
	if !found {
		t.Errorf("fixture validator %s not in the set of %d", f.Validator, len(vals))
	}
}

func testRejections(t *testing.T, f Fixture) {
	ctx := ctxT(t)
	_, err := f.Adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: money.Zero})
	if c := chains.Classify(err); c != chains.ClassRejected {
		t.Errorf("delegate of zero: class %s (%v), want rejected", c, err)
	}
	_, err = f.Adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: money.NewAmount(-1)})
	if c := chains.Classify(err); c != chains.ClassRejected {
		t.Errorf("delegate of -1: class %s (%v), want rejected", c, err)
	}
	_, err = f.Adapter.Build(ctx, chains.Action{Kind: signer.Action("teleport"), Owner: f.Owner, Validator: f.Validator, Amount: f.Amount})
	if c := chains.Classify(err); c != chains.ClassRejected {
		t.Errorf("unknown action: class %s (%v), want rejected", c, err)
	}
	if f.BadValidator != "" {
		_, err = f.Adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.BadValidator, Amount: f.Amount})
		if c := chains.Classify(err); c != chains.ClassRejected {
			t.Errorf("delegate to %s: class %s (%v), want rejected", f.BadValidator, c, err)
		}
	}
	_, err = f.Adapter.Balance(ctx, "not-an-address")
	if c := chains.Classify(err); c != chains.ClassRejected {
		t.Errorf("Balance of a malformed address: class %s (%v), want rejected", c, err)
	}
	_, err = f.Adapter.Status(ctx, chains.TxRef{ID: "not-a-hash", Sender: f.Owner})
	if err == nil {
		t.Error("Status of a malformed id: no error")
	}
}

// Do builds, signs, attaches and broadcasts a, f.Broadcasts times, settles and waits until
// the transaction is final or failed. It returns the final status and the ref. Tests of
// adapters use it for their own scenarios.
func Do(t *testing.T, f Fixture, a chains.Action) (chains.TxStatus, chains.TxRef) {
	t.Helper()
	ctx := ctxT(t)
	u, err := f.Adapter.Build(ctx, a)
	if err != nil {
		t.Fatalf("Build %s: %v", a.Kind, err)
	}
	checkIntent(t, f, a, u)
	s := sign(t, f, u)
	var ref chains.TxRef
	for i := range max(f.Broadcasts, 1) {
		r, err := f.Adapter.Broadcast(ctx, s)
		if err != nil {
			t.Fatalf("Broadcast %s, try %d: %v", a.Kind, i+1, err)
		}
		if i > 0 && r != ref {
			t.Fatalf("Broadcast %s, try %d: ref %+v, first was %+v", a.Kind, i+1, r, ref)
		}
		ref = r
	}
	return Await(t, f, ref), ref
}

// Sign signs u with the fixture's key and attaches the signature.
func sign(t *testing.T, f Fixture, u chains.Unsigned) chains.Signed {
	t.Helper()
	sig, err := f.Signer.Sign(ctxT(t), signer.Request{KeyID: f.KeyID, Chain: u.Chain, Payload: u.Payload, Intent: u.Intent})
	if err != nil {
		t.Fatalf("Sign: %v", err)
	}
	s, err := f.Adapter.Attach(u, sig)
	if err != nil {
		t.Fatalf("Attach: %v", err)
	}
	s2, err := f.Adapter.Attach(u, sig)
	if err != nil || !bytes.Equal(s.Raw, s2.Raw) || s.Ref != s2.Ref {
		t.Fatalf("Attach is not deterministic: %v", err)
	}
	return s
}

// Sign signs u with the fixture's key and attaches the signature.
func Sign(t *testing.T, f Fixture, u chains.Unsigned) chains.Signed { t.Helper(); return sign(t, f, u) }

// Await settles the chain until ref's status is done, and returns it.
func Await(t *testing.T, f Fixture, ref chains.TxRef) chains.TxStatus {
	t.Helper()
	ctx := ctxT(t)
	var st chains.TxStatus
	for range 40 {
		f.Settle(t)
		var err error
		st, err = f.Adapter.Status(ctx, ref)
		if err != nil {
			t.Fatalf("Status %s: %v", ref.ID, err)
		}
		if st.Done() {
			return st
		}
	}
	t.Fatalf("Status %s: still %s after 40 settles", ref.ID, st.State)
	return st
}

// checkIntent: the intent says what the action asked, and the adapter's decoder reads the
// same intent back from the payload alone.
func checkIntent(t *testing.T, f Fixture, a chains.Action, u chains.Unsigned) {
	t.Helper()
	info := f.Adapter.Info()
	in := u.Intent
	if in.Action != a.Kind || in.Chain != info.Chain || in.ChainID != info.ChainID || in.Token != info.Token.Symbol {
		t.Errorf("intent %+v does not match action %s on %s/%s", in, a.Kind, info.Chain, info.ChainID)
	}
	if in.Amount.Sign() < 0 {
		t.Errorf("intent amount negative: %s", in.Amount)
	}
	if a.Kind == signer.ActionDelegate && !in.Amount.Equal(a.Amount) {
		t.Errorf("delegate intent amount %s, asked %s: base units not preserved", in.Amount, a.Amount)
	}
	if in.To == "" {
		t.Errorf("intent has no To: %+v", in)
	}
	dec, err := f.Adapter.Decoder()(u.Payload)
	if err != nil {
		t.Fatalf("decoding our own payload: %v", err)
	}
	if dec.From == "" {
		dec.From = in.From // an unsigned payload may not name its sender; the signer knows it
	}
	if dec.Action != in.Action || dec.Chain != in.Chain || dec.ChainID != in.ChainID || dec.To != in.To ||
		dec.Token != in.Token || !dec.Amount.Equal(in.Amount) || dec.Nonce != in.Nonce || dec.From != in.From {
		t.Errorf("decoder reads %+v, adapter says %+v", dec, in)
	}
}

func position(t *testing.T, f Fixture, validator string) chains.Position {
	t.Helper()
	ps, err := f.Adapter.Positions(ctxT(t), f.Owner)
	if err != nil {
		t.Fatalf("Positions: %v", err)
	}
	var out chains.Position
	n := 0
	for _, p := range ps {
		for _, a := range []money.Amount{p.Bonded, p.Activating, p.Withdrawable, p.Accrued} {
			if a.Sign() < 0 {
				t.Errorf("position %+v has a negative amount", p)
			}
		}
		for _, u := range p.Unbonding {
			if u.Amount.Sign() < 0 {
				t.Errorf("unbonding %+v negative", u)
			}
		}
		if p.Validator == validator {
			out = p
			n++
		}
	}
	if n > 1 {
		t.Errorf("%d positions for validator %s", n, validator)
	}
	return out
}

// balance reads the owner's liquid balance, which is never negative.
func balance(t *testing.T, f Fixture) money.Amount {
	t.Helper()
	b, err := f.Adapter.Balance(ctxT(t), f.Owner)
	if err != nil {
		t.Fatalf("Balance: %v", err)
	}
	if b.Sign() < 0 {
		t.Fatalf("Balance: negative %s", b)
	}
	return b
}

func staked(p chains.Position) money.Amount {
	s, _ := p.Bonded.Add(p.Activating)
	return s
}

func within(got, want, tol money.Amount) bool {
	d, _ := got.Sub(want)
	return d.Abs().Cmp(tol) <= 0
}

func mustFinal(t *testing.T, what string, st chains.TxStatus) {
	t.Helper()
	if st.State != chains.StateConfirmed && st.State != chains.StateFinalized {
		t.Fatalf("%s: state %s (%s), want confirmed or finalized", what, st.State, st.Reason)
	}
}

func testLifecycle(t *testing.T, f Fixture) {
	info := f.Adapter.Info()
	ctx := ctxT(t)
	before := position(t, f, f.Validator)
	if !staked(before).IsZero() {
		t.Fatalf("fixture owner already has %s staked with %s", staked(before), f.Validator)
	}
	start, err := f.Adapter.Head(ctx)
	if err != nil {
		t.Fatalf("Head: %v", err)
	}

	liquidBefore := balance(t, f)

	// Delegate, broadcasting the same bytes several times: it must land exactly once.
	st, _ := Do(t, f, chains.Action{Kind: signer.ActionDelegate, Owner: f.Owner, Validator: f.Validator, Amount: f.Amount})
	mustFinal(t, "delegate", st)
	after := position(t, f, f.Validator)
	if !within(staked(after), f.Amount, f.Tolerance) {
		t.Fatalf("after delegating %s (sent %d times) the position holds %s", f.Amount, f.Broadcasts, staked(after))
	}
	// The liquid balance paid for it: the amount, the fee the status reports (zero where
	// the token does not pay fees) and the chain's deposit or reserve, to the base unit.
	liquidStaked := balance(t, f)
	if st.Fee.Sign() < 0 {
		t.Errorf("delegate: negative fee %s", st.Fee)
	}
	want, _ := f.Amount.Add(st.Fee)
	want, _ = want.Add(f.DelegateExtra)
	if spent, _ := liquidBefore.Sub(liquidStaked); !spent.Equal(want) {
		t.Errorf("delegating %s took %s off the liquid balance (%s, then %s), want %s: the amount, the fee %s and %s more",
			f.Amount, spent, liquidBefore, liquidStaked, want, st.Fee, f.DelegateExtra)
	}
	// The liquid balance comes back once the stake does, whatever way the test ends.
	defer func() {
		if t.Failed() {
			return
		}
		if back := balance(t, f); back.Cmp(liquidStaked) <= 0 {
			t.Errorf("liquid balance %s after getting the stake back, %s while it was staked", back, liquidStaked)
		}
	}()

	// Rewards accrue and are reported, non-negative, with references.
	f.Accrue(t)
	if info.Harvest == chains.HarvestClaim {
		p := position(t, f, f.Validator)
		if p.Accrued.Sign() <= 0 {
			t.Fatalf("after Accrue the position shows accrued %s, want > 0", p.Accrued)
		}
		if info.Supports(signer.ActionClaim) {
			st, ref := Do(t, f, chains.Action{Kind: signer.ActionClaim, Owner: f.Owner, Validator: f.Validator})
			mustFinal(t, "claim", st)
			head, err := f.Adapter.Head(ctx)
			if err != nil {
				t.Fatalf("Head: %v", err)
			}
			rs, err := f.Adapter.Rewards(ctx, f.Owner, chains.Window{From: start, To: head})
			if err != nil {
				t.Fatalf("Rewards: %v", err)
			}
			var sum money.Amount
			seen := false
			for _, r := range rs {
				if r.Amount.Sign() < 0 {
					t.Errorf("negative reward %+v", r)
				}
				if r.Ref.Height < start || r.Ref.Height > head {
					t.Errorf("reward %+v outside window [%d,%d]", r, start, head)
				}
				if r.Ref.TxID == ref.ID {
					seen = true
					if r.Amount.Cmp(p.Accrued) < 0 {
						t.Errorf("claimed %s, less than the %s accrued before", r.Amount, p.Accrued)
					}
				}
				sum, _ = sum.Add(r.Amount)
			}
			if !seen {
				t.Errorf("Rewards does not report the claim %s: %+v", ref.ID, rs)
			}
			if p2 := position(t, f, f.Validator); p2.Accrued.Cmp(p.Accrued) >= 0 {
				t.Errorf("accrued %s after claiming, was %s before", p2.Accrued, p.Accrued)
			}
			if sum.Sign() <= 0 {
				t.Errorf("rewards in the window sum to %s", sum)
			}
		}
	} else {
		head, err := f.Adapter.Head(ctx)
		if err != nil {
			t.Fatalf("Head: %v", err)
		}
		rs, err := f.Adapter.Rewards(ctx, f.Owner, chains.Window{From: start, To: head})
		if err != nil {
			t.Fatalf("Rewards: %v", err)
		}
		var sum money.Amount
		for _, r := range rs {
			if r.Amount.Sign() < 0 {
				t.Errorf("negative reward %+v", r)
			}
			sum, _ = sum.Add(r.Amount)
		}
		grown, _ := staked(position(t, f, f.Validator)).Sub(f.Amount)
		if sum.Sign() <= 0 || !within(sum, grown, f.Tolerance) {
			t.Errorf("compounded rewards %s, the position grew by %s", sum, grown)
		}
	}

	// Undelegate everything we delegated.
	st, _ = Do(t, f, chains.Action{Kind: signer.ActionUndelegate, Owner: f.Owner, Validator: f.Validator, Amount: f.Amount})
	mustFinal(t, "undelegate", st)
	p := position(t, f, f.Validator)
	if info.Unbonding == 0 && info.UnbondingRule == "" {
		return // funds are back at once; nothing to withdraw
	}
	if len(p.Unbonding) == 0 {
		t.Fatalf("after undelegating nothing is unbonding: %+v", p)
	}
	var unb money.Amount
	for _, u := range p.Unbonding {
		unb, _ = unb.Add(u.Amount)
		if u.Matured {
			t.Errorf("unbonding %+v matured at once", u)
		}
	}
	if !within(unb, f.Amount, f.Tolerance) {
		t.Errorf("unbonding %s, undelegated %s", unb, f.Amount)
	}
	_, err = f.Adapter.Build(ctx, chains.Action{Kind: signer.ActionWithdraw, Owner: f.Owner, Validator: f.Validator, Request: p.Unbonding[0].ID})
	if r := chains.ReasonOf(err); r != chains.ReasonNotMatured {
		t.Errorf("early withdraw: reason %q (%v), want %q", r, err, chains.ReasonNotMatured)
	}
	f.Mature(t)
	st, _ = Do(t, f, chains.Action{Kind: signer.ActionWithdraw, Owner: f.Owner, Validator: f.Validator, Request: p.Unbonding[0].ID})
	mustFinal(t, "withdraw", st)
	p = position(t, f, f.Validator)
	if len(p.Unbonding) != 0 || !p.Withdrawable.IsZero() {
		t.Errorf("after withdrawing: %+v", p)
	}
	_, err = f.Adapter.Build(ctx, chains.Action{Kind: signer.ActionWithdraw, Owner: f.Owner, Validator: f.Validator, Request: p0(p)})
	if !errors.Is(err, chains.ErrRejected) {
		t.Errorf("withdraw with nothing left: %v, want rejected", err)
	}
}

func p0(p chains.Position) string {
	if len(p.Unbonding) > 0 {
		return p.Unbonding[0].ID
	}
	return ""
}
