package storetest

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// signerTests are the conformance tests of the signer's persistence.
var signerTests = []struct {
	name string
	run  func(t *testing.T, newDSN func(t testing.TB) string)
}{
	{"SigningHistory", testSigningHistory},
	{"RollingLimitWindow", testRollingLimitWindow},
	{"ConcurrentLimit", testConcurrentLimit},
	{"Approvals", testApprovals},
}

var signAt = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

func record(nonce, payload string, amount int64, at time.Time) signer.SigningRecord {
	return signer.SigningRecord{KeyID: "bsc-hot", Chain: "bsc", Nonce: nonce, PayloadHash: payload,
		IntentID: "intent-" + nonce, Token: "BNB", Amount: money.NewAmount(amount), SignedAt: at}
}

func testSigningHistory(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	limit := money.NewAmount(100)
	if existing, err := s.ReserveSigning(ctx, record("7", "aa", 60, signAt), limit, 24*time.Hour); err != nil || existing {
		t.Fatalf("first reservation = %v, %v", existing, err)
	}
	// The same payload again is allowed and not counted twice.
	for i := 0; i < 2; i++ {
		if existing, err := s.ReserveSigning(ctx, record("7", "aa", 60, signAt), limit, 24*time.Hour); err != nil || !existing {
			t.Fatalf("same payload again = %v, %v; want existing", existing, err)
		}
	}
	// A different payload for the same nonce is refused.
	_, err := s.ReserveSigning(ctx, record("7", "bb", 1, signAt), limit, 24*time.Hour)
	var conflict *signer.ConflictError
	if !errors.As(err, &conflict) || conflict.SignedPayloadHash != "aa" || !errors.Is(err, signer.ErrConflictingPayload) {
		t.Fatalf("conflicting payload error = %v", err)
	}
	// 60 used: 40 fits, 41 does not.
	_, err = s.ReserveSigning(ctx, record("8", "cc", 41, signAt), limit, 24*time.Hour)
	var limitErr *signer.LimitError
	if !errors.As(err, &limitErr) || limitErr.Used.String() != "60" || !errors.Is(err, signer.ErrLimitExceeded) {
		t.Fatalf("over-limit error = %v", err)
	}
	if _, err := s.ReserveSigning(ctx, record("8", "cc", 40, signAt), limit, 24*time.Hour); err != nil {
		t.Fatalf("refused reservation left something behind: %v", err)
	}
	// The history lists what was recorded, once each.
	var nonces []string
	if err := s.EachSigning(ctx, func(r signer.SigningRecord) error {
		nonces = append(nonces, r.KeyID+"/"+r.Nonce+"/"+r.PayloadHash+"/"+r.Amount.String())
		if !r.SignedAt.Equal(signAt) {
			t.Errorf("signed at %s, want %s", r.SignedAt, signAt)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(nonces) != "[bsc-hot/7/aa/60 bsc-hot/8/cc/40]" {
		t.Fatalf("history %v", nonces)
	}
	// Another key or token has its own limit.
	other := record("8", "dd", 100, signAt)
	other.KeyID = "bsc-hot-2"
	if _, err := s.ReserveSigning(ctx, other, limit, 24*time.Hour); err != nil {
		t.Fatalf("other key: %v", err)
	}
}

func testRollingLimitWindow(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	limit := money.NewAmount(100)
	day := 24 * time.Hour
	if _, err := s.ReserveSigning(ctx, record("1", "a", 100, signAt), limit, day); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		at      time.Time
		wantErr bool
	}{
		{name: "one nanosecond before a day has passed", at: signAt.Add(day - time.Nanosecond), wantErr: true},
		{name: "a day later", at: signAt.Add(day)},
	}
	for i, tt := range tests {
		_, err := s.ReserveSigning(ctx, record(fmt.Sprint(i+2), "b", 1, tt.at), limit, day)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: error = %v, want error %t", tt.name, err, tt.wantErr)
		}
	}
}

func testConcurrentLimit(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []interface {
		ReserveSigning(context.Context, signer.SigningRecord, money.Amount, time.Duration) (bool, error)
	}{Open(t, dsn), Open(t, dsn)}
	const requests = 100 // each 30 against 1000: only 33 fit
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok, refused := 0, 0
	for i := 0; i < requests; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, err := stores[i%2].ReserveSigning(context.Background(), record(fmt.Sprint(i), "p", 30, signAt), money.NewAmount(1000), 24*time.Hour)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				ok++
			case errors.Is(err, signer.ErrLimitExceeded):
				refused++
			default:
				t.Errorf("reservation %d: %v", i, err)
			}
		}(i)
	}
	wg.Wait()
	if ok != 33 || refused != requests-33 {
		t.Fatalf("%d reservations passed and %d were refused, want 33 and %d", ok, refused, requests-33)
	}
}

func testApprovals(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	in := signer.Intent{Action: signer.ActionDelegate, Chain: "bsc", ChainID: "56", From: "0xabc", To: "0xdef",
		Token: "BNB", Amount: money.NewAmount(5), Nonce: "9"}
	id := signer.IntentID("bsc-hot", in)
	if _, err := s.PendingApproval(ctx, id); !errors.Is(err, signer.ErrNotFound) {
		t.Fatalf("missing approval request error = %v", err)
	}
	for i := 0; i < 2; i++ {
		if err := s.RequestApproval(ctx, signer.PendingApproval{IntentID: id, KeyID: "bsc-hot", Intent: in, RequestedAt: signAt}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.PendingApproval(ctx, id)
	if err != nil || got.KeyID != "bsc-hot" || !got.Intent.Amount.Equal(in.Amount) || got.Intent.To != in.To || !got.RequestedAt.Equal(signAt) {
		t.Fatalf("approval request read back %+v, %v", got, err)
	}
	if all, err := s.PendingApprovals(ctx); err != nil || len(all) != 1 {
		t.Fatalf("pending approvals %v, %v", all, err)
	}
	_, approver, _ := ed25519.GenerateKey(nil)
	a := signer.Approval{IntentID: id, Approver: approver.Public().(ed25519.PublicKey), Signature: signer.Approve(id, approver), At: signAt}
	for i := 0; i < 2; i++ {
		if err := s.AddApproval(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.Approvals(ctx, id)
	if err != nil || len(list) != 1 || !list[0].Approver.Equal(a.Approver) || !signer.VerifyApproval(id, list[0].Approver, list[0].Signature) {
		t.Fatalf("approvals read back %+v, %v", list, err)
	}
	if list, err := s.Approvals(ctx, "other"); err != nil || len(list) != 0 {
		t.Fatalf("approvals of another intent: %v, %v", list, err)
	}
}
