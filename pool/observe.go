package pool

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
)

// BookReader is what a round reads of the books and the intents; the store implements it.
type BookReader interface {
	// Balances returns the stored balance of every account of the token that has one.
	Balances(ctx context.Context, token string) ([]ledger.Balance, error)
	// EachTransaction calls fn for every stored transaction of the token, oldest first.
	EachTransaction(ctx context.Context, token string, fn func(ledger.Transaction) error) error
	// IntentsIn lists the ids of the token's intents in the given states, oldest first.
	IntentsIn(ctx context.Context, token string, states []string) ([]string, error)
	// LoadIntent returns an intent's state and data.
	LoadIntent(ctx context.Context, id string) (state string, data []byte, err error)
}

// Observation is everything one round knows of one token, every read having succeeded.
type Observation struct {
	// State is what the planner needs; its Liquid is the smaller of the books' custody:hot
	// and the chain's liquid balance (the pool neither stakes funds the books do not hold
	// nor plans with funds the chain does not have).
	State State
	// Balances are the books' balances of the token's accounts.
	Balances []ledger.Balance
	// Open are the token's intents not yet done, oldest first.
	Open []Intent
	// Hot is the custody address's liquid balance as the chain reports it.
	Hot money.Amount
}

// Reconcile compares the observed chain with the observed books (see Reconcile).
func (o Observation) Reconcile() []Difference {
	return Reconcile(o.State.Positions, o.Hot, o.Balances, o.Open)
}

// Ladder lists the observed amounts becoming liquid (see Ladder).
func (o Observation) Ladder() []Rung { return Ladder(o.State.Positions) }

// ReadError is a failed read of a round: Read names it ("validators", "positions of
// <owner>", "chain balance of <owner>", "books balances", "ledger history", "open intents",
// "intent <id>").
type ReadError struct {
	Token string
	Read  string
	Err   error
}

func (e *ReadError) Error() string { return fmt.Sprintf("%s %s: %v", e.Token, e.Read, e.Err) }

// Unwrap returns the read's own error, classified as the chain or the store reported it.
func (e *ReadError) Unwrap() error { return e.Err }

// Observe reads everything one round needs for the token of adapter at the custody
// address owner: the chain's validators, the owner's positions and liquid balance, the
// books' balances, the net outflows of the historyDays UTC days before now, and the open
// intents. Any failed read aborts the round with a *ReadError naming it: nothing is ever
// planned or reconciled on partial data.
func Observe(ctx context.Context, adapter chains.Adapter, owner string, books BookReader, now time.Time, historyDays int) (Observation, error) {
	info := adapter.Info()
	sym := info.Token.Symbol
	fail := func(read string, err error) (Observation, error) {
		return Observation{}, &ReadError{Token: sym, Read: read, Err: err}
	}
	validators, err := adapter.Validators(ctx)
	if err != nil {
		return fail("validators", err)
	}
	positions, err := adapter.Positions(ctx, owner)
	if err != nil {
		return fail("positions of "+owner, err)
	}
	hot, err := adapter.Balance(ctx, owner)
	if err != nil {
		return fail("chain balance of "+owner, err)
	}
	balances, err := books.Balances(ctx, sym)
	if err != nil {
		return fail("books balances", err)
	}
	var txs []ledger.Transaction
	if err := books.EachTransaction(ctx, sym, func(tx ledger.Transaction) error {
		txs = append(txs, tx)
		return nil
	}); err != nil {
		return fail("ledger history", err)
	}
	states := make([]string, len(OpenStates))
	for i, s := range OpenStates {
		states[i] = string(s)
	}
	ids, err := books.IntentsIn(ctx, sym, states)
	if err != nil {
		return fail("open intents", err)
	}
	open := make([]Intent, 0, len(ids))
	for _, id := range ids {
		_, data, err := books.LoadIntent(ctx, id)
		if err != nil {
			return fail("intent "+id, err)
		}
		var in Intent
		if err := json.Unmarshal(data, &in); err != nil {
			return fail("intent "+id, err)
		}
		open = append(open, in)
	}
	booked := money.Zero
	for _, b := range balances {
		if b.Account == ledger.CustodyHot {
			booked = b.Amount
		}
	}
	return Observation{
		State: State{Owner: owner, Info: info, Liquid: minAmount(booked, hot), Positions: positions, Validators: validators,
			NetOutflows: NetOutflows(txs, now, historyDays)},
		Balances: balances,
		Open:     open,
		Hot:      hot,
	}, nil
}
