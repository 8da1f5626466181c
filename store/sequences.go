package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
)

// ReserveSeq hands out transaction sequence numbers (EVM nonces) per chain and account from
// this store, never from a node's pending count. The same key always gets the same number;
// a new key gets the lowest number that is at least floor and above every number reserved
// before for the account. It is durable before it returns.
func (s *sqlStore) ReserveSeq(ctx context.Context, chainID, account, key string, floor uint64) (uint64, error) {
	if floor > math.MaxInt64 {
		return 0, fmt.Errorf("reserve sequence: floor %d out of range", floor)
	}
	for attempt := 1; ; attempt++ {
		seq, err := s.reserveSeq(ctx, chainID, account, key, floor)
		if err != nil && s.dialect.retryable(err) && attempt < 5 {
			continue
		}
		return seq, err
	}
}

func (s *sqlStore) reserveSeq(ctx context.Context, chainID, account, key string, floor uint64) (seq uint64, err error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return 0, fmt.Errorf("reserve sequence: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error that made us roll back is the one worth reporting
		}
	}()
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO chain_sequence_locks (chain_id, account) VALUES (?, ?)
		ON CONFLICT (chain_id, account) DO UPDATE SET account = excluded.account`), chainID, account); err != nil {
		return 0, fmt.Errorf("reserve sequence: lock: %w", err)
	}
	var existing int64
	err = tx.QueryRowContext(ctx, s.q(`SELECT seq FROM chain_sequences WHERE chain_id = ? AND account = ? AND seq_key = ?`),
		chainID, account, key).Scan(&existing)
	if err == nil {
		return uint64(existing), tx.Commit()
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("reserve sequence: %w", err)
	}
	var highest sql.NullInt64
	if err = tx.QueryRowContext(ctx, s.q(`SELECT MAX(seq) FROM chain_sequences WHERE chain_id = ? AND account = ?`),
		chainID, account).Scan(&highest); err != nil {
		return 0, fmt.Errorf("reserve sequence: %w", err)
	}
	next := floor
	if highest.Valid && uint64(highest.Int64)+1 > next {
		next = uint64(highest.Int64) + 1
	}
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO chain_sequences (chain_id, account, seq_key, seq) VALUES (?, ?, ?, ?)`),
		chainID, account, key, int64(next)); err != nil {
		return 0, fmt.Errorf("reserve sequence: %w", err)
	}
	if err = tx.Commit(); err != nil {
		return 0, fmt.Errorf("reserve sequence: commit: %w", err)
	}
	return next, nil
}

// RecordSent records that txID is being broadcast with seq; recording the same pair again
// is a no-op. It is durable before it returns.
func (s *sqlStore) RecordSent(ctx context.Context, chainID, account string, seq uint64, txID string) error {
	if seq > math.MaxInt64 {
		return fmt.Errorf("record sent: sequence %d out of range", seq)
	}
	_, err := s.execWrite(ctx, `INSERT INTO chain_sent (chain_id, account, seq, tx_id, ord)
		SELECT ?, ?, ?, ?, COALESCE(MAX(ord), 0) + 1 FROM chain_sent WHERE chain_id = ? AND account = ? AND seq = ?
		ON CONFLICT (chain_id, account, seq, tx_id) DO NOTHING`, chainID, account, int64(seq), txID, chainID, account, int64(seq))
	if err != nil {
		return fmt.Errorf("record sent %s: %w", txID, err)
	}
	return nil
}

// SentWith returns every transaction id recorded for seq, oldest first.
func (s *sqlStore) SentWith(ctx context.Context, chainID, account string, seq uint64) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT tx_id FROM chain_sent WHERE chain_id = ? AND account = ? AND seq = ? ORDER BY ord, tx_id`),
		chainID, account, int64(seq))
	if err != nil {
		return nil, fmt.Errorf("read sent transactions: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read sent transactions: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
