package signer

import (
	"errors"
	"fmt"

	"github.com/softstake/staker/money"
)

// Refusal sentinels; the typed errors below unwrap to them.
var (
	// ErrLocked means the key is not unlocked.
	ErrLocked = errors.New("key locked")
	// ErrDenied means a policy rule forbids the request.
	ErrDenied = errors.New("denied by policy")
	// ErrNeedsApproval means the request needs more approvals before it can be signed.
	ErrNeedsApproval = errors.New("needs approval")
	// ErrLimitExceeded means signing would exceed a per-transaction or rolling limit.
	ErrLimitExceeded = errors.New("limit exceeded")
	// ErrConflictingPayload means a different payload was already signed for the same
	// key, chain and nonce.
	ErrConflictingPayload = errors.New("conflicting payload for an already signed nonce")
	// ErrUnknownKey means no key has the given id.
	ErrUnknownKey = errors.New("unknown key")
)

// DeniedError names the rule that denied a request.
type DeniedError struct {
	Rule   string // e.g. "validator-allowlist"
	Detail string
}

func (e *DeniedError) Error() string { return fmt.Sprintf("denied by rule %s: %s", e.Rule, e.Detail) }

// Unwrap makes a DeniedError an ErrDenied.
func (e *DeniedError) Unwrap() error { return ErrDenied }

// LimitError reports a per-transaction or rolling limit that signing would exceed.
type LimitError struct {
	Kind      string // "per-transaction" or "rolling-24h"
	Token     string
	Limit     money.Amount
	Used      money.Amount // already signed within the window (rolling only)
	Requested money.Amount
}

func (e *LimitError) Error() string {
	if e.Kind == "per-transaction" {
		return fmt.Sprintf("%s limit of %s base units of %s: requested %s", e.Kind, e.Limit, e.Token, e.Requested)
	}
	return fmt.Sprintf("%s limit of %s base units of %s: %s already signed, requested %s", e.Kind, e.Limit, e.Token, e.Used, e.Requested)
}

// Unwrap makes a LimitError an ErrLimitExceeded.
func (e *LimitError) Unwrap() error { return ErrLimitExceeded }

// NeedsApprovalError reports a request waiting for approvals; approvers sign IntentID.
type NeedsApprovalError struct {
	IntentID string // hex SHA-256 of the canonical intent, what approvers sign
	Have     int
	Need     int
}

func (e *NeedsApprovalError) Error() string {
	return fmt.Sprintf("intent %s needs %d approvals, has %d (staker approve %s --key APPROVER)", e.IntentID, e.Need, e.Have, e.IntentID)
}

// Unwrap makes a NeedsApprovalError an ErrNeedsApproval.
func (e *NeedsApprovalError) Unwrap() error { return ErrNeedsApproval }

// ConflictError reports a second, different payload for a nonce already signed.
type ConflictError struct {
	KeyID, Chain, Nonce string
	SignedPayloadHash   string
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("key %q already signed a different payload (%s) for %s nonce %s", e.KeyID, e.SignedPayloadHash, e.Chain, e.Nonce)
}

// Unwrap makes a ConflictError an ErrConflictingPayload.
func (e *ConflictError) Unwrap() error { return ErrConflictingPayload }

// ErrNotFound means a requested record does not exist.
var ErrNotFound = errors.New("not found")
