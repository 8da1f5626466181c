package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// CreateIntent stores a new durable intent in its first state. Creating an id that exists
// changes nothing and returns false.
func (s *sqlStore) CreateIntent(ctx context.Context, id, token, state string, data []byte) (bool, error) {
	now := s.dialect.encodeTime(s.opts.Now().UTC())
	res, err := s.execWrite(ctx, `INSERT INTO intents (id, token, state, data, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`, id, token, state, string(data), now, now)
	if err != nil {
		return false, fmt.Errorf("create intent %s: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("create intent %s: %w", id, err)
	}
	return n == 1, nil
}

// AdvanceIntent moves an intent from one state to another with new data, and records the
// transition, in one transaction, only if the intent is still in from; otherwise it changes
// nothing and returns false (another process moved it first).
func (s *sqlStore) AdvanceIntent(ctx context.Context, id, from, to string, data []byte) (advanced bool, err error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return false, fmt.Errorf("advance intent %s: %w", id, err)
	}
	defer func() {
		if err != nil || !advanced {
			_ = tx.Rollback() // nothing to keep
		}
	}()
	now := s.dialect.encodeTime(s.opts.Now().UTC())
	res, err := tx.ExecContext(ctx, s.q(`UPDATE intents SET state = ?, data = ?, updated_at = ? WHERE id = ? AND state = ?`),
		to, string(data), now, id, from)
	if err != nil {
		return false, fmt.Errorf("advance intent %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return false, err
	}
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO intent_transitions (intent_id, n, from_state, to_state, at)
		SELECT ?, COALESCE(MAX(n), 0) + 1, ?, ?, ? FROM intent_transitions WHERE intent_id = ?`), id, from, to, now, id); err != nil {
		return false, fmt.Errorf("advance intent %s: %w", id, err)
	}
	if err = tx.Commit(); err != nil {
		return false, fmt.Errorf("advance intent %s: commit: %w", id, err)
	}
	return true, nil
}

// LoadIntent returns an intent's state and data, or an error wrapping ErrNotFound.
func (s *sqlStore) LoadIntent(ctx context.Context, id string) (state string, data []byte, err error) {
	var text string
	err = s.db.QueryRowContext(ctx, s.q(`SELECT state, data FROM intents WHERE id = ?`), id).Scan(&state, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil, fmt.Errorf("intent %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", nil, fmt.Errorf("intent %s: %w", id, err)
	}
	return state, []byte(text), nil
}

// IntentsIn lists the ids of the token's intents in any of the given states, oldest first.
func (s *sqlStore) IntentsIn(ctx context.Context, token string, states []string) ([]string, error) {
	if len(states) == 0 {
		return nil, nil
	}
	args := []any{token}
	marks := ""
	for i, st := range states {
		if i > 0 {
			marks += ", "
		}
		marks += "?"
		args = append(args, st)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id FROM intents WHERE token = ? AND state IN (`+marks+`) ORDER BY created_at, id`), args...)
	if err != nil {
		return nil, fmt.Errorf("list intents: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list intents: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// IntentTransitions returns an intent's transitions in order, as "from->to".
func (s *sqlStore) IntentTransitions(ctx context.Context, id string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT from_state, to_state FROM intent_transitions WHERE intent_id = ? ORDER BY n`), id)
	if err != nil {
		return nil, fmt.Errorf("intent %s transitions: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var from, to string
		if err := rows.Scan(&from, &to); err != nil {
			return nil, fmt.Errorf("intent %s transitions: %w", id, err)
		}
		out = append(out, from+"->"+to)
	}
	return out, rows.Err()
}
