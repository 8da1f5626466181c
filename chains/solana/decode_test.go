package solana_test

import (
	"context"
	"crypto/ed25519"
	"testing"

	sg "github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/stake"
	"github.com/gagliardetto/solana-go/programs/system"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/solana"
	"github.com/softstake/staker/signer"
)

func message(t *testing.T, payer sg.PublicKey, ixs ...sg.Instruction) []byte {
	t.Helper()
	tx, err := sg.NewTransaction(ixs, sg.Hash{7}, sg.TransactionPayer(payer))
	if err != nil {
		t.Fatal(err)
	}
	b, err := tx.Message.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecoderReadsEveryAction: each action Build makes decodes to the intent it carries.
func TestDecoderReadsEveryAction(t *testing.T) {
	e := setup(t, e0())
	e.do(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "3")})
	e.do(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "3")})
	e.sim.AdvanceEpochs(1)
	dec := e.adapter.Decoder()
	for _, a := range []chains.Action{
		{Kind: signer.ActionSplit, Validator: e.good.String(), Amount: sol(t, "1")},
		{Kind: signer.ActionUndelegate, Validator: e.good.String(), Amount: sol(t, "1")},
		{Kind: signer.ActionUndelegate, Validator: e.good.String(), Amount: sol(t, "3")},
		{Kind: signer.ActionMerge, Validator: e.good.String()},
	} {
		a.Owner = e.owner.String()
		u, err := e.adapter.Build(context.Background(), a)
		if err != nil {
			t.Fatalf("%s: %v", a.Kind, err)
		}
		in, err := dec(u.Payload)
		if err != nil || !sameIntent(in, u.Intent) || in.Action != a.Kind || in.Chain != "solana" || in.Token != "SOL" || in.Nonce == "" {
			t.Errorf("%s: decoded %+v (%v), built %+v", a.Kind, in, err, u.Intent)
		}
	}
}

// TestDecoderRefuses: payloads Build would never make are refused, whatever they claim.
func TestDecoderRefuses(t *testing.T) {
	e := setup(t, e0())
	dec := e.adapter.Decoder()
	o := sg.PublicKeyFromBytes(e.owner[:])
	x := spk(pub(key("mallory")))
	vote := sg.PublicKeyFromBytes(e.good[:])
	acct, _ := sg.CreateWithSeed(o, "seed", sg.StakeProgramID)
	create := func(funder, base sg.PublicKey, seed string, lamports uint64) sg.Instruction {
		addr, _ := sg.CreateWithSeed(base, seed, sg.StakeProgramID)
		return sg.NewInstruction(sg.SystemProgramID, sg.AccountMetaSlice{m(funder, true, true), m(addr, true, false), m(base, false, true)},
			data(system.NewCreateAccountWithSeedInstruction(base, seed, lamports, 200, sg.StakeProgramID, funder, addr, base).Build()))
	}
	initialize := func(staker, withdrawer sg.PublicKey) sg.Instruction {
		return sg.NewInstruction(sg.StakeProgramID, sg.AccountMetaSlice{m(acct, true, false), m(sg.SysVarRentPubkey, false, false)},
			data(stake.NewInitializeInstruction(staker, withdrawer, acct).Build()))
	}
	delegate := sg.NewInstruction(sg.StakeProgramID, sg.AccountMetaSlice{m(acct, true, false), m(vote, false, false),
		m(sg.SysVarClockPubkey, false, false), m(sg.SysVarStakeHistoryPubkey, false, false), m(sg.SysVarStakeConfigPubkey, false, false), m(o, false, true)},
		data(stake.NewDelegateStakeInstructionBuilder().Build()))
	transfer := system.NewTransferInstruction(5, o, acct).Build()
	good := message(t, o, create(o, o, "seed", 2_282_880), transfer, initialize(o, o), delegate)
	if in, err := dec(good); err != nil || in.Action != signer.ActionDelegate || in.To != vote.String() || in.Amount.String() != "5" {
		t.Fatalf("a well-formed delegation: %+v %v", in, err)
	}
	memo := sg.NewInstruction(sg.MustPublicKeyFromBase58("MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr"), nil, []byte("hi"))
	tests := []struct {
		name string
		give []byte
	}{
		{"unknown program", message(t, o, memo)},
		{"extra instruction", message(t, o, withdrawIx(acct, o, o, 1), memo)},
		{"withdraw to someone else", message(t, o, withdrawIx(acct, x, o, 1))},
		{"withdrawer not the signer", message(t, o, create(o, o, "seed", 2_282_880), transfer, initialize(o, x), delegate)},
		{"reserve hiding a payment", message(t, o, create(o, o, "seed", 50_000_000_000), transfer, initialize(o, o), delegate)},
		{"transfer out of custody", message(t, o, system.NewTransferInstruction(5, o, x).Build())},
		{"two signers", message(t, o, deactivateIx(acct, x))},
		{"plain transfer instead of funding", message(t, o, transfer)},
		{"merge into itself", message(t, o, mergeIx(acct, acct, o))},
		{"truncated", good[:len(good)-3]},
		{"trailing bytes", append(append([]byte(nil), good...), 0)},
		{"versioned", append([]byte{0x80}, good...)},
		{"empty", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if in, err := dec(tt.give); err == nil {
				t.Fatalf("decoded %+v", in)
			}
		})
	}
	// Attach refuses a signature by another key.
	u := chains.Unsigned{Chain: "solana", Payload: good, Intent: signer.Intent{From: o.String()}}
	bad := ed25519.Sign(key("mallory"), good)
	if _, err := e.adapter.Attach(u, signer.Signature{Bytes: bad}); chains.ReasonOf(err) != chains.ReasonInvalid {
		t.Fatalf("Attach with a foreign signature: %v", err)
	}
}

// FuzzDecoder: the decoder never panics, and whatever it accepts names a signer and a
// non-negative amount.
func FuzzDecoder(f *testing.F) {
	o := spk(pub(key("fuzz")))
	acct, _ := sg.CreateWithSeed(o, "seed", sg.StakeProgramID)
	for _, ix := range []sg.Instruction{withdrawIx(acct, o, o, 9), deactivateIx(acct, o), mergeIx(acct, o, o)} {
		tx, _ := sg.NewTransaction([]sg.Instruction{ix}, sg.Hash{1}, sg.TransactionPayer(o))
		b, _ := tx.Message.MarshalBinary()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		in, err := solana.DecodeIntent(b)
		if err == nil && (in.From == "" || in.Amount.Sign() < 0) {
			t.Fatalf("accepted %+v", in)
		}
	})
}

func sameIntent(a, b signer.Intent) bool {
	x, y := a, b
	x.Amount = y.Amount
	return x == y && a.Amount.Equal(b.Amount)
}
