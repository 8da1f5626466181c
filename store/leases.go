package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Lease is a held leader lease.
type Lease struct {
	Name    string
	Holder  string
	Fence   int64 // grows with every change of holder
	Expires time.Time
}

// ErrLeaseHeld means another holder has the lease and it has not expired.
var ErrLeaseHeld = errors.New("lease held by another holder")

// ErrFenced means the caller's fencing token is no longer the lease's: it lost the lease.
var ErrFenced = errors.New("fenced: the lease has passed to another holder")

// AcquireLease takes or renews the named lease for holder until now+ttl. A free or expired
// lease passes to holder with a larger fencing token; the holder renewing keeps its token.
// While another holder's lease is live it fails with ErrLeaseHeld.
func (s *sqlStore) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (l Lease, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Lease{}, fmt.Errorf("lease %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error that made us roll back is the one worth reporting
		}
	}()
	now := s.opts.Now().UTC()
	// Lock the row (or its absence) for the decision.
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO leases (name, holder, fence, expires_at) VALUES (?, '', 0, ?)
		ON CONFLICT (name) DO UPDATE SET name = excluded.name`), name, s.dialect.encodeTime(time.Unix(0, 0))); err != nil {
		return Lease{}, fmt.Errorf("lease %s: %w", name, err)
	}
	var cur Lease
	var expires any
	if err = tx.QueryRowContext(ctx, s.q(`SELECT holder, fence, expires_at FROM leases WHERE name = ?`), name).
		Scan(&cur.Holder, &cur.Fence, &expires); err != nil {
		return Lease{}, fmt.Errorf("lease %s: %w", name, err)
	}
	if cur.Expires, err = s.dialect.decodeTime(expires); err != nil {
		return Lease{}, fmt.Errorf("lease %s: %w", name, err)
	}
	if cur.Holder != holder && cur.Holder != "" && now.Before(cur.Expires) {
		err = fmt.Errorf("lease %s: %w (%s until %s)", name, ErrLeaseHeld, cur.Holder, cur.Expires.Format(time.RFC3339))
		return Lease{}, err
	}
	l = Lease{Name: name, Holder: holder, Fence: cur.Fence, Expires: now.Add(ttl).Truncate(time.Microsecond)}
	if cur.Holder != holder {
		l.Fence++
	}
	if _, err = tx.ExecContext(ctx, s.q(`UPDATE leases SET holder = ?, fence = ?, expires_at = ? WHERE name = ?`),
		holder, l.Fence, s.dialect.encodeTime(l.Expires), name); err != nil {
		return Lease{}, fmt.Errorf("lease %s: %w", name, err)
	}
	if err = tx.Commit(); err != nil {
		return Lease{}, fmt.Errorf("lease %s: commit: %w", name, err)
	}
	return l, nil
}

// CheckFence fails with ErrFenced unless fence is still the named lease's token and the
// lease has not expired. It reads the lease as it is now: a write that must not race a
// takeover has to make the same check inside its own transaction.
func (s *sqlStore) CheckFence(ctx context.Context, name string, fence int64) error {
	var current int64
	var expires any
	err := s.db.QueryRowContext(ctx, s.q(`SELECT fence, expires_at FROM leases WHERE name = ?`), name).Scan(&current, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("lease %s: %w", name, ErrFenced)
	}
	if err != nil {
		return fmt.Errorf("lease %s: %w", name, err)
	}
	until, err := s.dialect.decodeTime(expires)
	if err != nil {
		return fmt.Errorf("lease %s: %w", name, err)
	}
	if current != fence || !s.opts.Now().Before(until) {
		return fmt.Errorf("lease %s: token %d, current %d: %w", name, fence, current, ErrFenced)
	}
	return nil
}
