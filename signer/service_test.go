package signer_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// The sentinel key: its bytes must never leave the keystore in any form.
var sentinelKey = bytes.Repeat([]byte{0x5a, 0xc3}, 16)

const (
	evmValidator = "0x1111111111111111111111111111111111111111"
	stakeHub     = "0x0000000000000000000000000000000000002002"
)

var testNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

// delegateSelector stands for a staking call in the test chain's transactions.
var delegateSelector = []byte{0x98, 0x2e, 0xf0, 0xa7}

// decodeTestEVM decodes the test's EVM payloads: a call to the stake hub whose value is
// the amount and whose first argument word is the validator.
func decodeTestEVM(payload []byte) (signer.Intent, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(payload); err != nil {
		return signer.Intent{}, err
	}
	in := signer.Intent{Chain: "bsc", ChainID: tx.ChainId().String(), Token: "BNB", Nonce: fmt.Sprint(tx.Nonce())}
	if tx.To() == nil {
		return in, nil // contract creation: policy refuses it
	}
	data := tx.Data()
	if len(data) != 36 || !bytes.Equal(data[:4], delegateSelector) || !strings.EqualFold(tx.To().Hex(), stakeHub) {
		return signer.Intent{}, errors.New("not a delegation to the stake hub")
	}
	in.Action = signer.ActionDelegate
	in.To = common.BytesToAddress(data[4:]).Hex()
	var err error
	in.Amount, err = money.FromBig(tx.Value())
	return in, err
}

func delegatePayload(nonce uint64, wei int64) []byte {
	to := common.HexToAddress(stakeHub)
	data := append(append([]byte{}, delegateSelector...), common.LeftPadBytes(common.HexToAddress(evmValidator).Bytes(), 32)...)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(56), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: big.NewInt(5e9), Gas: 200000, To: &to, Value: big.NewInt(wei), Data: data})
	payload, err := tx.MarshalBinary()
	if err != nil {
		panic(err) // a well-formed transaction always encodes
	}
	return payload
}

type fixture struct {
	svc       *signer.Service
	st        store.Store
	ks        *signer.Keystore
	audit     string
	from      string
	approvers []ed25519.PrivateKey
}

func newFixture(t testing.TB, dsn string) *fixture {
	t.Helper()
	dir := t.TempDir()
	ks, err := signer.OpenKeystore(filepath.Join(dir, "keys"), signer.KeystoreOptions{ScryptN: 2, ScryptR: 1, ScryptP: 1,
		Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	pass := []byte("correct horse")
	info, err := ks.Import("bsc-hot", signer.Secp256k1, append([]byte(nil), sentinelKey...), pass)
	if err != nil {
		t.Fatal(err)
	}
	if err := ks.Unlock("bsc-hot", pass, time.Hour); err != nil {
		t.Fatal(err)
	}
	from, err := signer.Address("bsc", "mainnet", signer.Secp256k1, info.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	var approvers []ed25519.PrivateKey
	var approverKeys []ed25519.PublicKey
	for i := 0; i < 3; i++ {
		_, priv, _ := ed25519.GenerateKey(nil)
		approvers = append(approvers, priv)
		approverKeys = append(approverKeys, priv.Public().(ed25519.PublicKey))
	}
	policy := &signer.Policy{Rules: []signer.Rule{{
		Chain: "bsc", Keys: []string{"bsc-hot"}, ChainID: "56", Actions: []signer.Action{signer.ActionDelegate},
		Allow:    []signer.AllowEntry{{Address: evmValidator}},
		Limits:   []signer.Limit{{Token: "BNB", PerTx: money.NewAmount(1000), Per24h: money.NewAmount(3000)}},
		Approval: &signer.ApprovalRule{Threshold: money.NewAmount(800), Required: 2, Approvers: approverKeys},
	}}}
	st, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	auditPath := filepath.Join(dir, "audit.log")
	audit, err := signer.OpenAuditLog(auditPath, func() time.Time { return testNow })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { audit.Close() })
	svc, err := signer.NewService(signer.ServiceOptions{Keys: ks, Policy: policy, Store: st, Audit: audit,
		Decoders: map[string]signer.Decoder{"bsc": decodeTestEVM}, Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{svc: svc, st: st, ks: ks, audit: auditPath, from: from, approvers: approvers}
}

func (f *fixture) request(payload []byte, nonce uint64, wei int64) signer.Request {
	return signer.Request{KeyID: "bsc-hot", Chain: "bsc", Payload: payload, Intent: signer.Intent{
		Action: signer.ActionDelegate, Chain: "bsc", ChainID: "56", From: f.from, To: evmValidator,
		Token: "BNB", Amount: money.NewAmount(wei), Nonce: fmt.Sprint(nonce)}}
}

func (f *fixture) sign(nonce uint64, wei int64) (signer.Signature, error) {
	return f.svc.Sign(context.Background(), f.request(delegatePayload(nonce, wei), nonce, wei))
}

func TestServiceSignsWhatPolicyAllows(t *testing.T) {
	f := newFixture(t, storetest.SQLiteDSN(t))
	payload := delegatePayload(1, 100)
	sig, err := f.svc.Sign(context.Background(), f.request(payload, 1, 100))
	if err != nil {
		t.Fatal(err)
	}
	// The signature is a valid EVM signature by the custody address.
	var tx types.Transaction
	if err := tx.UnmarshalBinary(payload); err != nil {
		t.Fatal(err)
	}
	evmSigner := types.LatestSignerForChainID(big.NewInt(56))
	signed, err := tx.WithSignature(evmSigner, sig.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	sender, err := types.Sender(evmSigner, signed)
	if err != nil || sender.Hex() != f.from {
		t.Fatalf("signed by %s (%v), want %s", sender.Hex(), err, f.from)
	}
	pub, err := crypto.SigToPub(evmSigner.Hash(&tx).Bytes(), sig.Bytes)
	if err != nil || !bytes.Equal(crypto.FromECDSAPub(pub), sig.PublicKey) {
		t.Fatalf("signature does not recover the returned public key: %v", err)
	}
	// The same payload again gives the same signature; a different payload for the nonce is refused.
	again, err := f.svc.Sign(context.Background(), f.request(payload, 1, 100))
	if err != nil || !bytes.Equal(again.Bytes, sig.Bytes) {
		t.Fatalf("same payload again = %x, %v", again.Bytes, err)
	}
	if _, err := f.sign(1, 101); !errors.Is(err, signer.ErrConflictingPayload) {
		t.Fatalf("second payload for nonce 1: %v", err)
	}
	decisions := auditDecisions(t, f.audit)
	if strings.Join(decisions, ",") != "signed,resigned,conflict" {
		t.Fatalf("audit decisions %v", decisions)
	}
}

func TestServiceRefusals(t *testing.T) {
	f := newFixture(t, storetest.SQLiteDSN(t))
	creation := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(56), Nonce: 9, Gas: 1, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)})
	creationPayload, _ := creation.MarshalBinary()
	tests := []struct {
		name     string
		give     func() signer.Request
		wantRule string
		wantErr  error
	}{
		{name: "amount claimed differs from payload", give: func() signer.Request {
			r := f.request(delegatePayload(2, 100), 2, 99)
			return r
		}, wantRule: signer.RuleIntentMismatch},
		{name: "nonce claimed differs", give: func() signer.Request { return f.request(delegatePayload(2, 100), 3, 100) }, wantRule: signer.RuleIntentMismatch},
		{name: "undecodable payload", give: func() signer.Request { return f.request([]byte("garbage"), 2, 100) }, wantRule: signer.RuleUndecodable},
		{name: "chain without decoder", give: func() signer.Request {
			r := f.request(delegatePayload(2, 100), 2, 100)
			r.Chain, r.Intent.Chain = "sonic", "sonic"
			return r
		}, wantRule: signer.RuleNoDecoder},
		{name: "request and intent disagree on chain", give: func() signer.Request {
			r := f.request(delegatePayload(2, 100), 2, 100)
			r.Chain = "sonic"
			return r
		}, wantRule: signer.RuleChainMismatch},
		{name: "contract creation", give: func() signer.Request {
			return signer.Request{KeyID: "bsc-hot", Chain: "bsc", Payload: creationPayload,
				Intent: signer.Intent{Chain: "bsc", ChainID: "56", From: f.from, Token: "BNB", Nonce: "9"}}
		}, wantRule: signer.RuleAction},
		{name: "over the per-transaction limit", give: func() signer.Request { return f.request(delegatePayload(2, 1001), 2, 1001) }, wantErr: signer.ErrLimitExceeded},
		{name: "unknown key", give: func() signer.Request {
			r := f.request(delegatePayload(2, 100), 2, 100)
			r.KeyID = "nobody"
			return r
		}, wantErr: signer.ErrUnknownKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.svc.Sign(context.Background(), tt.give())
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error = %v, want %v", err, tt.wantErr)
				}
				return
			}
			var denied *signer.DeniedError
			if !errors.As(err, &denied) || denied.Rule != tt.wantRule {
				t.Fatalf("error = %v, want denial by %s", err, tt.wantRule)
			}
		})
	}
	// Nothing refused consumed the nonce: nonce 2 still signs.
	if _, err := f.sign(2, 100); err != nil {
		t.Fatalf("nonce 2 after refusals: %v", err)
	}
}

func TestServiceLockedKeyRecordsNothing(t *testing.T) {
	f := newFixture(t, storetest.SQLiteDSN(t))
	f.ks.Lock("bsc-hot")
	if _, err := f.sign(1, 100); !errors.Is(err, signer.ErrLocked) {
		t.Fatalf("locked key: %v", err)
	}
	if err := f.ks.Unlock("bsc-hot", []byte("correct horse"), time.Hour); err != nil {
		t.Fatal(err)
	}
	// A different payload for the same nonce is fine: the locked attempt recorded nothing.
	if _, err := f.sign(1, 200); err != nil {
		t.Fatalf("after unlock: %v", err)
	}
	if got := auditDecisions(t, f.audit); strings.Join(got, ",") != "locked,signed" {
		t.Fatalf("audit decisions %v", got)
	}
}

func TestServiceApprovals(t *testing.T) {
	f := newFixture(t, storetest.SQLiteDSN(t))
	ctx := context.Background()
	_, err := f.sign(1, 900)
	var need *signer.NeedsApprovalError
	if !errors.As(err, &need) || need.Need != 2 || need.Have != 0 {
		t.Fatalf("large delegation without approvals: %v", err)
	}
	pending, err := f.st.PendingApproval(ctx, need.IntentID)
	if err != nil || !pending.Intent.Amount.Equal(money.NewAmount(900)) {
		t.Fatalf("pending approval %+v, %v", pending, err)
	}
	approve := func(i int) {
		a := signer.Approval{IntentID: need.IntentID, Approver: f.approvers[i].Public().(ed25519.PublicKey),
			Signature: signer.Approve(need.IntentID, f.approvers[i]), At: testNow}
		if err := f.st.AddApproval(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	approve(0)
	approve(0) // the same approver twice counts once
	if _, err := f.sign(1, 900); !errors.As(err, &need) || need.Have != 1 {
		t.Fatalf("with one approval: %v", err)
	}
	approve(2)
	if _, err := f.sign(1, 900); err != nil {
		t.Fatalf("with two approvals: %v", err)
	}
	// Approvals are for one intent: the same amount at another nonce needs its own.
	if _, err := f.sign(2, 900); !errors.Is(err, signer.ErrNeedsApproval) {
		t.Fatalf("another intent: %v", err)
	}
}

func TestServiceRollingLimitUnderConcurrency(t *testing.T) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			f := newFixture(t, b.DSN(t))
			const requests = 100 // 100 requests of 70 against 3000 a day: 42 fit
			var wg sync.WaitGroup
			var mu sync.Mutex
			signed, limited := 0, 0
			for i := 0; i < requests; i++ {
				wg.Add(1)
				go func(nonce uint64) {
					defer wg.Done()
					_, err := f.sign(nonce, 70)
					mu.Lock()
					defer mu.Unlock()
					switch {
					case err == nil:
						signed++
					case errors.Is(err, signer.ErrLimitExceeded):
						limited++
					default:
						t.Errorf("nonce %d: %v", nonce, err)
					}
				}(uint64(i))
			}
			wg.Wait()
			if signed != 42 || limited != requests-42 {
				t.Fatalf("%d signed, %d refused by the limit; want 42 and %d", signed, limited, requests-42)
			}
		})
	}
}

func TestServiceFailsClosedWithoutAudit(t *testing.T) {
	dir := t.TempDir()
	f := newFixture(t, storetest.SQLiteDSN(t))
	// Swap in an audit log that has been closed: every append fails.
	audit, err := signer.OpenAuditLog(filepath.Join(dir, "audit.log"), nil)
	if err != nil {
		t.Fatal(err)
	}
	audit.Close()
	ks := f.ks
	svc, err := signer.NewService(signer.ServiceOptions{Keys: ks, Policy: &signer.Policy{Rules: []signer.Rule{{
		Chain: "bsc", Keys: []string{"bsc-hot"}, ChainID: "56", Actions: []signer.Action{signer.ActionDelegate},
		Allow:  []signer.AllowEntry{{Address: evmValidator}},
		Limits: []signer.Limit{{Token: "BNB", PerTx: money.NewAmount(1000), Per24h: money.NewAmount(3000)}},
	}}}, Store: f.st, Audit: audit, Decoders: map[string]signer.Decoder{"bsc": decodeTestEVM}})
	if err != nil {
		t.Fatal(err)
	}
	sig, err := svc.Sign(context.Background(), f.request(delegatePayload(1, 100), 1, 100))
	if err == nil || len(sig.Bytes) != 0 || !strings.Contains(err.Error(), "audit") {
		t.Fatalf("signing without an audit log = %x, %v; want a refusal", sig.Bytes, err)
	}
}

func TestRemoteSigner(t *testing.T) {
	f := newFixture(t, storetest.SQLiteDSN(t))
	sock := filepath.Join(t.TempDir(), "signer.sock")
	l, err := signer.ListenUnix(sock)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(sock); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("socket mode %v, %v", info.Mode().Perm(), err)
	}
	if _, err := signer.ListenUnix(sock); err == nil {
		t.Fatal("a second signer listened on the same socket")
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- signer.Serve(ctx, l, f.svc) }()
	defer func() {
		cancel()
		if err := <-served; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	client := signer.NewClient(sock)
	remote, err := client.Sign(ctx, f.request(delegatePayload(5, 100), 5, 100))
	if err != nil {
		t.Fatal(err)
	}
	local, err := f.sign(5, 100) // the same payload in process: same signature
	if err != nil || !bytes.Equal(local.Bytes, remote.Bytes) {
		t.Fatalf("remote %x, local %x, %v", remote.Bytes, local.Bytes, err)
	}
	pub, typ, err := client.PublicKey(ctx, "bsc-hot")
	if err != nil || typ != signer.Secp256k1 || !bytes.Equal(pub, remote.PublicKey) {
		t.Fatalf("remote public key %x %s %v", pub, typ, err)
	}
	// Refusals keep their types across the socket.
	var denied *signer.DeniedError
	if _, err := client.Sign(ctx, f.request(delegatePayload(6, 100), 6, 99)); !errors.As(err, &denied) || denied.Rule != signer.RuleIntentMismatch {
		t.Fatalf("remote denial: %v", err)
	}
	var limit *signer.LimitError
	if _, err := client.Sign(ctx, f.request(delegatePayload(6, 5000), 6, 5000)); !errors.As(err, &limit) || limit.Requested.String() != "5000" {
		t.Fatalf("remote limit: %v", err)
	}
	var need *signer.NeedsApprovalError
	if _, err := client.Sign(ctx, f.request(delegatePayload(6, 900), 6, 900)); !errors.As(err, &need) || need.Need != 2 {
		t.Fatalf("remote approval: %v", err)
	}
	if _, _, err := client.PublicKey(ctx, "nobody"); !errors.Is(err, signer.ErrUnknownKey) {
		t.Fatalf("remote unknown key: %v", err)
	}
}

// TestSentinelKeyNeverLeaks runs the refusal paths and checks that no error text and no
// audit record carries the key in hex, base64 or raw form.
func TestSentinelKeyNeverLeaks(t *testing.T) {
	f := newFixture(t, storetest.SQLiteDSN(t))
	var texts []string
	for _, give := range []struct {
		nonce  uint64
		amount int64
	}{{1, 100}, {1, 101}, {2, 5000}, {3, 900}} {
		if _, err := f.sign(give.nonce, give.amount); err != nil {
			texts = append(texts, err.Error(), fmt.Sprintf("%+v %#v", err, err))
		}
	}
	audit, err := os.ReadFile(f.audit)
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(audit))
	forms := []string{hex.EncodeToString(sentinelKey), strings.ToUpper(hex.EncodeToString(sentinelKey)),
		base64.StdEncoding.EncodeToString(sentinelKey), base64.RawURLEncoding.EncodeToString(sentinelKey), string(sentinelKey)}
	for _, text := range texts {
		for _, form := range forms {
			if strings.Contains(text, form) {
				t.Fatalf("key material %q found in %q", form, text)
			}
		}
	}
	if len(texts) < 4 {
		t.Fatalf("only %d texts captured", len(texts))
	}
}

func auditDecisions(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var rec signer.AuditRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		out = append(out, rec.Decision)
	}
	return out
}
