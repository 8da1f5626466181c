// Package store owns persistence: one Store interface over an embedded SQLite file (the
// default) and PostgreSQL (selected by a postgres:// DSN), the schema migrations both run on
// open, and the atomic, idempotent storage of ledger transactions with their derived
// balances. The conformance suite in store/storetest runs against both backends.
package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Store is the persistence of the books. It is safe for concurrent use by many goroutines
// and, on the same database, by many processes.
type Store interface {
	ledger.View
	signer.Store

	// Post stores a ledger transaction atomically: all of its postings and balance changes,
	// or none. The transaction is normalized first (see ledger.Normalize). If its key is
	// already stored with the same content, nothing changes and the stored transaction is
	// returned with created false; with different content the error is a
	// *ledger.ConflictError. A posting that would take a non-negative account below zero
	// fails the whole transaction with a *ledger.InsufficientFundsError.
	Post(ctx context.Context, tx ledger.Transaction) (stored ledger.Transaction, created bool, err error)

	// Transaction returns the stored transaction with the given idempotency key, or
	// ErrNotFound.
	Transaction(ctx context.Context, key string) (ledger.Transaction, error)

	// Balance returns one account's balance on its normal side; zero if it has none.
	Balance(ctx context.Context, token string, account ledger.Account) (money.Amount, error)

	// ReserveSeq, RecordSent and SentWith keep transaction sequence numbers (EVM nonces)
	// per chain and account; see sequences.go. They satisfy chains.SequenceStore.
	ReserveSeq(ctx context.Context, chainID, account, key string, floor uint64) (uint64, error)
	RecordSent(ctx context.Context, chainID, account string, seq uint64, txID string) error
	SentWith(ctx context.Context, chainID, account string, seq uint64) ([]string, error)

	// CreateIntent, AdvanceIntent, LoadIntent, IntentsIn and IntentTransitions keep durable
	// state machines (the pool's intents); see intents.go.
	CreateIntent(ctx context.Context, id, token, state string, data []byte) (bool, error)
	AdvanceIntent(ctx context.Context, id, from, to string, data []byte) (bool, error)
	LoadIntent(ctx context.Context, id string) (state string, data []byte, err error)
	IntentsIn(ctx context.Context, token string, states []string) ([]string, error)
	IntentTransitions(ctx context.Context, id string) ([]string, error)

	// Cursor and AdvanceCursor keep named positions that only move forward; see cursors.go.
	Cursor(ctx context.Context, name string) (uint64, bool, error)
	AdvanceCursor(ctx context.Context, name string, pos uint64) error

	// AcquireLease and CheckFence give one replica the right to act, with a fencing token;
	// see leases.go.
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (Lease, error)
	CheckFence(ctx context.Context, name string, fence int64) error

	// SaveBatch, BatchByKey, BatchesAfter, MarkDelivered and Undelivered keep signed
	// payout batches in sequence order and their deliveries to the feed outputs; see
	// payouts.go.
	SaveBatch(ctx context.Context, b StoredBatch) (stored StoredBatch, created bool, err error)
	BatchByKey(ctx context.Context, key string) (StoredBatch, error)
	BatchesAfter(ctx context.Context, token string, after int64, limit int) ([]StoredBatch, error)
	MarkDelivered(ctx context.Context, key, sink string) error
	Undelivered(ctx context.Context, sink string) ([]StoredBatch, error)

	// RecordBalances, RecordActivations, CloseBalanceDay, BalanceDayClosed, EachOpening,
	// EachBalanceChange and EachActivation keep the balance and activation feeds and read a
	// token's day back from them; see balances.go.
	RecordBalances(ctx context.Context, events []BalanceEvent) (IngestResult, error)
	RecordActivations(ctx context.Context, events []ActivationEvent) (IngestResult, error)
	CloseBalanceDay(ctx context.Context, token string, day time.Time) error
	BalanceDayClosed(ctx context.Context, token string, day time.Time) (bool, error)
	EachOpening(ctx context.Context, token string, day time.Time, fn func(user string, balance money.Amount) error) error
	EachBalanceChange(ctx context.Context, token string, day time.Time, fn func(BalanceEvent) error) error
	EachActivation(ctx context.Context, before time.Time, fn func(ActivationEvent) error) error

	// SaveDistributions and UserDistributions keep each user's share of a token's day for
	// the per-user history; see distributions.go.
	SaveDistributions(ctx context.Context, token, day string, rows []Distribution) error
	UserDistributions(ctx context.Context, user, token, from, to string) ([]Distribution, error)

	// EachSigning calls fn for every record of the signer's history, oldest first, and
	// stops at fn's first error.
	EachSigning(ctx context.Context, fn func(signer.SigningRecord) error) error

	// Backend names the backend: "sqlite" or "postgres".
	Backend() string

	// Close releases the database. The Store must not be used afterwards.
	Close() error
}

// ErrNotFound means the requested record does not exist.
var ErrNotFound = errors.New("not found")

// ErrBadDSN means the store DSN is not one this package can open.
var ErrBadDSN = errors.New("bad store DSN")

// Options tune a Store. The zero value is ready to use.
type Options struct {
	// Logger receives migration progress; nil discards it.
	Logger *slog.Logger
	// Now is the clock that stamps transactions; nil means time.Now.
	Now func() time.Time
}

// Open opens (creating if needed) the store named by dsn and migrates its schema to the
// latest version. DSN forms: "sqlite:PATH" (a file, created with its directory if missing)
// and "postgres://…" or "postgresql://…" (any libpq-style URL pgx accepts).
func Open(ctx context.Context, dsn string, opts Options) (Store, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	switch {
	case strings.HasPrefix(dsn, "sqlite:"):
		return openSQLite(ctx, strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite:"), "//"), opts)
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return openPostgres(ctx, dsn, opts)
	default:
		return nil, fmt.Errorf("%w %q: want sqlite:PATH or postgres://…", ErrBadDSN, Redact(dsn))
	}
}

// Redact returns dsn with any password replaced, for messages and logs.
func Redact(dsn string) string {
	scheme, rest, ok := strings.Cut(dsn, "://")
	if !ok {
		return dsn
	}
	at := strings.LastIndex(rest, "@")
	slash := strings.Index(rest, "/")
	if at < 0 || (slash >= 0 && slash < at) {
		return dsn
	}
	userinfo := rest[:at]
	if user, _, hasPass := strings.Cut(userinfo, ":"); hasPass {
		userinfo = user + ":[redacted]"
	}
	return scheme + "://" + userinfo + rest[at:]
}
