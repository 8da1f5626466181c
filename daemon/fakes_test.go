package daemon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/holiman/uint256"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/payout"
	"github.com/softstake/staker/store"
)

// recordFeed records a generated balance feed for days days from first into the store:
// users with an opening balance, about one change in three days each, every seventh user
// never activated, and user 3 activating only on the tenth day.
func recordFeed(ctx context.Context, st store.Store, seed uint64, users, days int, first allocator.Day) error {
	rng := rand.New(rand.NewPCG(seed, 1))
	unit := int64(1_000_000_000)
	var acts []store.ActivationEvent
	for u := range users {
		id := fmt.Sprintf("user-%04d", u)
		switch {
		case u%7 == 0:
		case u == 3:
			acts = append(acts, store.ActivationEvent{ID: "act-" + id, User: id, At: first.Start().Add(9*24*time.Hour + time.Hour), Active: true})
		default:
			acts = append(acts, store.ActivationEvent{ID: "act-" + id, User: id, At: first.Start().Add(-24 * time.Hour), Active: true})
		}
	}
	if _, err := st.RecordActivations(ctx, acts); err != nil {
		return err
	}
	var events []store.BalanceEvent
	for u := range users {
		id := fmt.Sprintf("user-%04d", u)
		events = append(events, store.BalanceEvent{ID: "open-" + id, Token: "SOL", User: id,
			At: first.Start().Add(-time.Hour), Balance: money.NewAmount(rng.Int64N(5000) * unit)})
	}
	for d := range days {
		start := first.Start().Add(time.Duration(d) * 24 * time.Hour)
		for u := range users {
			if rng.IntN(3) != 0 {
				continue
			}
			id := fmt.Sprintf("user-%04d", u)
			events = append(events, store.BalanceEvent{ID: fmt.Sprintf("ev-%d-%s", d, id), Token: "SOL", User: id,
				At: start.Add(time.Duration(rng.Int64N(int64(24 * time.Hour)))), Balance: money.NewAmount(rng.Int64N(5000) * unit)})
		}
	}
	_, err := st.RecordBalances(ctx, events)
	return err
}

// epochChain is one token's custody on a chain whose rewards compound once an epoch: each
// harvest books the epochs that ended since the last one, into the validator's stake and
// the reserve, keyed by epoch. Plans delegate the hot balance above a buffer.
type epochChain struct {
	books    Books
	token    string
	genesis  time.Time
	epoch    time.Duration
	rateBps  int64 // yearly
	mu       sync.Mutex
	executed map[string]int // intent id -> executions
	// reconcileFailures is how many reconciliations fail before one succeeds.
	reconcileFailures int
}

const testValidator = "validator-1"

func (c *epochChain) Harvest(ctx context.Context) (money.Amount, error) {
	ended := int(time.Since(c.genesis) / c.epoch)
	var total money.Amount
	acct, _ := ledger.Delegated(testValidator)
	for e := 1; e <= ended; e++ {
		key := fmt.Sprintf("harvest/%s/epoch/%d", c.token, e)
		if _, _, err := c.books.LoadIntent(ctx, key); err == nil {
			continue
		}
		stake, err := c.books.Balance(ctx, c.token, acct)
		if err != nil {
			return money.Amount{}, err
		}
		// stake × rate × epoch / year, in whole hours
		reward := new(uint256.Int).Mul(mustUnits(stake), uint256.NewInt(uint64(c.rateBps)*uint64(c.epoch/time.Hour)))
		reward.Div(reward, uint256.NewInt(10000*365*24))
		amt := allocator.Amount(reward)
		if !amt.IsZero() {
			tx := ledger.Transaction{Token: c.token, Key: key, Reason: ledger.ReasonHarvest, Postings: []ledger.Posting{
				{Account: acct, Amount: amt}, {Account: ledger.RewardsReserve, Amount: amt.Neg()}}}
			if _, _, err := c.books.Post(ctx, tx); err != nil {
				return money.Amount{}, err
			}
		}
		if _, err := c.books.CreateIntent(ctx, key, c.token, "booked", []byte(`{}`)); err != nil {
			return money.Amount{}, err
		}
		total, _ = total.Add(amt)
	}
	return total, nil
}

func mustUnits(a money.Amount) *uint256.Int {
	u, err := allocator.Units(a)
	if err != nil {
		panic(err)
	}
	return &u
}

func (c *epochChain) Reconcile(context.Context) ([]string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.reconcileFailures > 0 {
		c.reconcileFailures--
		return nil, errors.New("node unreachable")
	}
	return nil, nil
}

type delegateAction struct {
	Amount money.Amount `json:"amount"`
}

func (c *epochChain) Plan(ctx context.Context, _ allocator.Day) ([]PlannedAction, error) {
	hot, err := c.books.Balance(ctx, c.token, ledger.CustodyHot)
	if err != nil {
		return nil, err
	}
	buffer := money.NewAmount(100_000_000_000)
	if hot.Cmp(buffer) <= 0 {
		return nil, nil
	}
	excess, _ := hot.Sub(buffer)
	raw, _ := json.Marshal(delegateAction{Amount: excess})
	return []PlannedAction{{Action: raw, Why: "hot balance above the buffer"}}, nil
}

func (c *epochChain) Execute(ctx context.Context, ids []string, actions []PlannedAction) error {
	acct, _ := ledger.Delegated(testValidator)
	for i, id := range ids {
		var a delegateAction
		if err := json.Unmarshal(actions[i].Action, &a); err != nil {
			return err
		}
		tx := ledger.Transaction{Token: c.token, Key: "intent:" + id, Reason: ledger.ReasonDelegate, Postings: []ledger.Posting{
			{Account: acct, Amount: a.Amount}, {Account: ledger.CustodyHot, Amount: a.Amount.Neg()}}}
		if _, created, err := c.books.Post(ctx, tx); err != nil {
			return err
		} else if created {
			c.mu.Lock()
			c.executed[id]++
			c.mu.Unlock()
		}
	}
	return nil
}

func (c *epochChain) Resume(context.Context) error { return nil }

func (c *epochChain) CommissionBps(context.Context) (uint32, error) { return 500, nil }

// flakySink fails its first failures deliveries, then delivers to the sink it wraps.
type flakySink struct {
	payout.Sink
	mu       sync.Mutex
	failures int
}

func (f *flakySink) Deliver(ctx context.Context, sb payout.SignedBatch) error {
	f.mu.Lock()
	fail := f.failures > 0
	if fail {
		f.failures--
	}
	f.mu.Unlock()
	if fail {
		return errors.New("sink down")
	}
	return f.Sink.Deliver(ctx, sb)
}
