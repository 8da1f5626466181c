package chains

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// The taxonomy. Every error an adapter returns is exactly one of these classes (see Classify),
// or a context error, or a programming/configuration error (ErrMisconfigured).
var (
	// ErrRetryable means the call failed for a transient reason (timeout, 5xx, a lagging
	// node) and had no effect worth worrying about: repeating it is safe.
	ErrRetryable = errors.New("retryable")
	// ErrRateLimited means the node asked us to slow down (HTTP 429, JSON-RPC -32005). It
	// is retryable after the wait a *RateLimitedError carries.
	ErrRateLimited = errors.New("rate limited")
	// ErrRejected means the chain refused the action for a reason repeating will not fix
	// (revert, below minimum, validator jailed). A *RejectedError carries the reason.
	ErrRejected = errors.New("rejected")
	// ErrUnknownOutcome means a transaction may or may not have been accepted. It is never
	// a failure: resolve it with Status (found, or proven expired) before building any
	// replacement.
	ErrUnknownOutcome = errors.New("unknown outcome")
	// ErrMisconfigured means the adapter's configuration does not match the chain it
	// talks to (wrong chain id, missing contract): a human must fix it.
	ErrMisconfigured = errors.New("misconfigured")
	// ErrPrerequisite means another action must complete first; *PrerequisiteError names it.
	ErrPrerequisite = errors.New("prerequisite action needed")
	// ErrUnsupported means the chain has no such action.
	ErrUnsupported = errors.New("action not supported on this chain")
)

// Class is the taxonomy class of an error.
type Class int

// Classes, in the order Classify tests them.
const (
	ClassNone           Class = iota // nil error
	ClassCanceled                    // the caller's context ended
	ClassUnknownOutcome              // the effect may have happened
	ClassRateLimited                 // slow down, then retry
	ClassRetryable                   // transient; retry
	ClassRejected                    // the chain refused; do not retry as is
	ClassFatal                       // misconfiguration or a bug: stop and page a human
)

var classNames = [...]string{"none", "canceled", "unknown-outcome", "rate-limited", "retryable", "rejected", "fatal"}

// String names the class ("retryable", "unknown-outcome", …).
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

// Classify returns the class of err. An unknown outcome wins over everything else, because
// treating it as anything else could send a second, different transaction.
func Classify(err error) Class {
	switch {
	case err == nil:
		return ClassNone
	case errors.Is(err, ErrUnknownOutcome):
		return ClassUnknownOutcome
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return ClassCanceled
	case errors.Is(err, ErrRateLimited):
		return ClassRateLimited
	case errors.Is(err, ErrRetryable):
		return ClassRetryable
	case errors.Is(err, ErrRejected), errors.Is(err, ErrPrerequisite), errors.Is(err, ErrUnsupported):
		return ClassRejected
	default:
		return ClassFatal
	}
}

// RateLimitedError is ErrRateLimited with the wait the node asked for (zero if it did not).
type RateLimitedError struct {
	RetryAfter time.Duration
	Detail     string
}

// Error describes the failure.
func (e *RateLimitedError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("rate limited (retry after %s): %s", e.RetryAfter, e.Detail)
	}
	return "rate limited: " + e.Detail
}

// Unwrap makes a RateLimitedError an ErrRateLimited.
func (e *RateLimitedError) Unwrap() error { return ErrRateLimited }

// RetryableError is ErrRetryable with its cause.
type RetryableError struct{ Err error }

// Error describes the failure.
func (e *RetryableError) Error() string { return "retryable: " + e.Err.Error() }

// Unwrap returns both ErrRetryable and the cause.
func (e *RetryableError) Unwrap() []error { return []error{ErrRetryable, e.Err} }

// Reason says why the chain refused an action, in terms the pool can act on.
type Reason string

// Rejection reasons shared by all chains.
const (
	ReasonValidatorInactive Reason = "validator-inactive" // jailed, offline, not registered
	ReasonBelowMinimum      Reason = "below-minimum"      // amount under the chain's minimum
	ReasonNothingToClaim    Reason = "nothing-to-claim"   // no rewards or no matured request
	ReasonNotMatured        Reason = "not-matured"        // unbonding period not over
	ReasonClaimWindow       Reason = "claim-window"       // claimed too recently
	ReasonPaused            Reason = "paused"             // the contract or method is paused
	ReasonInsufficientFunds Reason = "insufficient-funds" // not enough balance, stake or allowance
	ReasonLimitExceeded     Reason = "limit-exceeded"     // a validator's delegation cap
	ReasonNonce             Reason = "nonce"              // the sequence is already used or conflicts
	ReasonFeeTooLow         Reason = "fee-too-low"        // underpriced or replacement underpriced
	ReasonReverted          Reason = "reverted"           // any other revert
	ReasonInvalid           Reason = "invalid"            // malformed action or transaction
)

// RejectedError is ErrRejected with a reason and the chain's own words.
type RejectedError struct {
	Reason Reason
	Detail string // decoded revert reason or node message
}

// Error describes the failure.
func (e *RejectedError) Error() string {
	if e.Detail == "" {
		return "rejected: " + string(e.Reason)
	}
	return fmt.Sprintf("rejected: %s: %s", e.Reason, e.Detail)
}

// Unwrap makes a RejectedError an ErrRejected.
func (e *RejectedError) Unwrap() error { return ErrRejected }

// Rejected returns a *RejectedError.
func Rejected(r Reason, format string, args ...any) error {
	return &RejectedError{Reason: r, Detail: fmt.Sprintf(format, args...)}
}

// ReasonOf returns the reason of a rejection in err's chain, or "".
func ReasonOf(err error) Reason {
	var r *RejectedError
	if errors.As(err, &r) {
		return r.Reason
	}
	return ""
}

// UnknownOutcomeError is ErrUnknownOutcome for a transaction that may have been accepted.
type UnknownOutcomeError struct {
	TxID string
	Err  error
}

// Error describes the failure.
func (e *UnknownOutcomeError) Error() string {
	return fmt.Sprintf("outcome of %s unknown: %v", e.TxID, e.Err)
}

// Unwrap returns ErrUnknownOutcome and the cause (which may itself be retryable: the same
// bytes may be sent again).
func (e *UnknownOutcomeError) Unwrap() []error { return []error{ErrUnknownOutcome, e.Err} }

// PrerequisiteError says which action must be done (and confirmed) before the one asked.
type PrerequisiteError struct {
	Need   Action
	Detail string
}

// Error describes the failure.
func (e *PrerequisiteError) Error() string {
	return fmt.Sprintf("%s %s needed first: %s", e.Need.Kind, e.Need.Validator, e.Detail)
}

// Unwrap makes a PrerequisiteError an ErrPrerequisite.
func (e *PrerequisiteError) Unwrap() error { return ErrPrerequisite }
