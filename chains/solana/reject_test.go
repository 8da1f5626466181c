package solana_test

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"testing"

	sg "github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/stake"
	"github.com/gagliardetto/solana-go/programs/system"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/signer"
)

func spk(k solanasimKey) sg.PublicKey { return sg.PublicKeyFromBytes(k[:]) }

type solanasimKey = [32]byte

func m(k sg.PublicKey, w, s bool) *sg.AccountMeta {
	return &sg.AccountMeta{PublicKey: k, IsWritable: w, IsSigner: s}
}

// raw builds, signs with k (the only signer and fee payer) and attaches a transaction of
// ixs, the way an attacker or a buggy builder could, bypassing Build's checks.
func (e *env) raw(t *testing.T, k ed25519.PrivateKey, ixs ...sg.Instruction) chains.Signed {
	t.Helper()
	payer := sg.PublicKeyFromBytes(k.Public().(ed25519.PublicKey))
	c := rpc.New(e.url)
	bh, err := c.GetLatestBlockhash(context.Background(), rpc.CommitmentConfirmed)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := sg.NewTransaction(ixs, bh.Value.Blockhash, sg.TransactionPayer(payer))
	if err != nil {
		t.Fatal(err)
	}
	msg, err := tx.Message.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	raw := append(append([]byte{1}, ed25519.Sign(k, msg)...), msg...)
	return chains.Signed{Chain: "solana", Raw: raw, Ref: chains.TxRef{Seq: bh.Value.LastValidBlockHeight}}
}

func data(ix interface{ Data() ([]byte, error) }) []byte {
	d, err := ix.Data()
	if err != nil {
		panic(err)
	}
	return d
}

// stakeAccountOf returns the address of the owner's single stake account with validator v.
func (e *env) stakeAccounts(t *testing.T) []string {
	t.Helper()
	c := rpc.New(e.url)
	res, err := c.GetProgramAccountsWithOpts(context.Background(), sg.StakeProgramID, &rpc.GetProgramAccountsOpts{
		Filters: []rpc.RPCFilter{{DataSize: 200}, {Memcmp: &rpc.RPCFilterMemcmp{Offset: 44, Bytes: e.owner[:]}}}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range res {
		out = append(out, a.Pubkey.String())
	}
	return out
}

func withdrawIx(acct, to, auth sg.PublicKey, lamports uint64) sg.Instruction {
	return sg.NewInstruction(sg.StakeProgramID, sg.AccountMetaSlice{m(acct, true, false), m(to, true, false),
		m(sg.SysVarClockPubkey, false, false), m(sg.SysVarStakeHistoryPubkey, false, false), m(auth, false, true)},
		data(stake.NewWithdrawInstructionBuilder().SetLamports(lamports).Build()))
}

func deactivateIx(acct, auth sg.PublicKey) sg.Instruction {
	return sg.NewInstruction(sg.StakeProgramID, sg.AccountMetaSlice{m(acct, true, false),
		m(sg.SysVarClockPubkey, false, false), m(auth, false, true)}, data(stake.NewDeactivateInstructionBuilder().Build()))
}

func mergeIx(dst, src, auth sg.PublicKey) sg.Instruction {
	return sg.NewInstruction(sg.StakeProgramID, sg.AccountMetaSlice{m(dst, true, false), m(src, true, false),
		m(sg.SysVarClockPubkey, false, false), m(sg.SysVarStakeHistoryPubkey, false, false), m(auth, false, true)},
		binary.LittleEndian.AppendUint32(nil, 7))
}

// TestChainRejections sends transactions the chain refuses, built by hand so that only the
// node's own rules stand in the way, and checks each maps to the right reason.
func TestChainRejections(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	ownerKey := key("custody " + t.Name())
	owner := spk(e.owner)
	mallory := key("mallory")
	e.sim.Fund(pub(mallory), 10_000_000_000)
	e.do(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "3")})
	e.do(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.other.String(), Amount: sol(t, "3")})
	e.sim.AdvanceEpochs(1)
	accs := e.stakeAccounts(t)
	if len(accs) != 2 {
		t.Fatalf("stake accounts %v", accs)
	}
	a0, a1 := sg.MustPublicKeyFromBase58(accs[0]), sg.MustPublicKeyFromBase58(accs[1])
	bal := e.sim.Balance(e.owner)

	tests := []struct {
		name       string
		key        ed25519.PrivateKey
		ixs        []sg.Instruction
		wantReason chains.Reason
	}{
		{"insufficient funds", ownerKey, []sg.Instruction{system.NewTransferInstruction(bal+1, owner, spk(pub(mallory))).Build()}, chains.ReasonInsufficientFunds},
		{"left below rent exemption", ownerKey, []sg.Instruction{system.NewTransferInstruction(bal-5000-1, owner, spk(pub(mallory))).Build()}, chains.ReasonInsufficientFunds},
		{"wrong authority deactivates", mallory, []sg.Instruction{deactivateIx(a0, spk(pub(mallory)))}, chains.ReasonInvalid},
		{"wrong authority withdraws", mallory, []sg.Instruction{withdrawIx(a0, spk(pub(mallory)), spk(pub(mallory)), 1)}, chains.ReasonInvalid},
		{"withdrawing active stake", ownerKey, []sg.Instruction{withdrawIx(a0, owner, owner, 1_000_000_000)}, chains.ReasonNotMatured},
		{"merging different validators", ownerKey, []sg.Instruction{mergeIx(a0, a1, owner)}, chains.ReasonInvalid},
		{"merging active into deactivating", ownerKey, []sg.Instruction{deactivateIx(a1, owner), mergeIx(a0, a1, owner)}, chains.ReasonNotMatured},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := e.raw(t, tt.key, tt.ixs...)
			_, err := e.adapter.Broadcast(ctx, s)
			if chains.Classify(err) != chains.ClassRejected || chains.ReasonOf(err) != tt.wantReason {
				t.Fatalf("got %v (class %s), want rejected %s", err, chains.Classify(err), tt.wantReason)
			}
		})
	}
	if e.sim.Pending() != 0 {
		t.Fatalf("%d rejected transactions were queued", e.sim.Pending())
	}
	if got := e.sim.Balance(e.owner); got != bal {
		t.Fatalf("custody balance moved from %d to %d", bal, got)
	}
}

// TestBuildRejections: Build refuses what would fail, before anything is signed.
func TestBuildRejections(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	o := e.owner.String()
	tests := []struct {
		name string
		give chains.Action
		want chains.Reason
	}{
		{"delinquent validator", chains.Action{Kind: signer.ActionDelegate, Validator: e.delinquent.String(), Amount: sol(t, "1")}, chains.ReasonValidatorInactive},
		{"not a vote account", chains.Action{Kind: signer.ActionDelegate, Validator: pub(key("nobody")).String(), Amount: sol(t, "1")}, chains.ReasonValidatorInactive},
		{"more than the balance", chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "100")}, chains.ReasonInsufficientFunds},
		{"undelegate with nothing staked", chains.Action{Kind: signer.ActionUndelegate, Validator: e.good.String(), Amount: sol(t, "1")}, chains.ReasonInsufficientFunds},
		{"withdraw with nothing inactive", chains.Action{Kind: signer.ActionWithdraw, Validator: e.good.String()}, chains.ReasonNothingToClaim},
		{"merge with one account", chains.Action{Kind: signer.ActionMerge, Validator: e.good.String()}, chains.ReasonNothingToClaim},
		{"owner not in custody", chains.Action{Kind: signer.ActionDelegate, Owner: pub(key("stranger")).String(), Validator: e.good.String(), Amount: sol(t, "1")}, chains.ReasonInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.give.Owner == "" {
				tt.give.Owner = o
			}
			_, err := e.adapter.Build(ctx, tt.give)
			if chains.ReasonOf(err) != tt.want {
				t.Fatalf("got %v, want %s", err, tt.want)
			}
		})
	}
}

// TestMerge: two accounts with one validator merge into one, active with active and
// activating with activating; undelegating everything across accounts asks for a merge.
func TestMerge(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	for range 2 {
		e.do(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "2")})
	}
	mergeable := func(want int) {
		t.Helper()
		if got := e.positions(t)[e.good.String()].Mergeable; got != want {
			t.Fatalf("Mergeable = %d, want %d", got, want)
		}
	}
	// Both activating in the same epoch: mergeable.
	mergeable(2)
	st := e.do(t, chains.Action{Kind: signer.ActionMerge, Validator: e.good.String()})
	if len(e.stakeAccounts(t)) != 1 {
		t.Fatalf("after merging activating accounts: %v (%+v)", e.stakeAccounts(t), st)
	}
	// The stake program stakes the source's rent reserve too when activating accounts merge.
	if p := e.positions(t)[e.good.String()]; !p.Activating.Equal(lamports(4_000_000_000 + 2_282_880)) {
		t.Fatalf("merged activating stake %s, want 4 SOL and the source's reserve", p.Activating)
	}
	e.sim.AdvanceEpochs(1)
	e.do(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "1")})
	// One active and one activating account: the chain would refuse, so there is nothing to merge.
	mergeable(0)
	if _, err := e.adapter.Build(ctx, chains.Action{Kind: signer.ActionMerge, Owner: e.owner.String(), Validator: e.good.String()}); chains.ReasonOf(err) != chains.ReasonNothingToClaim {
		t.Fatalf("merge of active with activating: %v", err)
	}
	_, err := e.adapter.Build(ctx, chains.Action{Kind: signer.ActionUndelegate, Owner: e.owner.String(), Validator: e.good.String()})
	var pre *chains.PrerequisiteError
	if !errors.As(err, &pre) || pre.Need.Kind != signer.ActionMerge {
		t.Fatalf("undelegate everything across two accounts: %v, want a merge prerequisite", err)
	}
	e.sim.AdvanceEpochs(1)
	mergeable(2)
	bonded := e.positions(t)[e.good.String()].Bonded
	e.do(t, chains.Action{Kind: signer.ActionMerge, Validator: e.good.String()})
	mergeable(0)
	if len(e.stakeAccounts(t)) != 1 {
		t.Fatalf("after merging active accounts: %v", e.stakeAccounts(t))
	}
	if p := e.positions(t)[e.good.String()]; !p.Bonded.Equal(bonded) {
		t.Fatalf("bonded %s after merge, %s before", p.Bonded, bonded)
	}
	// Now the whole position is one account: undelegate everything deactivates it.
	st = e.do(t, chains.Action{Kind: signer.ActionUndelegate, Validator: e.good.String()})
	if p := e.positions(t)[e.good.String()]; len(p.Unbonding) != 1 || !p.Unbonding[0].Amount.Equal(bonded) || !p.Bonded.IsZero() {
		t.Fatalf("after undelegating everything: %+v (%+v)", p, st)
	}
}
