package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
)

// ErrCursorBackwards means a cursor was asked to move to a position before its own.
var ErrCursorBackwards = errors.New("cursor would move backwards")

// Cursor returns a named cursor's position and whether it has one.
func (s *sqlStore) Cursor(ctx context.Context, name string) (uint64, bool, error) {
	var pos int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT position FROM cursors WHERE name = ?`), name).Scan(&pos)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("cursor %s: %w", name, err)
	}
	return uint64(pos), true, nil
}

// AdvanceCursor moves a named cursor to pos (creating it); moving it to where it is is a
// no-op, and moving it back fails with ErrCursorBackwards.
func (s *sqlStore) AdvanceCursor(ctx context.Context, name string, pos uint64) error {
	if pos > math.MaxInt64 {
		return fmt.Errorf("cursor %s: position %d out of range", name, pos)
	}
	now := s.dialect.encodeTime(s.opts.Now().UTC())
	res, err := s.execWrite(ctx, `INSERT INTO cursors (name, position, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at
		WHERE cursors.position <= excluded.position`, name, int64(pos), now)
	if err != nil {
		return fmt.Errorf("cursor %s: %w", name, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("cursor %s: %w", name, err)
	} else if n == 0 {
		cur, _, err := s.Cursor(ctx, name)
		if err != nil {
			return err
		}
		return fmt.Errorf("cursor %s at %d cannot move to %d: %w", name, cur, pos, ErrCursorBackwards)
	}
	return nil
}
