package daemon

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/ingest"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/payout"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/store"
)

// StoreFeed is the balance feed kept in the store by package ingest.
type StoreFeed struct {
	Store store.Store
}

var _ Feed = StoreFeed{}

// CloseDay implements Feed.
func (f StoreFeed) CloseDay(ctx context.Context, token string, day allocator.Day) error {
	return f.Store.CloseBalanceDay(ctx, token, day.Start())
}

// Holdings implements Feed.
func (f StoreFeed) Holdings(ctx context.Context, token money.Token, day allocator.Day) ([]allocator.Holding, error) {
	return ingest.DayHoldings(ctx, f.Store, token, day)
}

// SignedPayouts signs each day's batch with the feed key, keeps it in the store, and
// delivers it to every sink in the order batches were stored.
type SignedPayouts struct {
	Store store.Store
	Key   payout.FeedKey
	Sinks []payout.Sink
}

var _ Payouts = SignedPayouts{}

// Record implements Payouts. Recording a day again with the same split returns the stored
// batch; with a different one it fails with the store's conflict error.
func (p SignedPayouts) Record(ctx context.Context, token money.Token, day allocator.Day, a *allocator.Allocation, params allocator.Params) (string, string, error) {
	b, err := payout.FromAllocation(token, day, a, params)
	if err != nil {
		return "", "", err
	}
	sb, err := payout.Sign(b, p.Key)
	if err != nil {
		return "", "", err
	}
	stored, _, err := p.Store.SaveBatch(ctx, sb.Stored())
	if err != nil {
		return "", "", err
	}
	return stored.Key, stored.Hash, nil
}

// Deliver implements Payouts: every sink gets every batch it has not had, in order, so the
// day's batch goes out after any earlier one a sink missed.
func (p SignedPayouts) Deliver(ctx context.Context, key string) error {
	for _, s := range p.Sinks {
		if _, err := payout.DeliverPending(ctx, p.Store, s); err != nil {
			return fmt.Errorf("deliver to %s: %w", s.Name(), err)
		}
	}
	return nil
}

// PoolCustody is one token's custody driven by package pool: the harvester books rewards,
// Observe reads the chain and the books, MakePlan plans, the executor carries intents out.
type PoolCustody struct {
	Adapter   chains.Adapter
	Owner     string
	Books     store.Store
	Harvester *pool.Harvester
	Executor  *pool.Executor
	Policy    pool.Policy
	// HistoryDays is the buffer forecast's history.
	HistoryDays int
	Logger      *slog.Logger
	// Now is the clock the buffer's history is read against; nil means time.Now.
	Now func() time.Time
}

var _ Custody = (*PoolCustody)(nil)

func (c *PoolCustody) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// Harvest implements Custody.
func (c *PoolCustody) Harvest(ctx context.Context) (money.Amount, error) {
	r, err := c.Harvester.Harvest(ctx)
	if err != nil {
		return money.Amount{}, err
	}
	return r.Total, nil
}

// Reconcile implements Custody: the differences no open intent explains.
func (c *PoolCustody) Reconcile(ctx context.Context) ([]string, error) {
	o, err := pool.Observe(ctx, c.Adapter, c.Owner, c.Books, c.now(), c.HistoryDays)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, d := range o.Reconcile() {
		if d.ExplainedBy == "" {
			out = append(out, d.String())
		}
	}
	return out, nil
}

// View is the token's pool as it stands: a fresh observation and the plan it gives,
// changing nothing.
func (c *PoolCustody) View(ctx context.Context) (pool.Observation, pool.Plan, error) {
	o, err := pool.Observe(ctx, c.Adapter, c.Owner, c.Books, c.now(), c.HistoryDays)
	if err != nil {
		return pool.Observation{}, pool.Plan{}, err
	}
	plan, err := pool.MakePlan(c.Policy, o.State)
	if err != nil {
		return pool.Observation{}, pool.Plan{}, err
	}
	return o, plan, nil
}

// Plan implements Custody: today's plan from a fresh observation.
func (c *PoolCustody) Plan(ctx context.Context, _ allocator.Day) ([]PlannedAction, error) {
	_, plan, err := c.View(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]PlannedAction, 0, len(plan.Steps))
	for _, s := range plan.Steps {
		raw, err := json.Marshal(s.Action)
		if err != nil {
			return nil, err
		}
		out = append(out, PlannedAction{Action: raw, Why: string(s.Purpose) + ": " + s.Why})
	}
	return out, nil
}

// Execute implements Custody: every action is submitted under its id, then each is driven
// once; an action that cannot go further now (waiting for the chain or approvers, or
// failing for the moment) is left to Resume.
func (c *PoolCustody) Execute(ctx context.Context, ids []string, actions []PlannedAction) error {
	for i, id := range ids {
		var a chains.Action
		if err := json.Unmarshal(actions[i].Action, &a); err != nil {
			return fmt.Errorf("action %s: %w", id, err)
		}
		if _, err := c.Executor.Submit(ctx, id, a); err != nil {
			return err
		}
	}
	for _, id := range ids {
		if _, err := c.Executor.Drive(ctx, id); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			c.log().WarnContext(ctx, "intent not driven; it is resumed next round", "intent", id, "err", err)
		}
	}
	return nil
}

// Resume implements Custody.
func (c *PoolCustody) Resume(ctx context.Context) error { return c.Executor.Resume(ctx) }

// CommissionBps implements Custody: the commission of the validators holding stake,
// weighted by the stake the books hold with each.
func (c *PoolCustody) CommissionBps(ctx context.Context) (uint32, error) {
	vs, err := c.Adapter.Validators(ctx)
	if err != nil {
		return 0, err
	}
	positions, err := c.Adapter.Positions(ctx, c.Owner)
	if err != nil {
		return 0, err
	}
	commission := map[string]uint32{}
	for _, v := range vs {
		commission[v.ID] = v.CommissionBps
	}
	return weightedCommission(positions, commission), nil
}

// weightedCommission is Σ bonded × commission / Σ bonded over the positions, in basis
// points, rounded down; zero when nothing is bonded.
func weightedCommission(positions []chains.Position, commission map[string]uint32) uint32 {
	weighted, total := new(big.Int), new(big.Int)
	for _, p := range positions {
		bonded := p.Bonded.Big()
		weighted.Add(weighted, bonded.Mul(bonded, big.NewInt(int64(commission[p.Validator]))))
		total.Add(total, p.Bonded.Big())
	}
	if total.Sign() == 0 {
		return 0
	}
	return uint32(weighted.Quo(weighted, total).Uint64())
}

func (c *PoolCustody) log() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.New(slog.DiscardHandler)
}
