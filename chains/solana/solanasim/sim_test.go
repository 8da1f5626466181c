package solanasim

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"testing"

	sg "github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/system"
)

func testKey(name string) ed25519.PrivateKey {
	s := sha256.Sum256([]byte(name))
	return ed25519.NewKeyFromSeed(s[:])
}

func pk(k ed25519.PrivateKey) Pubkey { return Pubkey(k.Public().(ed25519.PublicKey)) }

// signedTransfer builds a transfer with the library (an independent encoder) and signs it.
func signedTransfer(t *testing.T, s *Sim, from ed25519.PrivateKey, to Pubkey, lamports uint64) []byte {
	t.Helper()
	fk := sg.PublicKeyFromBytes(from.Public().(ed25519.PublicKey))
	h := s.blockhash(s.Slot())
	tx, err := sg.NewTransaction([]sg.Instruction{system.NewTransferInstruction(lamports, fk, sg.PublicKeyFromBytes(to[:])).Build()},
		sg.Hash(h), sg.TransactionPayer(fk))
	if err != nil {
		t.Fatal(err)
	}
	msg, err := tx.Message.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{1}, ed25519.Sign(from, msg)...), msg...)
}

func TestDecodeAndExecuteTransfer(t *testing.T) {
	s := New(Config{})
	alice, bob := testKey("alice"), pk(testKey("bob"))
	s.Fund(pk(alice), 10_000_000)
	raw := signedTransfer(t, s, alice, bob, 1_000_000)
	tx, err := decodeTransaction(raw)
	if err != nil {
		t.Fatal(err)
	}
	if !tx.verify() || tx.msg.keys[0] != pk(alice) || len(tx.msg.ixs) != 1 {
		t.Fatalf("decoded %+v", tx.msg)
	}
	if err := s.submit(tx, true); err != nil {
		t.Fatal(err)
	}
	if err := s.submit(tx, true); err != nil {
		t.Fatalf("second submit before the slot: %v", err)
	}
	s.AdvanceSlots(1)
	if got := s.Balance(bob); got != 1_000_000 {
		t.Fatalf("bob has %d: the transfer landed %d times", got, got/1_000_000)
	}
	if got := s.Balance(pk(alice)); got != 10_000_000-1_000_000-5000 {
		t.Fatalf("alice has %d", got)
	}
	if err := s.submit(tx, true); err == nil || err.Name != "AlreadyProcessed" {
		t.Fatalf("resubmitting a landed transaction: %v", err)
	}
	// A tampered signature, an expired blockhash, bob below rent exemption.
	bad := append([]byte(nil), raw...)
	bad[5] ^= 1
	if tx2, err := decodeTransaction(bad); err != nil || tx2.verify() {
		t.Fatalf("tampered signature verified (%v)", err)
	}
	old := signedTransfer(t, s, alice, bob, 1_000_001)
	s.AdvanceSlots(MaxProcessingAge + 1)
	tx3, _ := decodeTransaction(old)
	if err := s.submit(tx3, true); err == nil || err.Name != "BlockhashNotFound" {
		t.Fatalf("expired blockhash: %v", err)
	}
	tiny, _ := decodeTransaction(signedTransfer(t, s, alice, pk(testKey("carol")), 10))
	if err := s.submit(tiny, true); err == nil || err.Name != "InsufficientFundsForRent" {
		t.Fatalf("new account below rent exemption: %v", err)
	}
}

func TestCreateWithSeedMatchesLibrary(t *testing.T) {
	base := pk(testKey("base"))
	for _, seed := range []string{"", "a", "5eykt4UsFv8P8NJdTREp-12", "abcdefghijklmnopqrstuvwxyz012345"} {
		got, err := CreateWithSeed(base, seed, StakeProgram)
		want, werr := sg.CreateWithSeed(sg.PublicKeyFromBytes(base[:]), seed, sg.StakeProgramID)
		if err != nil || werr != nil || got != Pubkey(want) {
			t.Errorf("seed %q: %s, library %s (%v %v)", seed, got, want, err, werr)
		}
	}
	if _, err := CreateWithSeed(base, "abcdefghijklmnopqrstuvwxyz0123456", StakeProgram); err == nil {
		t.Error("33-byte seed accepted")
	}
}

func TestRentAndLayout(t *testing.T) {
	if got := RentExempt(StakeAccountSize); got != 2_282_880 {
		t.Fatalf("stake account rent %d", got)
	}
	w := pk(testKey("withdrawer"))
	a := &account{lamports: 1, owner: StakeProgram, space: StakeAccountSize,
		stake: &stakeState{tag: stakeDelegated, meta: meta{withdrawer: w}, del: delegation{stake: 7}}}
	d := a.data()
	if len(d) != 200 || Pubkey(d[44:76]) != w || d[0] != 2 || d[156] != 7 {
		t.Fatalf("layout: %x", d[:160])
	}
}

func FuzzDecodeTransaction(f *testing.F) {
	s := New(Config{})
	f.Add(signedTransfer(&testing.T{}, s, testKey("alice"), pk(testKey("bob")), 1))
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := decodeTransaction(b)
		if err == nil && (len(tx.sigs) != tx.msg.numSigners || len(tx.msg.keys) == 0) {
			t.Fatalf("accepted %+v", tx)
		}
	})
}

// TestBlockProductionParams: the range rules of the real method.
func TestBlockProductionParams(t *testing.T) {
	s := New(Config{SlotsPerEpoch: 10})
	a, b := pk(testKey("a")), pk(testKey("b"))
	s.AddValidator(a, pk(testKey("a node")), 0, 1)
	s.AddValidator(b, pk(testKey("b node")), 0, 1)
	s.SetDelinquent(b, true)
	s.AdvanceSlots(25) // epoch 2, slot 25
	tests := []struct {
		name      string
		give      string
		wantErr   bool
		wantRange [2]uint64
		wantNodes int
	}{
		{"default: current epoch so far", ``, false, [2]uint64{20, 25}, 2},
		{"previous epoch", `{"range":{"firstSlot":10,"lastSlot":19}}`, false, [2]uint64{10, 19}, 2},
		{"last slot capped at the current one", `{"range":{"firstSlot":21,"lastSlot":99}}`, false, [2]uint64{21, 25}, 2},
		{"one identity", `{"identity":"` + pk(testKey("a node")).String() + `"}`, false, [2]uint64{20, 25}, 1},
		{"before the previous epoch", `{"range":{"firstSlot":9}}`, true, [2]uint64{}, 0},
		{"reversed", `{"range":{"firstSlot":15,"lastSlot":12}}`, true, [2]uint64{}, 0},
		{"no first slot", `{"range":{"lastSlot":12}}`, true, [2]uint64{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var params []json.RawMessage
			if tt.give != "" {
				params = append(params, json.RawMessage(tt.give))
			}
			res, rerr := s.dispatch(view{slot: s.Slot()}, "getBlockProduction", params)
			if (rerr != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", rerr, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			value := res.(map[string]any)["value"].(map[string]any)
			counts := value["byIdentity"].(map[string][2]uint64)
			rng := value["range"].(map[string]any)
			if rng["firstSlot"] != tt.wantRange[0] || rng["lastSlot"] != tt.wantRange[1] || len(counts) != tt.wantNodes {
				t.Fatalf("range %v, %d identities %v", rng, len(counts), counts)
			}
			for node, c := range counts {
				if delinquent := node == pk(testKey("b node")).String(); c[0] == 0 || (delinquent && c[1] != 0) || (!delinquent && c[1] != c[0]) {
					t.Errorf("%s: %v", node, c)
				}
			}
		})
	}
}
