package store

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// ReserveSigning implements signer.Store.
func (s *sqlStore) ReserveSigning(ctx context.Context, rec signer.SigningRecord, per24h money.Amount, window time.Duration) (bool, error) {
	for attempt := 1; ; attempt++ {
		existing, err := s.reserveSigning(ctx, rec, per24h, window)
		if err != nil && s.dialect.retryable(err) && attempt < 5 {
			continue
		}
		return existing, err
	}
}

func (s *sqlStore) reserveSigning(ctx context.Context, rec signer.SigningRecord, per24h money.Amount, window time.Duration) (existing bool, err error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return false, fmt.Errorf("reserve signing: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error that made us roll back is the one worth reporting
		}
	}()
	// Serialize every reservation of this key and token until commit.
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO signer_limit_locks (key_id, token) VALUES (?, ?)
		ON CONFLICT (key_id, token) DO UPDATE SET key_id = excluded.key_id`), rec.KeyID, rec.Token); err != nil {
		return false, fmt.Errorf("reserve signing: lock: %w", err)
	}
	var signedHash string
	err = tx.QueryRowContext(ctx, s.q(`SELECT payload_hash FROM signer_signings WHERE key_id = ? AND chain = ? AND nonce = ?`),
		rec.KeyID, rec.Chain, rec.Nonce).Scan(&signedHash)
	switch {
	case err == nil && signedHash == rec.PayloadHash:
		return true, tx.Rollback()
	case err == nil:
		err = &signer.ConflictError{KeyID: rec.KeyID, Chain: rec.Chain, Nonce: rec.Nonce, SignedPayloadHash: signedHash}
		return false, err
	case !errors.Is(err, sql.ErrNoRows):
		return false, fmt.Errorf("reserve signing: %w", err)
	}
	used, err := s.signedWithin(ctx, tx, rec.KeyID, rec.Token, rec.SignedAt.Add(-window))
	if err != nil {
		return false, err
	}
	total, err := used.Add(rec.Amount)
	if err != nil {
		return false, fmt.Errorf("reserve signing: %w", err)
	}
	if total.Cmp(per24h) > 0 {
		err = &signer.LimitError{Kind: "rolling-24h", Token: rec.Token, Limit: per24h, Used: used, Requested: rec.Amount}
		return false, err
	}
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO signer_signings
		(key_id, chain, nonce, payload_hash, intent_id, token, amount, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
		rec.KeyID, rec.Chain, rec.Nonce, rec.PayloadHash, rec.IntentID, rec.Token, rec.Amount.String(),
		s.dialect.encodeTime(rec.SignedAt)); err != nil {
		return false, fmt.Errorf("reserve signing: %w", err)
	}
	if err = tx.Commit(); err != nil {
		return false, fmt.Errorf("reserve signing: commit: %w", err)
	}
	return false, nil
}

// signedWithin sums what the key signed of the token after since.
func (s *sqlStore) signedWithin(ctx context.Context, tx *sql.Tx, keyID, token string, since time.Time) (money.Amount, error) {
	rows, err := tx.QueryContext(ctx, s.q(`SELECT `+s.dialect.amountOut("amount")+` FROM signer_signings
		WHERE key_id = ? AND token = ? AND signed_at > ?`), keyID, token, s.dialect.encodeTime(since))
	if err != nil {
		return money.Zero, fmt.Errorf("reserve signing: window: %w", err)
	}
	defer rows.Close()
	used := money.Zero
	for rows.Next() {
		var text string
		if err := rows.Scan(&text); err != nil {
			return money.Zero, fmt.Errorf("reserve signing: window: %w", err)
		}
		a, err := money.ParseBaseUnits(text)
		if err != nil {
			return money.Zero, fmt.Errorf("reserve signing: window: %w", err)
		}
		if used, err = used.Add(a); err != nil {
			return money.Zero, fmt.Errorf("reserve signing: window: %w", err)
		}
	}
	return used, rows.Err()
}

// RequestApproval implements signer.Store.
func (s *sqlStore) RequestApproval(ctx context.Context, p signer.PendingApproval) error {
	intent, err := json.Marshal(p.Intent)
	if err != nil {
		return fmt.Errorf("request approval: %w", err)
	}
	_, err = s.execWrite(ctx, `INSERT INTO signer_pending_approvals (intent_id, key_id, intent, requested_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (intent_id) DO NOTHING`, p.IntentID, p.KeyID, string(intent), s.dialect.encodeTime(p.RequestedAt))
	if err != nil {
		return fmt.Errorf("request approval: %w", err)
	}
	return nil
}

// PendingApproval implements signer.Store.
func (s *sqlStore) PendingApproval(ctx context.Context, intentID string) (signer.PendingApproval, error) {
	list, err := s.pendingApprovals(ctx, `WHERE intent_id = ?`, intentID)
	if err != nil {
		return signer.PendingApproval{}, err
	}
	if len(list) == 0 {
		return signer.PendingApproval{}, fmt.Errorf("approval request %s: %w", intentID, signer.ErrNotFound)
	}
	return list[0], nil
}

// PendingApprovals implements signer.Store.
func (s *sqlStore) PendingApprovals(ctx context.Context) ([]signer.PendingApproval, error) {
	return s.pendingApprovals(ctx, "")
}

func (s *sqlStore) pendingApprovals(ctx context.Context, where string, args ...any) ([]signer.PendingApproval, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT intent_id, key_id, intent, requested_at FROM signer_pending_approvals `+
		where+` ORDER BY requested_at, intent_id`), args...)
	if err != nil {
		return nil, fmt.Errorf("read approval requests: %w", err)
	}
	defer rows.Close()
	var out []signer.PendingApproval
	for rows.Next() {
		var p signer.PendingApproval
		var intent string
		var at any
		if err := rows.Scan(&p.IntentID, &p.KeyID, &intent, &at); err != nil {
			return nil, fmt.Errorf("read approval requests: %w", err)
		}
		if err := json.Unmarshal([]byte(intent), &p.Intent); err != nil {
			return nil, fmt.Errorf("approval request %s: %w", p.IntentID, err)
		}
		if p.RequestedAt, err = s.dialect.decodeTime(at); err != nil {
			return nil, fmt.Errorf("approval request %s: %w", p.IntentID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// AddApproval implements signer.Store.
func (s *sqlStore) AddApproval(ctx context.Context, a signer.Approval) error {
	_, err := s.execWrite(ctx, `INSERT INTO signer_approvals (intent_id, approver, signature, approved_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (intent_id, approver) DO NOTHING`,
		a.IntentID, hex.EncodeToString(a.Approver), hex.EncodeToString(a.Signature), s.dialect.encodeTime(a.At))
	if err != nil {
		return fmt.Errorf("add approval: %w", err)
	}
	return nil
}

// Approvals implements signer.Store.
func (s *sqlStore) Approvals(ctx context.Context, intentID string) ([]signer.Approval, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT approver, signature, approved_at FROM signer_approvals
		WHERE intent_id = ? ORDER BY approved_at, approver`), intentID)
	if err != nil {
		return nil, fmt.Errorf("read approvals: %w", err)
	}
	defer rows.Close()
	var out []signer.Approval
	for rows.Next() {
		var approver, sig string
		var at any
		if err := rows.Scan(&approver, &sig, &at); err != nil {
			return nil, fmt.Errorf("read approvals: %w", err)
		}
		a := signer.Approval{IntentID: intentID}
		pub, err1 := hex.DecodeString(approver)
		raw, err2 := hex.DecodeString(sig)
		when, err3 := s.dialect.decodeTime(at)
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, fmt.Errorf("approval of %s: %w", intentID, err)
		}
		a.Approver, a.Signature, a.At = ed25519.PublicKey(pub), raw, when
		out = append(out, a)
	}
	return out, rows.Err()
}

// Interface guard.
var _ signer.Store = (*sqlStore)(nil)

// EachSigning calls fn for every record of the signer's history, oldest first, and stops
// at fn's first error. Audit verification uses it to prove every signature has its record
// in the audit log.
func (s *sqlStore) EachSigning(ctx context.Context, fn func(signer.SigningRecord) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT key_id, chain, nonce, payload_hash, intent_id, token, `+
		s.dialect.amountOut("amount")+`, signed_at FROM signer_signings ORDER BY signed_at, key_id, chain, nonce`)
	if err != nil {
		return fmt.Errorf("read signing history: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rec signer.SigningRecord
		var amount string
		var at any
		if err := rows.Scan(&rec.KeyID, &rec.Chain, &rec.Nonce, &rec.PayloadHash, &rec.IntentID, &rec.Token, &amount, &at); err != nil {
			return fmt.Errorf("read signing history: %w", err)
		}
		if rec.Amount, err = money.ParseBaseUnits(amount); err != nil {
			return fmt.Errorf("signing history: %w", err)
		}
		if rec.SignedAt, err = s.dialect.decodeTime(at); err != nil {
			return fmt.Errorf("signing history: %w", err)
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return rows.Err()
}
