package signer

import (
	"errors"
	"fmt"
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
