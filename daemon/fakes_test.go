package daemon

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/holiman/uint256"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
)

// memFeed is a balance feed generated from a seed: users with opening balances and a few
// changes a day. It checks that days are closed in order and never read before closing.
type memFeed struct {
	mu     sync.Mutex
	seed   uint64
	users  int
	closed map[string][]string // token -> closed days, in closing order
}

func newMemFeed(seed uint64, users int) *memFeed {
	return &memFeed{seed: seed, users: users, closed: map[string][]string{}}
}

func (f *memFeed) CloseDay(_ context.Context, token string, day allocator.Day) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	days := f.closed[token]
	if n := len(days); n > 0 && days[n-1] == day.String() {
		return nil
	}
	if n := len(days); n > 0 && days[n-1] >= day.String() {
		return fmt.Errorf("close %s %s after %s", token, day, days[n-1])
	}
	f.closed[token] = append(days, day.String())
	return nil
}

func (f *memFeed) isClosed(token string, day allocator.Day) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, d := range f.closed[token] {
		if d == day.String() {
			return true
		}
	}
	return false
}

func (f *memFeed) Holdings(_ context.Context, token money.Token, day allocator.Day) ([]allocator.Holding, error) {
	if !f.isClosed(token.Symbol, day) {
		return nil, fmt.Errorf("holdings of %s %s before the day is closed", token.Symbol, day)
	}
	rng := rand.New(rand.NewPCG(f.seed, uint64(day.Start().Unix())))
	av := allocator.NewAverager(day, allocator.AverageOptions{Shards: 1})
	unit := uint256.NewInt(1_000_000_000)
	var opens []allocator.Opening
	var changes []allocator.BalanceChange
	var acts []allocator.Activation
	for u := range f.users {
		id := fmt.Sprintf("user-%04d", u)
		bal := new(uint256.Int).Mul(uint256.NewInt(uint64(rng.IntN(5000))), unit)
		opens = append(opens, allocator.Opening{User: id, Balance: *bal})
		if rng.IntN(3) == 0 {
			at := day.Start().Add(time.Duration(rng.Int64N(int64(24 * time.Hour))))
			nb := new(uint256.Int).Mul(uint256.NewInt(uint64(rng.IntN(5000))), unit)
			changes = append(changes, allocator.BalanceChange{User: id, At: at, Balance: *nb})
		}
		if u%7 != 0 { // every seventh user never activated
			acts = append(acts, allocator.Activation{User: id, Activated: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		}
	}
	if err := av.Open(opens); err != nil {
		return nil, err
	}
	if err := av.Change(changes); err != nil {
		return nil, err
	}
	if err := av.Activate(acts); err != nil {
		return nil, err
	}
	return av.Finish(), nil
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

func (c *epochChain) Reconcile(context.Context) ([]string, error) { return nil, nil }

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

// memPayouts keeps batches in memory, hashing the split's lines, and records deliveries.
type memPayouts struct {
	mu         sync.Mutex
	batches    map[string]string      // key -> hash
	deliveries map[string][]time.Time // key -> delivery times
	lines      map[string]int
}

func newMemPayouts() *memPayouts {
	return &memPayouts{batches: map[string]string{}, deliveries: map[string][]time.Time{}, lines: map[string]int{}}
}

func (p *memPayouts) Record(_ context.Context, token money.Token, day allocator.Day, a *allocator.Allocation, _ allocator.Params) (string, string, error) {
	h := sha256.New()
	n := 0
	for s := range a.Shares() {
		if !s.Reward.IsZero() {
			fmt.Fprintf(h, "%s,%s\n", s.User, s.Reward.Dec())
			n++
		}
	}
	key := "payout/" + token.Symbol + "/" + day.String()
	hash := hex.EncodeToString(h.Sum(nil))
	p.mu.Lock()
	defer p.mu.Unlock()
	if old, ok := p.batches[key]; ok && old != hash {
		return "", "", fmt.Errorf("batch %s recorded again with another hash", key)
	}
	p.batches[key], p.lines[key] = hash, n
	return key, hash, nil
}

func (p *memPayouts) Deliver(_ context.Context, key string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.batches[key]; !ok {
		return fmt.Errorf("deliver %s: no such batch", key)
	}
	p.deliveries[key] = append(p.deliveries[key], time.Now())
	return nil
}
