package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// fence is the lease a context's writes are bound to.
type fence struct {
	name  string
	token int64
}

type fenceKey struct{}

// WithFence binds the writes made under the returned context to lease l: every write of
// the store (ledger postings, intents, cursors, sequences, signing records, approvals and
// whatever else it stores) first checks, inside its own database transaction, that l is
// still the lease's current holding, unexpired, and fails with ErrFenced otherwise, writing
// nothing. On PostgreSQL the check holds a share lock on the lease row until the write
// commits, so a takeover waits for the write or the write sees the takeover; on SQLite
// every write transaction holds the database's write lock from its start. A replica that
// was paused past its lease therefore cannot write when it wakes, whatever it believes.
func WithFence(ctx context.Context, l Lease) context.Context {
	return context.WithValue(ctx, fenceKey{}, fence{name: l.Name, token: l.Fence})
}

// beginWrite starts a database transaction for a write and, when ctx carries a fence,
// checks it inside that transaction.
func (s *sqlStore) beginWrite(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	f, ok := ctx.Value(fenceKey{}).(fence)
	if !ok {
		return tx, nil
	}
	lock := ""
	if s.dialect.name() == "postgres" {
		lock = " FOR SHARE"
	}
	var current int64
	var expires any
	err = tx.QueryRowContext(ctx, s.q(`SELECT fence, expires_at FROM leases WHERE name = ?`+lock), f.name).Scan(&current, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		_ = tx.Rollback() // nothing was written
		return nil, fmt.Errorf("lease %s: %w", f.name, ErrFenced)
	}
	if err != nil {
		_ = tx.Rollback() // nothing was written
		return nil, fmt.Errorf("lease %s: %w", f.name, err)
	}
	until, err := s.dialect.decodeTime(expires)
	if err != nil {
		_ = tx.Rollback() // nothing was written
		return nil, fmt.Errorf("lease %s: %w", f.name, err)
	}
	if current != f.token || !s.opts.Now().Before(until) {
		_ = tx.Rollback() // nothing was written
		return nil, fmt.Errorf("lease %s: token %d, current %d: %w", f.name, f.token, current, ErrFenced)
	}
	return tx, nil
}

// execWrite runs one write statement in its own transaction, behind the context's fence.
func (s *sqlStore) execWrite(ctx context.Context, query string, args ...any) (res sql.Result, err error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	if res, err = tx.ExecContext(ctx, s.q(query), args...); err != nil {
		_ = tx.Rollback() // the statement's error is the one worth reporting
		return nil, err
	}
	if err = tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}
