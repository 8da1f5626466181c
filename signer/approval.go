package signer

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"

	"github.com/softstake/staker/money"
)

// IntentID returns the hex SHA-256 of the canonical encoding of an intent together with
// the key that is to sign it: what approvers sign and what identifies a request awaiting
// approval.
func IntentID(keyID string, in Intent) string {
	h := sha256.New()
	for _, f := range []string{"staker-intent-v1", keyID, string(in.Action), in.Chain, in.ChainID, in.From, in.To,
		in.Token, in.Amount.String(), in.Nonce} {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ApprovalMessage is what an approver's key signs for an intent id.
func ApprovalMessage(intentID string) []byte {
	return []byte("staker-approval-v1:" + intentID)
}

// Approve returns an approver's signature over the intent id, made with its ed25519 key.
func Approve(intentID string, approver ed25519.PrivateKey) []byte {
	return ed25519.Sign(approver, ApprovalMessage(intentID))
}

// VerifyApproval reports whether sig is approver's valid approval of the intent id.
func VerifyApproval(intentID string, approver ed25519.PublicKey, sig []byte) bool {
	return len(approver) == ed25519.PublicKeySize && ed25519.Verify(approver, ApprovalMessage(intentID), sig)
}

// countApprovals returns how many distinct approvers of the rule have validly approved the
// intent id, and their public keys.
func countApprovals(rule *ApprovalRule, intentID string, approvals []Approval) (int, []ed25519.PublicKey) {
	var valid []ed25519.PublicKey
	seen := map[string]bool{}
	for _, a := range approvals {
		key := string(a.Approver)
		if seen[key] || !isApprover(rule, a.Approver) || !VerifyApproval(intentID, a.Approver, a.Signature) {
			continue
		}
		seen[key] = true
		valid = append(valid, a.Approver)
	}
	return len(valid), valid
}

func isApprover(rule *ApprovalRule, pub ed25519.PublicKey) bool {
	for _, a := range rule.Approvers {
		if a.Equal(pub) {
			return true
		}
	}
	return false
}

// SigningRecord is one entry of the signing history: what was signed, recorded durably
// before the signature is released.
type SigningRecord struct {
	KeyID       string
	Chain       string
	Nonce       string
	PayloadHash string // hex SHA-256 of the payload
	IntentID    string
	Token       string
	Amount      money.Amount
	SignedAt    time.Time
}

// Approval is one approver's signature over an intent id.
type Approval struct {
	IntentID  string
	Approver  ed25519.PublicKey
	Signature []byte
	At        time.Time
}

// PendingApproval is a request that was refused for want of approvals, kept so approvers
// can see what they are asked to approve.
type PendingApproval struct {
	IntentID    string
	KeyID       string
	Intent      Intent
	RequestedAt time.Time
}

// Store is the persistence the signer needs: the signing history with its rolling limits,
// and approvals. The store package implements it on SQLite and PostgreSQL.
type Store interface {
	// ReserveSigning records rec atomically with two checks. If a record exists for the
	// same key, chain and nonce: with the same payload hash it returns existing true and
	// records nothing (signing the same payload again is allowed and counts once); with a
	// different one it returns a *ConflictError. Otherwise, if the amounts recorded for the
	// key and token within window before rec.SignedAt plus rec.Amount exceed per24h, it
	// returns a *LimitError and records nothing. Concurrent calls never both pass a limit
	// that only one fits in.
	ReserveSigning(ctx context.Context, rec SigningRecord, per24h money.Amount, window time.Duration) (existing bool, err error)
	// RequestApproval records a pending approval; recording the same intent id again is a
	// no-op.
	RequestApproval(ctx context.Context, p PendingApproval) error
	// PendingApproval returns the pending approval with the intent id, or an error wrapping
	// ErrNotFound.
	PendingApproval(ctx context.Context, intentID string) (PendingApproval, error)
	// PendingApprovals lists pending approvals, oldest first.
	PendingApprovals(ctx context.Context) ([]PendingApproval, error)
	// AddApproval records an approval; the same approver approving the same intent again
	// replaces nothing and is not an error.
	AddApproval(ctx context.Context, a Approval) error
	// Approvals returns the approvals recorded for the intent id.
	Approvals(ctx context.Context, intentID string) ([]Approval, error)
}
