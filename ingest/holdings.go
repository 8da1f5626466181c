package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// Source is the stored feed DayHoldings reads; store.Store satisfies it. Each method streams
// its rows in the order its doc in package store promises and stops at fn's first error.
type Source interface {
	EachOpening(ctx context.Context, token string, day time.Time, fn func(user string, balance money.Amount) error) error
	EachBalanceChange(ctx context.Context, token string, day time.Time, fn func(store.BalanceEvent) error) error
	EachActivation(ctx context.Context, before time.Time, fn func(store.ActivationEvent) error) error
}

// rowBatch is how many rows DayHoldings hands the Averager at once.
const rowBatch = 4096

// DayHoldings computes token's holdings for day from the stored feed: each user's exact
// time-weighted average balance (allocator.Averager) and whether they were eligible. The
// opening balance of a user is their last balance before the day; users whose balance was
// zero all day are left out (they would average zero). Eligibility follows the allocator's
// rule, from the activation history: a user active from strictly before the day's 00:00 and
// not deactivated before the next 00:00 is eligible (see activationFold).
//
// Rows are streamed from src in batches, so memory is the Averager's (about 128 bytes per
// user holding the token) plus one batch. The result is final only once the day is closed
// for the token (store.Store.CloseBalanceDay): before that, new events may still change it.
func DayHoldings(ctx context.Context, src Source, token money.Token, day allocator.Day) ([]allocator.Holding, error) {
	av := allocator.NewAverager(day, allocator.AverageOptions{})
	fail := func(what string, err error) error {
		return fmt.Errorf("holdings of %s on %s: %s: %w", token.Symbol, day, what, err)
	}

	openings := make([]allocator.Opening, 0, rowBatch)
	err := src.EachOpening(ctx, token.Symbol, day.Start(), func(user string, balance money.Amount) error {
		if balance.IsZero() {
			return nil
		}
		u, err := allocator.Units(balance)
		if err != nil {
			return fmt.Errorf("user %s: %w", user, err)
		}
		openings = append(openings, allocator.Opening{User: user, Balance: u})
		if len(openings) < rowBatch {
			return nil
		}
		err = av.Open(openings)
		openings = openings[:0]
		return err
	})
	if err == nil {
		err = av.Open(openings)
	}
	if err != nil {
		return nil, fail("opening balances", err)
	}

	changes := make([]allocator.BalanceChange, 0, rowBatch)
	err = src.EachBalanceChange(ctx, token.Symbol, day.Start(), func(e store.BalanceEvent) error {
		u, err := allocator.Units(e.Balance)
		if err != nil {
			return fmt.Errorf("event %q: %w", e.ID, err)
		}
		changes = append(changes, allocator.BalanceChange{User: e.User, At: e.At, Balance: u})
		if len(changes) < rowBatch {
			return nil
		}
		err = av.Change(changes)
		changes = changes[:0]
		return err
	})
	if err == nil {
		err = av.Change(changes)
	}
	if err != nil {
		return nil, fail("balance changes", err)
	}

	records := make([]allocator.Activation, 0, rowBatch)
	var fold activationFold
	emit := func(r allocator.Activation) error {
		records = append(records, r)
		if len(records) < rowBatch {
			return nil
		}
		err := av.Activate(records)
		records = records[:0]
		return err
	}
	err = src.EachActivation(ctx, day.End(), func(e store.ActivationEvent) error {
		return fold.add(e, emit)
	})
	if err == nil {
		err = fold.flush(emit)
	}
	if err == nil {
		err = av.Activate(records)
	}
	if err != nil {
		return nil, fail("activations", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fail("cancelled", err)
	}
	return av.Finish(), nil
}

// activationFold folds a stream of activation events, grouped by user and in time order within
// each user, into activation records: intervals from an activation to the next
// deactivation (or open-ended). An activation while active and a deactivation while inactive
// change nothing; of events at the same instant the last one given wins, so "off, on" at t
// ends one record and starts the next at t. The zero value is ready to use.
type activationFold struct {
	user   string
	active bool
	since  time.Time
}

// add takes the next event and calls emit with the record it ends, if any. Events must come
// grouped by user, each user's in time order.
func (r *activationFold) add(e store.ActivationEvent, emit func(allocator.Activation) error) error {
	if e.User != r.user {
		if err := r.flush(emit); err != nil {
			return err
		}
		r.user = e.User
	}
	switch {
	case e.Active && !r.active:
		r.active, r.since = true, e.At
	case !e.Active && r.active:
		r.active = false
		return emit(allocator.Activation{User: r.user, Activated: r.since, Deactivated: e.At})
	}
	return nil
}

// flush emits the current user's open record, if any: an activation not yet followed by a
// deactivation.
func (r *activationFold) flush(emit func(allocator.Activation) error) error {
	if !r.active {
		return nil
	}
	r.active = false
	return emit(allocator.Activation{User: r.user, Activated: r.since})
}
