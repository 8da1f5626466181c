package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
)

// openPostgres opens a PostgreSQL database and migrates it under an advisory lock, so
// several processes may start at once.
func openPostgres(ctx context.Context, dsn string, opts Options) (Store, error) {
	cc, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", Redact(dsn), err)
	}
	// A process paused in the middle of a transaction (SIGSTOP, a long GC, a frozen VM)
	// holds its row locks until the server gives up on it: a replica taking over the lease
	// would wait on them for as long. The server ends such a session after this, releasing
	// its locks; the paused process's transaction then fails when it wakes.
	if _, set := cc.RuntimeParams["idle_in_transaction_session_timeout"]; !set {
		cc.RuntimeParams["idle_in_transaction_session_timeout"] = fmt.Sprint(postgresIdleInTransaction.Milliseconds())
	}
	db := stdlib.OpenDB(*cc)
	// A bounded pool: concurrent callers queue here rather than exhaust the server's
	// connection slots, which other processes and replicas share.
	db.SetMaxOpenConns(postgresMaxConns)
	db.SetMaxIdleConns(postgresMaxConns)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", Redact(dsn), err)
	}
	// Migrations of different schemas need not wait for each other: the advisory lock is
	// keyed by the schema being migrated.
	var schema sql.NullString
	if err := db.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&schema); err != nil || !schema.Valid {
		db.Close()
		if err == nil {
			err = errors.New("its search_path names no existing schema")
		}
		return nil, fmt.Errorf("open store %s: %w", Redact(dsn), err)
	}
	h := fnv.New64a()
	h.Write([]byte("staker-migrate:" + schema.String))
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(h.Sum64()>>1)), lock.WithLockTimeout(1, 600))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate store: %w", err)
	}
	if err := migrate(ctx, db, goose.DialectPostgres, "migrations/postgres", opts, goose.WithSessionLocker(locker)); err != nil {
		db.Close()
		return nil, err
	}
	return &sqlStore{db: db, dialect: postgresDialect{}, opts: opts}, nil
}

// postgresIdleInTransaction is how long the server lets a session sit idle inside a
// transaction before ending it (unless the DSN sets idle_in_transaction_session_timeout).
const postgresIdleInTransaction = 10 * time.Second

// postgresMaxConns bounds the connections one Store holds.
const postgresMaxConns = 8

type postgresDialect struct{}

func (postgresDialect) name() string                { return "postgres" }
func (postgresDialect) rebind(q string) string      { return rebindDollar(q) }
func (postgresDialect) amountOut(col string) string { return col + "::text" }

// applyBalance adds in SQL: the row lock the upsert takes serializes concurrent posters to
// the same account until commit.
func (postgresDialect) applyBalance(ctx context.Context, tx *sql.Tx, token string, account ledger.Account, change money.Amount) (money.Amount, error) {
	var after string
	err := tx.QueryRowContext(ctx, `INSERT INTO ledger_balances (token, account, balance) VALUES ($1, $2, $3::numeric)
		ON CONFLICT (token, account) DO UPDATE SET balance = ledger_balances.balance + excluded.balance
		RETURNING balance::text`, token, string(account), change.String()).Scan(&after)
	if err != nil {
		return money.Zero, err
	}
	return money.ParseBaseUnits(after)
}

func (postgresDialect) encodeTime(t time.Time) any { return t.UTC() }

func (postgresDialect) decodeTime(src any) (time.Time, error) {
	t, ok := src.(time.Time)
	if !ok {
		return time.Time{}, fmt.Errorf("want timestamp, got %T", src)
	}
	return t.UTC(), nil
}

// retryable: serialization_failure and deadlock_detected.
func (postgresDialect) retryable(err error) bool {
	var e *pgconn.PgError
	return errors.As(err, &e) && (e.Code == "40001" || e.Code == "40P01")
}
