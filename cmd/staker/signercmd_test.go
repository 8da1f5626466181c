package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
)

func TestAuditVerifyCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	log, err := signer.OpenAuditLog(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"signed", "denied", "signed"} {
		if _, err := log.Append(signer.AuditRecord{KeyID: "k", Chain: "bsc", Decision: d}); err != nil {
			t.Fatal(err)
		}
	}
	log.Close()
	if got := runStaker(t, "signer", "audit", "verify", path); got.code != 0 || !strings.Contains(got.stdout, "OK, 3 records") {
		t.Fatalf("verify good log = %d %s %s", got.code, got.stdout, got.stderr)
	}
	data, _ := os.ReadFile(path)
	edited := strings.Replace(string(data), `"decision":"denied"`, `"decision":"signed"`, 1)
	if err := os.WriteFile(path, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := runStaker(t, "signer", "audit", "verify", path); got.code != 1 || !strings.Contains(got.stderr, "line 2 (record 2)") {
		t.Fatalf("verify edited log = %d %s", got.code, got.stderr)
	}
	if got := runStaker(t, "signer", "audit", "verify", path+".absent"); got.code != 2 {
		t.Fatalf("verify missing log = %d", got.code)
	}
}

func TestApproveCommand(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	useCheapKeystore(t)
	ks, err := signer.OpenKeystore(keys, keystoreOptions)
	if err != nil {
		t.Fatal(err)
	}
	alice, err := ks.Create("alice", signer.Ed25519, []byte("alice pass"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ks.Create("hot", signer.Secp256k1, []byte("alice pass")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ALICE_PASSPHRASE", "alice pass")
	dsn := "sqlite:" + filepath.Join(dir, "books.db")
	st, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in := signer.Intent{Action: signer.ActionDelegate, Chain: "bsc", ChainID: "56", From: "0xabc", To: "0xdef",
		Token: "BNB", Amount: money.NewAmount(1_500_000_000_000_000_000), Nonce: "4"}
	id := signer.IntentID("bsc-hot", in)
	if err := st.RequestApproval(context.Background(), signer.PendingApproval{IntentID: id, KeyID: "bsc-hot", Intent: in, RequestedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	approve := func(stdin string, extra ...string) stakerResult {
		args := append([]string{"approve", id, "--keystore", keys, "--store", dsn}, extra...)
		return runStakerInput(t, stdin, args...)
	}
	tests := []struct {
		name     string
		stdin    string
		give     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{name: "no key", give: []string{"--passphrase", "env:ALICE_PASSPHRASE"}, wantCode: 2, wantErr: "missing --key"},
		{name: "no passphrase", give: []string{"--key", "alice"}, wantCode: 2, wantErr: "missing --passphrase"},
		{name: "literal passphrase", give: []string{"--key", "alice", "--passphrase", "alice pass"}, wantCode: 2, wantErr: "--passphrase"},
		{name: "secp256k1 approver", give: []string{"--key", "hot", "--passphrase", "env:ALICE_PASSPHRASE"}, wantCode: 2, wantErr: "approvers use ed25519"},
		{name: "declined", stdin: "no\n", give: []string{"--key", "alice", "--passphrase", "env:ALICE_PASSPHRASE"}, wantCode: 1, wantOut: "amount   1.5 BNB", wantErr: "not approved"},
		{name: "approved", stdin: "yes\n", give: []string{"--key", "alice", "--passphrase", "env:ALICE_PASSPHRASE"}, wantOut: "approved " + id + " as alice"},
	}
	for _, tt := range tests {
		got := approve(tt.stdin, tt.give...)
		if got.code != tt.wantCode || !strings.Contains(got.stdout, tt.wantOut) || !strings.Contains(got.stderr, tt.wantErr) {
			t.Fatalf("%s: approve = %d\nstdout: %s\nstderr: %s", tt.name, got.code, got.stdout, got.stderr)
		}
		approvals, err := st.Approvals(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if wantN := map[bool]int{true: 1, false: 0}[tt.name == "approved"]; len(approvals) != wantN {
			t.Fatalf("%s: %d approvals stored, want %d", tt.name, len(approvals), wantN)
		}
		if len(approvals) == 1 && (!signer.VerifyApproval(id, approvals[0].Approver, approvals[0].Signature) || !bytes.Equal(approvals[0].Approver, alice.PublicKey)) {
			t.Fatalf("stored approval does not verify as alice's")
		}
	}
	if got := runStaker(t, "approve", "0000", "--keystore", keys, "--store", dsn, "--key", "alice", "--passphrase", "env:ALICE_PASSPHRASE"); got.code != 2 {
		t.Fatalf("unknown intent = %d %s", got.code, got.stderr)
	}
}

// useCheapKeystore makes the commands use cheap scrypt parameters for this test.
func useCheapKeystore(t *testing.T) {
	saved := keystoreOptions
	keystoreOptions = signer.KeystoreOptions{ScryptN: 2, ScryptR: 1, ScryptP: 1}
	t.Cleanup(func() { keystoreOptions = saved })
}

func TestAuditVerifyAgainstHistory(t *testing.T) {
	dir := t.TempDir()
	dsn := "sqlite:" + filepath.Join(dir, "books.db")
	st, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	path := filepath.Join(dir, "audit.log")
	log, err := signer.OpenAuditLog(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		in := signer.Intent{Action: signer.ActionDelegate, Chain: "bsc", Token: "BNB", Amount: money.NewAmount(1), Nonce: strconv.Itoa(i)}
		payload := strings.Repeat(strconv.Itoa(i), 64)
		if _, err := st.ReserveSigning(context.Background(), signer.SigningRecord{KeyID: "hot", Chain: "bsc", Nonce: in.Nonce,
			PayloadHash: payload, Token: "BNB", Amount: in.Amount, SignedAt: time.Now()}, money.NewAmount(10), 24*time.Hour); err != nil {
			t.Fatal(err)
		}
		if _, err := log.Append(signer.AuditRecord{KeyID: "hot", Chain: "bsc", Intent: &in, PayloadSHA256: payload, Decision: "signed"}); err != nil {
			t.Fatal(err)
		}
	}
	log.Close()
	if got := runStaker(t, "signer", "audit", "verify", path, "--store", dsn); got.code != 0 || !strings.Contains(got.stdout, "all 3 signatures") {
		t.Fatalf("verify with history = %d %s %s", got.code, got.stdout, got.stderr)
	}
	// Cutting the last record leaves a valid chain that the history still exposes.
	data, _ := os.ReadFile(path)
	lines := strings.SplitAfter(string(data), "\n")
	if err := os.WriteFile(path, []byte(strings.Join(lines[:2], "")), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := runStaker(t, "signer", "audit", "verify", path); got.code != 0 {
		t.Fatalf("a cut log should still chain: %d %s", got.code, got.stderr)
	}
	if got := runStaker(t, "signer", "audit", "verify", path, "--store", dsn); got.code != 1 || !strings.Contains(got.stderr, "nonce 3") {
		t.Fatalf("verify cut log with history = %d %s", got.code, got.stderr)
	}
}
