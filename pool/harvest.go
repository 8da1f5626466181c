package pool

import (
	"context"
	"fmt"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
)

// Cursors keep the last harvested height per token; the store package implements them.
type Cursors interface {
	// Cursor returns a named cursor's position and whether it has one.
	Cursor(ctx context.Context, name string) (uint64, bool, error)
	// AdvanceCursor moves a cursor forward; moving it back is an error.
	AdvanceCursor(ctx context.Context, name string, pos uint64) error
}

// Harvester books every reward a custody address realizes into the token's reward reserve,
// exactly once, with the on-chain reference that proves it.
type Harvester struct {
	Adapter chains.Adapter
	Books   Books
	Cursors Cursors
	Owner   string
	// From is the first height to read when the token has never been harvested (the
	// custody's first staking block).
	From uint64
}

// HarvestResult is what one harvest read and booked.
type HarvestResult struct {
	Window  chains.Window
	Rewards []chains.Reward
	Total   money.Amount
}

// Harvest reads the rewards realized from the height after the last harvest up to the
// chain's head less its finality depth, so that nothing booked can be undone, books each one
// (claimed and side-effect rewards into custody:hot, compounded and restaked ones into the
// validator's stake, all credited to rewards:reserve) under a key derived from its
// reference, and then moves the cursor. A crash in between repeats the same bookings, which
// the keys make no-ops.
func (h *Harvester) Harvest(ctx context.Context) (HarvestResult, error) {
	info := h.Adapter.Info()
	cursor := "harvest/" + info.Token.Symbol + "/" + h.Owner
	last, ok, err := h.Cursors.Cursor(ctx, cursor)
	if err != nil {
		return HarvestResult{}, err
	}
	from := h.From
	if ok {
		from = last + 1
	}
	head, err := h.Adapter.Head(ctx)
	if err != nil {
		return HarvestResult{}, fmt.Errorf("harvest %s: %w", info.Token.Symbol, err)
	}
	if head < info.FinalityDepth || head-info.FinalityDepth < from {
		return HarvestResult{Window: chains.Window{From: from, To: from}, Total: money.Zero}, nil // nothing final yet
	}
	w := chains.Window{From: from, To: head - info.FinalityDepth}
	rewards, err := h.Adapter.Rewards(ctx, h.Owner, w)
	if err != nil {
		return HarvestResult{}, fmt.Errorf("harvest %s %d..%d: %w", info.Token.Symbol, w.From, w.To, err)
	}
	res := HarvestResult{Window: w, Rewards: rewards, Total: money.Zero}
	for _, r := range rewards {
		tx, err := rewardEntry(info.Token, r)
		if err != nil {
			return HarvestResult{}, err
		}
		if _, _, err := h.Books.Post(ctx, tx); err != nil {
			return HarvestResult{}, fmt.Errorf("book reward %s: %w", tx.Key, err)
		}
		res.Total = add(res.Total, r.Amount)
	}
	if err := h.Cursors.AdvanceCursor(ctx, cursor, w.To); err != nil {
		return HarvestResult{}, err
	}
	return res, nil
}

// rewardEntry is the ledger transaction of one realized reward, keyed by its reference.
func rewardEntry(t money.Token, r chains.Reward) (ledger.Transaction, error) {
	if r.Amount.Sign() <= 0 {
		return ledger.Transaction{}, fmt.Errorf("reward of %s from %s is not positive", r.Amount, r.Validator)
	}
	ref := fmt.Sprintf("%s@%d", r.Validator, r.Ref.Height)
	if r.Ref.TxID != "" {
		ref = fmt.Sprintf("%s/%d/%s", r.Ref.TxID, r.Ref.LogIndex, r.Validator)
	}
	into := ledger.CustodyHot
	if r.Kind == chains.RewardCompounded || r.Kind == chains.RewardRestaked {
		var err error
		if into, err = ledger.Delegated(r.Validator); err != nil {
			return ledger.Transaction{}, err
		}
	}
	return ledger.Transaction{
		Token: t.Symbol, Key: "reward:" + t.Symbol + ":" + ref, Reason: ledger.ReasonHarvest,
		Memo: fmt.Sprintf("%s reward of %s from %s at height %d (epoch %s, tx %s)", r.Kind, t.Format(r.Amount), r.Validator, r.Ref.Height, r.Ref.Epoch, r.Ref.TxID),
		Postings: []ledger.Posting{
			{Account: into, Amount: r.Amount},
			{Account: ledger.RewardsReserve, Amount: r.Amount.Neg()},
		},
	}, nil
}
