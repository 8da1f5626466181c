package daemon

import (
	"context"
	"fmt"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/store"
)

// DistributionOf returns the stored form of one user's share of a token's day: the
// allocator's standing becomes the store's (Counted: store.StandingCounted, Capped:
// store.StandingCapped, BelowMinimum: store.StandingBelowMinimum, Ineligible:
// store.StandingInactive). An unknown standing is an error.
func DistributionOf(token string, day allocator.Day, s allocator.Share) (store.Distribution, error) {
	var standing string
	switch s.Standing {
	case allocator.Counted:
		standing = store.StandingCounted
	case allocator.Capped:
		standing = store.StandingCapped
	case allocator.BelowMinimum:
		standing = store.StandingBelowMinimum
	case allocator.Ineligible:
		standing = store.StandingInactive
	default:
		return store.Distribution{}, fmt.Errorf("distribution of %s %s to %q: unknown standing %s", token, day, s.User, s.Standing)
	}
	return store.Distribution{Token: token, Day: day.String(), User: s.User, Avg: allocator.Amount(&s.Avg),
		Effective: allocator.Amount(&s.Effective), Reward: allocator.Amount(&s.Reward), Standing: standing}, nil
}

// saveDistributions stores every user's share of the day, in batches.
func saveDistributions(ctx context.Context, st DistributionStore, token string, day allocator.Day, a *allocator.Allocation) error {
	const batch = 2000
	rows := make([]store.Distribution, 0, min(batch, a.Len()))
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		err := st.SaveDistributions(ctx, token, day.String(), rows)
		rows = rows[:0]
		return err
	}
	for s := range a.Shares() {
		d, err := DistributionOf(token, day, s)
		if err != nil {
			return err
		}
		if rows = append(rows, d); len(rows) == batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}
