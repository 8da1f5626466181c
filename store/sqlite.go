package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// sqliteBusyTimeout is how long a writer waits for another writer (in this or another
// process) before giving up.
const sqliteBusyTimeout = 30 * time.Second

// openSQLite opens the SQLite file at path in WAL mode with synchronous=FULL, so a committed
// transaction survives a power cut, and write transactions that take the write lock at BEGIN
// so concurrent writers queue instead of failing.
func openSQLite(ctx context.Context, path string, opts Options) (Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("%w: sqlite path %q must be a plain file path", ErrBadDSN, path)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	params := url.Values{}
	params.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", sqliteBusyTimeout.Milliseconds()))
	params.Add("_pragma", "journal_mode(WAL)")
	params.Add("_pragma", "synchronous(FULL)")
	params.Add("_pragma", "foreign_keys(1)")
	params.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", path+"?"+params.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &sqlStore{db: db, dialect: sqliteDialect{}, opts: opts}
	if err := migrateSQLite(ctx, db, path, opts); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// migrateSQLite runs the migrations while holding an exclusive lock on a file beside the
// database, so two processes opening a new file at once do not race to create the schema.
func migrateSQLite(ctx context.Context, db *sql.DB, path string, opts Options) error {
	lock, err := os.OpenFile(path+".migrate-lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return fmt.Errorf("migrate store: %w", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("migrate store: lock %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN) //nolint:errcheck // closing releases it anyway
	return migrate(ctx, db, goose.DialectSQLite3, "migrations/sqlite", opts)
}

type sqliteDialect struct{}

func (sqliteDialect) name() string                { return "sqlite" }
func (sqliteDialect) rebind(q string) string      { return q }
func (sqliteDialect) amountOut(col string) string { return col }

// applyBalance reads, adds and writes in Go: SQLite integers are 64-bit, amounts are not.
// The write lock taken at BEGIN makes the read-modify-write safe.
func (sqliteDialect) applyBalance(ctx context.Context, tx *sql.Tx, token string, account ledger.Account, change money.Amount) (money.Amount, error) {
	var cur string
	err := tx.QueryRowContext(ctx, `SELECT balance FROM ledger_balances WHERE token = ? AND account = ?`, token, string(account)).Scan(&cur)
	before := money.Zero
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return money.Zero, err
	default:
		if before, err = money.ParseBaseUnits(cur); err != nil {
			return money.Zero, err
		}
	}
	after, err := before.Add(change)
	if err != nil {
		return money.Zero, err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO ledger_balances (token, account, balance) VALUES (?, ?, ?)
		ON CONFLICT (token, account) DO UPDATE SET balance = excluded.balance`, token, string(account), after.String())
	return after, err
}

// sqliteTimeFormat is fixed-width, so stored times compare correctly as strings.
const sqliteTimeFormat = "2006-01-02T15:04:05.000000000Z"

func (sqliteDialect) encodeTime(t time.Time) any { return t.UTC().Format(sqliteTimeFormat) }

func (sqliteDialect) decodeTime(src any) (time.Time, error) {
	s, ok := src.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("want text, got %T", src)
	}
	return time.Parse(time.RFC3339Nano, s)
}

func (sqliteDialect) retryable(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	code := e.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}
