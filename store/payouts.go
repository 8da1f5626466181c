package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// StoredBatch is a payout batch as the store keeps it: opaque to the store apart from its
// key, token, day and manifest hash. Seq numbers the batches in the order they were saved,
// from 1, without gaps; it is the payout feed's cursor.
type StoredBatch struct {
	Seq       int64
	Key       string
	Token     string
	Day       string
	Hash      string // the manifest hash of the batch
	Body      []byte // the signed batch, served byte for byte
	CreatedAt time.Time
}

// ErrBatchConflict means a payout batch key was saved again with other content.
var ErrBatchConflict = errors.New("payout batch key already saved with other content")

// BatchConflictError reports a payout batch key saved again with another manifest hash.
type BatchConflictError struct {
	Key        string
	StoredHash string // the hash saved first, which stays
	GivenHash  string // the hash refused
}

func (e *BatchConflictError) Error() string {
	return fmt.Sprintf("payout batch %q is saved with manifest hash %s, not %s", e.Key, e.StoredHash, e.GivenHash)
}

// Unwrap makes a BatchConflictError an ErrBatchConflict.
func (e *BatchConflictError) Unwrap() error { return ErrBatchConflict }

// SaveBatch stores a payout batch under the next sequence number. Saving a key again with
// the same hash changes nothing and returns the stored batch with created false; with
// another hash it fails with a *BatchConflictError. Batches become visible to readers in
// sequence order: a reader never sees seq n+1 without seq n.
func (s *sqlStore) SaveBatch(ctx context.Context, b StoredBatch) (StoredBatch, bool, error) {
	for _, f := range []struct{ name, value string }{{"key", b.Key}, {"token", b.Token}, {"day", b.Day}, {"hash", b.Hash}} {
		if f.value == "" {
			return StoredBatch{}, false, fmt.Errorf("save payout batch %q: empty %s", b.Key, f.name)
		}
	}
	if len(b.Body) == 0 {
		return StoredBatch{}, false, fmt.Errorf("save payout batch %q: empty body", b.Key)
	}
	b.CreatedAt = s.opts.Now().UTC().Truncate(time.Microsecond)
	for attempt := 1; ; attempt++ {
		seq, err := s.saveBatch(ctx, b)
		if err != nil && s.dialect.retryable(err) && attempt < 5 {
			continue
		}
		var conflict *BatchConflictError
		if errors.As(err, &conflict) {
			return StoredBatch{}, false, err
		}
		if err != nil {
			return StoredBatch{}, false, fmt.Errorf("save payout batch %q: %w", b.Key, err)
		}
		if seq == 0 {
			stored, err := s.BatchByKey(ctx, b.Key)
			return stored, false, err
		}
		b.Seq = seq
		return b, true, nil
	}
}

// saveBatch runs one attempt of SaveBatch. It returns the new sequence number, or 0 if the
// batch was already there.
func (s *sqlStore) saveBatch(ctx context.Context, b StoredBatch) (seq int64, err error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil || seq == 0 {
			_ = tx.Rollback() // nothing was written, or the error is the one worth reporting
		}
	}()
	if s.dialect.name() == "postgres" {
		// One saver at a time, until commit: sequence numbers are then assigned and
		// committed in the same order. Readers are not blocked. (SQLite's write
		// transactions hold the database's write lock from BEGIN already.)
		if _, err = tx.ExecContext(ctx, `LOCK TABLE payout_batches IN EXCLUSIVE MODE`); err != nil {
			return 0, fmt.Errorf("lock: %w", err)
		}
	}
	var storedHash string
	err = tx.QueryRowContext(ctx, s.q(`SELECT manifest_hash FROM payout_batches WHERE batch_key = ?`), b.Key).Scan(&storedHash)
	switch {
	case err == nil:
		if storedHash != b.Hash {
			return 0, &BatchConflictError{Key: b.Key, StoredHash: storedHash, GivenHash: b.Hash}
		}
		return 0, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, fmt.Errorf("read existing: %w", err)
	}
	if err = tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM payout_batches`).Scan(&seq); err != nil {
		return 0, fmt.Errorf("next seq: %w", err)
	}
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO payout_batches (seq, batch_key, token, day, manifest_hash, body, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`), seq, b.Key, b.Token, b.Day, b.Hash, b.Body, s.dialect.encodeTime(b.CreatedAt)); err != nil {
		return 0, fmt.Errorf("insert: %w", err)
	}
	if err = tx.Commit(); err != nil {
		return 0, fmt.Errorf("commit: %w", err)
	}
	return seq, nil
}

const batchColumns = `seq, batch_key, token, day, manifest_hash, body, created_at`

// BatchByKey returns the payout batch saved under key, or an error wrapping ErrNotFound.
func (s *sqlStore) BatchByKey(ctx context.Context, key string) (StoredBatch, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+batchColumns+` FROM payout_batches WHERE batch_key = ?`), key)
	if err != nil {
		return StoredBatch{}, fmt.Errorf("payout batch %q: %w", key, err)
	}
	batches, err := s.scanBatches(rows)
	if err != nil {
		return StoredBatch{}, fmt.Errorf("payout batch %q: %w", key, err)
	}
	if len(batches) == 0 {
		return StoredBatch{}, fmt.Errorf("payout batch %q: %w", key, ErrNotFound)
	}
	return batches[0], nil
}

// BatchesAfter returns up to limit payout batches with a sequence number above after, in
// sequence order; only the token's if token is not empty.
func (s *sqlStore) BatchesAfter(ctx context.Context, token string, after int64, limit int) ([]StoredBatch, error) {
	if limit <= 0 {
		return nil, fmt.Errorf("payout batches after %d: limit %d is not above zero", after, limit)
	}
	query, args := `SELECT `+batchColumns+` FROM payout_batches WHERE seq > ?`, []any{after}
	if token != "" {
		query += ` AND token = ?`
		args = append(args, token)
	}
	rows, err := s.db.QueryContext(ctx, s.q(query+` ORDER BY seq LIMIT ?`), append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("payout batches after %d: %w", after, err)
	}
	batches, err := s.scanBatches(rows)
	if err != nil {
		return nil, fmt.Errorf("payout batches after %d: %w", after, err)
	}
	return batches, nil
}

// MarkDelivered records that the batch saved under key reached sink. Marking it again
// changes nothing (the first time stays); an unknown key is an error wrapping ErrNotFound.
func (s *sqlStore) MarkDelivered(ctx context.Context, key, sink string) (err error) {
	if sink == "" {
		return fmt.Errorf("mark payout batch %q delivered: empty sink", key)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("mark payout batch %q delivered to %s: %w", key, sink, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error is the one worth reporting
		}
	}()
	var one int
	err = tx.QueryRowContext(ctx, s.q(`SELECT 1 FROM payout_batches WHERE batch_key = ?`), key).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("mark payout batch %q delivered to %s: %w", key, sink, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("mark payout batch %q delivered to %s: %w", key, sink, err)
	}
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO payout_deliveries (batch_key, sink, delivered_at) VALUES (?, ?, ?)
		ON CONFLICT (batch_key, sink) DO NOTHING`), key, sink, s.dialect.encodeTime(s.opts.Now().UTC())); err != nil {
		return fmt.Errorf("mark payout batch %q delivered to %s: %w", key, sink, err)
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("mark payout batch %q delivered to %s: commit: %w", key, sink, err)
	}
	return nil
}

// Undelivered returns the payout batches not yet marked delivered to sink, in sequence
// order.
func (s *sqlStore) Undelivered(ctx context.Context, sink string) ([]StoredBatch, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+batchColumns+` FROM payout_batches b
		WHERE NOT EXISTS (SELECT 1 FROM payout_deliveries d WHERE d.batch_key = b.batch_key AND d.sink = ?)
		ORDER BY seq`), sink)
	if err != nil {
		return nil, fmt.Errorf("payout batches not delivered to %s: %w", sink, err)
	}
	batches, err := s.scanBatches(rows)
	if err != nil {
		return nil, fmt.Errorf("payout batches not delivered to %s: %w", sink, err)
	}
	return batches, nil
}

// scanBatches reads rows of batchColumns and closes them.
func (s *sqlStore) scanBatches(rows *sql.Rows) ([]StoredBatch, error) {
	defer rows.Close()
	var out []StoredBatch
	for rows.Next() {
		var b StoredBatch
		var created any
		if err := rows.Scan(&b.Seq, &b.Key, &b.Token, &b.Day, &b.Hash, &b.Body, &created); err != nil {
			return nil, err
		}
		at, err := s.dialect.decodeTime(created)
		if err != nil {
			return nil, fmt.Errorf("batch %d: created_at: %w", b.Seq, err)
		}
		b.CreatedAt = at
		out = append(out, b)
	}
	return out, rows.Err()
}
