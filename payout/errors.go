package payout

import "errors"

var (
	// ErrMalformed means a batch is not well formed: a bad key, token or day, a user id that
	// is empty or not allowed, lines out of order, duplicated or zero, or a negative amount.
	ErrMalformed = errors.New("malformed payout batch")
	// ErrTotals means a batch's totals do not add up: fee + treasury + the sum of the lines
	// must be the reward, the lines must sum to the distributable amount, and the line
	// count must match.
	ErrTotals = errors.New("payout batch totals do not add up")
	// ErrHashMismatch means the manifest hash a signed batch carries is not the hash of its
	// content: the content changed after it was signed.
	ErrHashMismatch = errors.New("manifest hash mismatch")
	// ErrWrongKey means a signed batch names a feed key other than the one it is checked
	// against.
	ErrWrongKey = errors.New("signed by another feed key")
	// ErrBadSignature means the signature is not a valid ed25519 signature of the manifest
	// hash by the feed key.
	ErrBadSignature = errors.New("bad feed signature")
	// ErrBadFeedKey means a feed key or public key could not be read.
	ErrBadFeedKey = errors.New("bad feed key")
	// ErrDelivered means a sink already holds different content for a batch key: a
	// delivered batch is never overwritten.
	ErrDelivered = errors.New("a different batch was already delivered under this key")
)
