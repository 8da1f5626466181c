package cardano

import (
	"crypto/ed25519"
	"errors"
	"math/big"
	"strconv"
	"testing"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

func mustFinal(t *testing.T, what string, st chains.TxStatus) {
	t.Helper()
	if st.State != chains.StateFinalized && st.State != chains.StateConfirmed {
		t.Fatalf("%s: %s (%s)", what, st.State, st.Reason)
	}
}

// memberReward is the simulator's documented reward rule, restated: stake*rate, less the
// pool's margin, truncated.
func memberReward(stake, ratePPM, marginPPM uint64) uint64 {
	r := new(big.Int).SetUint64(stake)
	r.Mul(r, new(big.Int).SetUint64(ratePPM))
	r.Mul(r, new(big.Int).SetUint64(1_000_000-marginPPM))
	return r.Quo(r, big.NewInt(1_000_000_000_000)).Uint64()
}

func (e *env) feeOf(t *testing.T, u chains.Unsigned) uint64 {
	t.Helper()
	b, err := decodeBody(u.Payload)
	if err != nil {
		t.Fatal(err)
	}
	return b.fee
}

func TestDelegateRewardsClaim(t *testing.T) {
	e := newEnv(t, envOpts{})
	ctx := t.Context()
	const stake = 100_000_000
	start, err := e.a.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u, err := e.a.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.base, Validator: e.pool, Amount: money.NewAmount(stake)})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := decodeBody(u.Payload)
	var kinds []uint64
	for _, c := range b.certs {
		kinds = append(kinds, c.kind)
	}
	if len(kinds) != 3 || kinds[0] != certReg || kinds[1] != certStakeDelegation || kinds[2] != certVoteDeleg {
		t.Fatalf("first delegation certificates %v, want registration, delegation, vote delegation", kinds)
	}
	if u.Intent.To != e.pool || !u.Intent.Amount.Equal(money.NewAmount(stake)) {
		t.Fatalf("intent %+v", u.Intent)
	}
	fee := e.feeOf(t, u)
	ref, err := e.a.Broadcast(ctx, e.sign(t, u))
	if err != nil {
		t.Fatal(err)
	}
	delegEpoch := e.sim.Epoch()
	mustFinal(t, "delegate", awaitRef(t, e, ref))
	// Exact money: the buffer paid stake, the key deposit and the fee; the base address
	// holds exactly the stake.
	if got, want := e.sim.Balance(e.owner.enterprise), uint64(1000_000_000-stake-2_000_000)-fee; got != want {
		t.Errorf("buffer %d, want %d", got, want)
	}
	if got := e.sim.Balance(e.owner.base); got != stake {
		t.Errorf("base address %d, want %d", got, stake)
	}
	ps, err := e.a.Positions(ctx, e.owner.base)
	if err != nil || len(ps) != 1 {
		t.Fatalf("positions %+v, %v", ps, err)
	}
	if ps[0].Validator != e.pool || !ps[0].Activating.Equal(money.NewAmount(stake)) || !ps[0].Bonded.IsZero() {
		t.Errorf("fresh delegation: %+v, want %d activating with %s", ps[0], stake, e.pool)
	}
	// A second delegation to the same pool re-states the certificate only: no deposit,
	// no vote delegation, and the activation epoch is not reset.
	e.sim.AdvanceEpoch()
	e.sim.AdvanceEpoch()
	u2, err := e.a.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.base, Validator: e.pool, Amount: money.NewAmount(stake)})
	if err != nil {
		t.Fatal(err)
	}
	if b2, _ := decodeBody(u2.Payload); len(b2.certs) != 1 || b2.certs[0].kind != certStakeDelegation {
		t.Fatalf("second delegation certificates %+v", b2.certs)
	}
	ref2, err := e.a.Broadcast(ctx, e.sign(t, u2))
	if err != nil {
		t.Fatal(err)
	}
	mustFinal(t, "second delegate", awaitRef(t, e, ref2))
	ps, _ = e.a.Positions(ctx, e.owner.base)
	if len(ps) != 1 || !ps[0].Bonded.Equal(money.NewAmount(2*stake)) || !ps[0].Activating.IsZero() {
		t.Fatalf("after two epochs and a top-up: %+v, want %d bonded", ps, 2*stake)
	}

	// Rewards over several epochs: the snapshot at the end of epoch e earns in e+2 and is
	// paid at the start of e+4. Walk to the start of epoch delegEpoch+8.
	for e.sim.Epoch() < delegEpoch+8 {
		e.sim.AdvanceEpoch()
	}
	head, err := e.a.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := e.a.Rewards(ctx, e.owner.base, chains.Window{From: start, To: head})
	if err != nil {
		t.Fatal(err)
	}
	// Expected, per the documented rule, for earned epochs delegEpoch+2 .. delegEpoch+6:
	// the snapshot at the end of k-2 (base address plus rewards paid by then) earns in k.
	// The top-up landed in delegEpoch+2; the reward earned in j is paid at the start of j+2.
	base := func(endOf int64) uint64 {
		if endOf < delegEpoch+2 {
			return stake
		}
		return 2 * stake
	}
	earned := map[int64]uint64{}
	rewardBal := func(endOf int64) uint64 {
		var s uint64
		for j, r := range earned {
			if j+2 <= endOf {
				s += r
			}
		}
		return s
	}
	var want []uint64
	for k := delegEpoch + 2; k <= delegEpoch+6; k++ {
		earned[k] = memberReward(base(k-2)+rewardBal(k-2), 600, 20_000)
		want = append(want, earned[k])
	}
	if len(rs) != len(want) {
		t.Fatalf("%d rewards %+v, want %d", len(rs), rs, len(want))
	}
	var total money.Amount
	for i, r := range rs {
		earned := delegEpoch + 2 + int64(i)
		if r.Ref.Epoch != strconv.FormatInt(earned, 10) || r.Validator != e.pool || r.Kind != chains.RewardCompounded {
			t.Errorf("reward %d: %+v, want earned epoch %d with %s", i, r, earned, e.pool)
		}
		if !r.Amount.Equal(money.NewAmountUint64(want[i])) {
			t.Errorf("reward for epoch %d: %s, want %d", earned, r.Amount, want[i])
		}
		if landed, ok, _ := e.a.epochStart(ctx, earned+2); !ok || r.Ref.Height != landed {
			t.Errorf("reward for epoch %d referenced at height %d, first block of epoch %d is %d", earned, r.Ref.Height, earned+2, landed)
		}
		total, _ = total.Add(r.Amount)
	}
	if want[len(want)-1] == want[0] {
		t.Errorf("rewards do not compound: %v", want)
	}
	// A window ending before the last landing leaves the last reward out.
	last := rs[len(rs)-1].Ref.Height
	early, err := e.a.Rewards(ctx, e.owner.base, chains.Window{From: start, To: last - 1})
	if err != nil || len(early) != len(rs)-1 {
		t.Errorf("window ending before the last landing: %d rewards (%v), want %d", len(early), err, len(rs)-1)
	}
	// The position grew by exactly the rewards.
	ps, _ = e.a.Positions(ctx, e.owner.base)
	if grown, _ := ps[0].Bonded.Sub(money.NewAmount(2 * stake)); !grown.Equal(total) {
		t.Errorf("position grew by %s, rewards sum to %s", grown, total)
	}

	// Harvest: the whole reward balance moves to the buffer.
	buffer := e.sim.Balance(e.owner.enterprise)
	reward := e.sim.RewardBalance(e.owner.stakeAddr)
	if money.NewAmountUint64(reward).Cmp(total) != 0 {
		t.Fatalf("reward account %d, rewards sum %s", reward, total)
	}
	uc, err := e.a.Build(ctx, chains.Action{Kind: signer.ActionClaim, Owner: e.owner.base, Validator: e.pool})
	if err != nil {
		t.Fatal(err)
	}
	if !uc.Intent.Amount.Equal(money.NewAmountUint64(reward)) || uc.Intent.To != e.owner.stakeAddr {
		t.Errorf("claim intent %+v, want %d from %s", uc.Intent, reward, e.owner.stakeAddr)
	}
	cfee := e.feeOf(t, uc)
	refc, err := e.a.Broadcast(ctx, e.sign(t, uc))
	if err != nil {
		t.Fatal(err)
	}
	mustFinal(t, "claim", awaitRef(t, e, refc))
	if got := e.sim.RewardBalance(e.owner.stakeAddr); got != 0 {
		t.Errorf("reward account %d after claiming", got)
	}
	if got, want := e.sim.Balance(e.owner.enterprise), buffer+reward-cfee; got != want {
		t.Errorf("buffer %d after claiming, want %d", got, want)
	}
	_, err = e.a.Build(ctx, chains.Action{Kind: signer.ActionClaim, Owner: e.owner.base, Validator: e.pool})
	if r := chains.ReasonOf(err); r != chains.ReasonNothingToClaim {
		t.Errorf("claim with nothing: %v, want %s", err, chains.ReasonNothingToClaim)
	}
}

func awaitRef(t *testing.T, e *env, ref chains.TxRef) chains.TxStatus {
	t.Helper()
	return chainstest.Await(t, e.fixture, ref)
}

func TestUndelegateRedelegateTransfer(t *testing.T) {
	e := newEnv(t, envOpts{})
	ctx := t.Context()
	st, _ := e.do(t, chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.base, Validator: e.pool, Amount: money.NewAmount(300_000_000)})
	mustFinal(t, "delegate", st)

	// Redelegate moves the whole stake to another pool with one certificate.
	st, _ = e.do(t, chains.Action{Kind: signer.ActionRedelegate, Owner: e.owner.base, Validator: e.pool, ToValidator: e.pool2})
	mustFinal(t, "redelegate", st)
	ps, _ := e.a.Positions(ctx, e.owner.base)
	if len(ps) != 1 || ps[0].Validator != e.pool2 {
		t.Fatalf("after redelegating: %+v", ps)
	}
	_, err := e.a.Build(ctx, chains.Action{Kind: signer.ActionRedelegate, Owner: e.owner.base, Validator: e.pool2, ToValidator: e.pool2})
	if !errors.Is(err, chains.ErrRejected) {
		t.Errorf("redelegate to the same pool: %v", err)
	}

	// Partial undelegation returns exactly the amount to the buffer; the rest stays.
	buffer := e.sim.Balance(e.owner.enterprise)
	u, err := e.a.Build(ctx, chains.Action{Kind: signer.ActionUndelegate, Owner: e.owner.base, Validator: e.pool2, Amount: money.NewAmount(120_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	fee := e.feeOf(t, u)
	ref, err := e.a.Broadcast(ctx, e.sign(t, u))
	if err != nil {
		t.Fatal(err)
	}
	mustFinal(t, "undelegate", awaitRef(t, e, ref))
	if got := e.sim.Balance(e.owner.base); got != 180_000_000 {
		t.Errorf("base address %d after undelegating 120 of 300 ADA", got)
	}
	if got, want := e.sim.Balance(e.owner.enterprise), buffer+120_000_000-fee; got != want {
		t.Errorf("buffer %d, want %d", got, want)
	}
	// Undelegating more than is staked is refused before anything is signed.
	_, err = e.a.Build(ctx, chains.Action{Kind: signer.ActionUndelegate, Owner: e.owner.base, Validator: e.pool2, Amount: money.NewAmount(180_000_001)})
	if r := chains.ReasonOf(err); r != chains.ReasonInsufficientFunds {
		t.Errorf("over-undelegate: %v", err)
	}

	// A payment out of custody.
	dest, err := signer.Address("cardano", testNetwork, signer.Ed25519, testKey("exchange").Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	buffer = e.sim.Balance(e.owner.enterprise)
	ut, err := e.a.Build(ctx, chains.Action{Kind: signer.ActionTransfer, Owner: e.owner.base, Validator: dest, Amount: money.NewAmount(50_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	if ut.Intent.Action != signer.ActionTransfer || ut.Intent.To != dest || !ut.Intent.Amount.Equal(money.NewAmount(50_000_000)) {
		t.Errorf("transfer intent %+v", ut.Intent)
	}
	tfee := e.feeOf(t, ut)
	ref, err = e.a.Broadcast(ctx, e.sign(t, ut))
	if err != nil {
		t.Fatal(err)
	}
	mustFinal(t, "transfer", awaitRef(t, e, ref))
	if got := e.sim.Balance(dest); got != 50_000_000 {
		t.Errorf("destination holds %d", got)
	}
	if got, want := e.sim.Balance(e.owner.enterprise), buffer-50_000_000-tfee; got != want {
		t.Errorf("buffer %d after paying out, want %d", got, want)
	}
	if got := e.sim.Balance(e.owner.base); got != 180_000_000 {
		t.Errorf("a payment from the buffer touched the stake: %d", got)
	}
	// Build-time refusals.
	tests := []struct {
		name string
		give chains.Action
		want chains.Reason
	}{
		{"below min utxo", chains.Action{Kind: signer.ActionTransfer, Owner: e.owner.base, Validator: dest, Amount: money.NewAmount(500_000)}, chains.ReasonBelowMinimum},
		{"more than the buffer", chains.Action{Kind: signer.ActionTransfer, Owner: e.owner.base, Validator: dest, Amount: money.NewAmount(10_000_000_000)}, chains.ReasonInsufficientFunds},
		{"to ourselves", chains.Action{Kind: signer.ActionTransfer, Owner: e.owner.base, Validator: e.owner.enterprise, Amount: money.NewAmount(5_000_000)}, chains.ReasonInvalid},
		{"unknown pool", chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.base, Validator: poolText(hash28{9}), Amount: money.NewAmount(5_000_000)}, chains.ReasonValidatorInactive},
		{"retired pool", chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.base, Validator: e.retired, Amount: money.NewAmount(5_000_000)}, chains.ReasonValidatorInactive},
		{"not custody", chains.Action{Kind: signer.ActionDelegate, Owner: newOwner(hash28{1}, hash28{2}, 0).base, Validator: e.pool, Amount: money.NewAmount(5_000_000)}, chains.ReasonInvalid},
		{"already registered", chains.Action{Kind: signer.ActionRegister, Owner: e.owner.base, Validator: e.pool2}, chains.ReasonInvalid},
	}
	for _, tt := range tests {
		_, err := e.a.Build(ctx, tt.give)
		if r := chains.ReasonOf(err); r != tt.want {
			t.Errorf("%s: %v, want reason %s", tt.name, err, tt.want)
		}
	}
}

func TestTwoKeys(t *testing.T) {
	e := newEnv(t, envOpts{twoKeys: true})
	ctx := t.Context()
	if e.owner.payment == e.owner.stake {
		t.Fatal("keys are the same")
	}
	u, err := e.a.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.base, Validator: e.pool, Amount: money.NewAmount(100_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	// One signature is not enough for certificates: Attach says so before anything leaves.
	sig, err := e.signer.Sign(ctx, signer.Request{KeyID: "pay", Chain: Name, Payload: u.Payload, Intent: u.Intent})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.a.Attach(u, sig); err == nil {
		t.Fatal("Attach with the payment key alone accepted a certificate transaction")
	}
	// A signature over the payload itself (not its hash) is refused.
	bad, _ := e.signer.TestSigner.Sign(ctx, signer.Request{KeyID: "stake", Chain: Name, Payload: u.Payload, Intent: u.Intent})
	if _, err := e.a.AttachWitnesses(u, sig, bad); err == nil {
		t.Fatal("a signature over the raw body was accepted")
	}
	in, err := e.a.Decoder()(u.Payload)
	if err != nil || in.From != e.owner.base {
		t.Fatalf("decoded %+v (%v), want From %s", in, err, e.owner.base)
	}
	ref, err := e.a.Broadcast(ctx, e.sign(t, u))
	if err != nil {
		t.Fatal(err)
	}
	mustFinal(t, "delegate", awaitRef(t, e, ref))
	// A plain payment needs the payment key only.
	u, err = e.a.Build(ctx, chains.Action{Kind: signer.ActionUndelegate, Owner: e.owner.base, Validator: e.pool, Amount: money.NewAmount(40_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	sig, _ = e.signer.Sign(ctx, signer.Request{KeyID: "pay", Chain: Name, Payload: u.Payload, Intent: u.Intent})
	s, err := e.a.Attach(u, sig)
	if err != nil {
		t.Fatalf("Attach of a payment with the payment key: %v", err)
	}
	ref, err = e.a.Broadcast(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	mustFinal(t, "undelegate", awaitRef(t, e, ref))
	if got := e.sim.Balance(e.owner.base); got != 60_000_000 {
		t.Errorf("base address %d", got)
	}
}
