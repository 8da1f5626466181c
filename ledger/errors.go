package ledger

import (
	"errors"
	"fmt"

	"github.com/softstake/staker/money"
)

var (
	// ErrInvalid means a transaction breaks a rule of the books and was not stored.
	ErrInvalid = errors.New("invalid ledger transaction")
	// ErrInsufficientFunds means a posting would take an account below zero where that is
	// forbidden.
	ErrInsufficientFunds = errors.New("insufficient funds")
	// ErrIdempotencyConflict means the idempotency key is already used by a transaction with
	// different content.
	ErrIdempotencyConflict = errors.New("idempotency key already used with different content")
)

// AccountError reports an account name that is not in the chart of accounts.
type AccountError struct {
	Account string
	Reason  string
}

func (e *AccountError) Error() string {
	return fmt.Sprintf("account %q: %s", e.Account, e.Reason)
}

// Unwrap makes an AccountError an ErrInvalid.
func (e *AccountError) Unwrap() error { return ErrInvalid }

// InvalidError reports why a transaction was refused before it reached the store.
type InvalidError struct {
	Key    string
	Reason string
}

func (e *InvalidError) Error() string {
	return fmt.Sprintf("ledger transaction %q: %s", e.Key, e.Reason)
}

// Unwrap makes an InvalidError an ErrInvalid.
func (e *InvalidError) Unwrap() error { return ErrInvalid }

// InsufficientFundsError reports the account that would have gone negative, with the numbers.
type InsufficientFundsError struct {
	Key     string // the refused transaction's idempotency key
	Token   string
	Account Account
	Balance money.Amount // the balance before the posting, on the account's normal side
	Change  money.Amount // the change the posting would make, on the account's normal side
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("ledger transaction %q: insufficient funds: %s %s holds %s base units, cannot take a change of %s",
		e.Key, e.Token, e.Account, e.Balance, e.Change)
}

// Unwrap makes an InsufficientFundsError an ErrInsufficientFunds.
func (e *InsufficientFundsError) Unwrap() error { return ErrInsufficientFunds }

// ConflictError reports an idempotency key reused with different content.
type ConflictError struct {
	Key          string
	ExistingID   int64
	ExistingHash string
	GivenHash    string
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("idempotency key %q is transaction %d with content %s, not %s",
		e.Key, e.ExistingID, shortHash(e.ExistingHash), shortHash(e.GivenHash))
}

// Unwrap makes a ConflictError an ErrIdempotencyConflict.
func (e *ConflictError) Unwrap() error { return ErrIdempotencyConflict }

func shortHash(h string) string {
	if len(h) > 16 {
		return h[:16]
	}
	return h
}
