package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/store"
)

// Leases is the store's leader lease and cursors, as the daemon uses them.
type Leases interface {
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (store.Lease, error)
	Cursor(ctx context.Context, name string) (uint64, bool, error)
	AdvanceCursor(ctx context.Context, name string, pos uint64) error
}

// LeaseName is the leader lease every replica of the daemon competes for.
const LeaseName = "daemon"

// Daemon keeps the daily cycle going for every token: it waits for the lease, and while it
// holds it, runs each token's due days in order, resumes intents in flight, and renews the
// lease in the background, stopping all work the moment it is lost.
type Daemon struct {
	Cycle  *Cycle
	Tokens []*TokenCycle
	Leases Leases
	// Holder names this replica in the lease (host and process, say).
	Holder string
	// LeaseTTL is how long a lease lasts unrenewed; it is renewed every third of it.
	LeaseTTL time.Duration
	// First is the first day processed for a token that has no processed day yet.
	First allocator.Day
	// CloseAfter is how long after a day's end its feed is closed, for late events.
	CloseAfter time.Duration
	// Tick is how often the daemon looks for due work.
	Tick   time.Duration
	Logger *slog.Logger
	// OnLeader, when set, is told when this replica gains or loses the lease (metrics).
	OnLeader func(leading bool)
}

// cursorName is the cursor of the last completed day of a token, in days since 1970-01-01.
func cursorName(token string) string { return "cycle/" + token }

func dayNumber(d allocator.Day) uint64 { return uint64(d.Start().Unix() / 86400) }

func dayFromNumber(n uint64) allocator.Day { return dayOf(time.Unix(int64(n)*86400, 0)) }

// startName is the cursor of the first day of a token, recorded when the daemon first
// looks at it, so that a later start with another First does not skip or repeat days.
func startName(token string) string { return "cycle-start/" + token }

// NextDay returns the first day of the token not yet completed. The first time a token is
// seen, its first day is First, and that is recorded for good.
func (d *Daemon) NextDay(ctx context.Context, token string) (allocator.Day, error) {
	pos, ok, err := d.Leases.Cursor(ctx, cursorName(token))
	if err != nil {
		return allocator.Day{}, err
	}
	if ok {
		return dayFromNumber(pos + 1), nil
	}
	start, ok, err := d.Leases.Cursor(ctx, startName(token))
	if err != nil {
		return allocator.Day{}, err
	}
	if ok {
		return dayFromNumber(start), nil
	}
	if err := d.Leases.AdvanceCursor(ctx, startName(token), dayNumber(d.First)); err != nil {
		return allocator.Day{}, fmt.Errorf("%s: record the first day: %w", token, err)
	}
	return d.First, nil
}

// Due reports whether a day's cycle may start at now: its feed closes CloseAfter after its end.
func (d *Daemon) Due(day allocator.Day, now time.Time) bool {
	return !now.Before(day.End().Add(d.CloseAfter))
}

// Round runs, for every token at once, each due day in order until one fails or none is
// due; then it resumes the token's intents in flight. It returns the tokens' errors joined.
func (d *Daemon) Round(ctx context.Context) error {
	var wg sync.WaitGroup
	errs := make([]error, len(d.Tokens))
	for i, tc := range d.Tokens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = d.roundToken(ctx, tc)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (d *Daemon) roundToken(ctx context.Context, tc *TokenCycle) error {
	sym := tc.Token.Symbol
	for ctx.Err() == nil {
		day, err := d.NextDay(ctx, sym)
		if err != nil {
			return fmt.Errorf("%s: %w", sym, err)
		}
		if !d.Due(day, d.Cycle.now()) {
			break
		}
		if err := d.Cycle.RunDay(ctx, tc, day); err != nil {
			return err
		}
		if err := d.Leases.AdvanceCursor(ctx, cursorName(sym), dayNumber(day)); err != nil {
			return fmt.Errorf("%s: day %s done: %w", sym, day, err)
		}
	}
	if err := tc.Custody.Resume(ctx); err != nil {
		return fmt.Errorf("%s: resume intents: %w", sym, err)
	}
	return ctx.Err()
}

func (d *Daemon) log() *slog.Logger {
	if d.Logger != nil {
		return d.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Run keeps the cycle going until ctx ends. A replica without the lease waits and tries
// again every tick; the leader's writes are fenced with its lease (store.WithFence), so
// a leader paused past its lease cannot write when it wakes.
func (d *Daemon) Run(ctx context.Context) error {
	for {
		lease, err := d.acquire(ctx)
		switch {
		case err == nil:
			d.lead(ctx, lease)
		case errors.Is(err, store.ErrLeaseHeld):
			d.log().DebugContext(ctx, "standing by", "why", err)
		case ctx.Err() == nil:
			d.log().ErrorContext(ctx, "cannot take the lease", "err", err)
		}
		if !sleep(ctx, d.Tick) {
			return nil
		}
	}
}

// acquire takes or renews the lease, giving up after one lease's time: a database that
// makes us wait longer than that (a paused replica's locks) is not worth waiting on.
func (d *Daemon) acquire(ctx context.Context) (store.Lease, error) {
	ctx, cancel := context.WithTimeout(ctx, d.LeaseTTL)
	defer cancel()
	return d.Leases.AcquireLease(ctx, LeaseName, d.Holder, d.LeaseTTL)
}

// lead runs rounds while this replica holds the lease.
func (d *Daemon) lead(ctx context.Context, lease store.Lease) {
	d.log().InfoContext(ctx, "leading", "holder", d.Holder, "fence", lease.Fence)
	if d.OnLeader != nil {
		d.OnLeader(true)
		defer d.OnLeader(false)
	}
	lctx, cancel := context.WithCancel(store.WithFence(ctx, lease))
	defer cancel()
	renewed := make(chan struct{})
	go func() {
		defer close(renewed)
		d.renew(lctx, cancel, lease)
	}()
	defer func() { cancel(); <-renewed }()
	for {
		if err := d.Round(lctx); err != nil && lctx.Err() == nil {
			d.log().ErrorContext(ctx, "round failed; trying again next tick", "err", err)
		}
		if !sleep(lctx, d.Tick) {
			if ctx.Err() == nil {
				d.log().WarnContext(ctx, "lost the lease", "holder", d.Holder, "fence", lease.Fence)
			}
			return
		}
	}
}

// renew renews the lease every third of its time to live and cancels the leader's work as
// soon as a renewal fails or the lease would run out before the next one.
func (d *Daemon) renew(ctx context.Context, cancel context.CancelFunc, lease store.Lease) {
	for {
		if !sleep(ctx, d.LeaseTTL/3) {
			return
		}
		l, err := d.acquire(ctx)
		if err != nil || l.Fence != lease.Fence {
			if ctx.Err() == nil {
				d.log().WarnContext(ctx, "lease renewal failed; stopping work", "err", err)
			}
			cancel()
			return
		}
	}
}

// sleep waits for d or ctx's end, and reports whether ctx is still alive.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
