package simnet_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/simnet"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// scenarioDays is how long each chain runs: long enough for its first reward (Cardano:
// stake delegated in epoch 0 earns in epoch 2, paid at the start of epoch 4, day 20;
// Solana: active from the day-2 boundary, paid at the day-4 one), and short enough for the
// race detector.
var scenarioDays = map[string]int{"ADA": 21, "SOL": 5, "BNB": 3, "POL": 3, "S": 3, "AXS": 3}

// delegated is what the scenario delegates on each chain, in token units.
var delegated = map[string]string{"SOL": "100", "ADA": "1000", "BNB": "10", "POL": "20000", "S": "1000", "AXS": "1000"}

// party is one chain's custody as the daemon would drive it: the adapter, the real signer
// under the configuration's policy, the executor and the harvester on a store of its own.
type party struct {
	chain   *simnet.Chain
	adapter chains.Adapter
	store   store.Store
	exec    *pool.Executor
	harvest *pool.Harvester
}

func newParty(t *testing.T, n *simnet.Network, dir string, c *simnet.Chain) *party {
	t.Helper()
	ctx := context.Background()
	cfg, err := config.Parse([]byte(configOf(n, dir)), "simnet.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sym := c.Token().Symbol
	tok, _ := cfg.Token(sym)
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	a, err := chains.New(ctx, adapterConfig(t, tok), chains.Options{Sequences: st})
	if err != nil {
		t.Fatal(err)
	}
	s := tok.Chain.Signing
	rule := signer.Rule{Chain: tok.Chain.Name, Keys: []string{c.KeyID()}, ChainID: s.ChainID,
		Limits: []signer.Limit{{Token: sym, PerTx: s.PerTxLimit, Per24h: s.DailyLimit}}}
	for _, act := range s.Actions {
		rule.Actions = append(rule.Actions, signer.Action(act))
	}
	for _, e := range s.Allow {
		rule.Allow = append(rule.Allow, signer.AllowEntry{Address: e.Address, AddedAt: e.AddedAt})
	}
	ks, err := signer.OpenKeystore(filepath.Join(dir, "keys"), cheapKeys)
	if err != nil {
		t.Fatal(err)
	}
	if err := ks.Unlock(c.KeyID(), []byte(passphrase), time.Hour); err != nil {
		t.Fatal(err)
	}
	audit, err := signer.OpenAuditLog(filepath.Join(t.TempDir(), "audit.log"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ks.LockAll(); audit.Close() })
	svc, err := signer.NewService(signer.ServiceOptions{Keys: ks, Store: st, Audit: audit,
		Policy: &signer.Policy{Rules: []signer.Rule{rule}}, Decoders: map[string]signer.Decoder{rule.Chain: a.Decoder()}})
	if err != nil {
		t.Fatal(err)
	}
	x, err := pool.NewExecutor(pool.ExecutorOptions{Store: st, Books: st, Signer: svc, Adapter: a, KeyID: c.KeyID()})
	if err != nil {
		t.Fatal(err)
	}
	funded := c.Funded()
	if _, _, err := st.Post(ctx, ledger.Transaction{Token: sym, Key: "fund", Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{{Account: ledger.CustodyHot, Amount: funded}, {Account: ledger.ExternalChain, Amount: funded.Neg()}}}); err != nil {
		t.Fatal(err)
	}
	head, err := a.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return &party{chain: c, adapter: a, store: st, exec: x,
		harvest: &pool.Harvester{Adapter: a, Books: st, Cursors: st, Owner: c.Custody(), From: head}}
}

// do carries an intent to finality, settling the chain between steps.
func (p *party) do(t *testing.T, id string, a chains.Action) {
	t.Helper()
	ctx := context.Background()
	if _, err := p.exec.Submit(ctx, id, a); err != nil {
		t.Fatal(err)
	}
	for range 50 {
		if err := p.exec.Resume(ctx); err != nil {
			t.Fatal(err)
		}
		state, data, err := p.store.LoadIntent(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		switch pool.IntentState(state) {
		case pool.StateFinalized:
			return
		case pool.StateFailed, pool.StateExpired:
			t.Fatalf("%s %s: %s", id, state, data)
		}
		if err := p.chain.Settle(ctx); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("%s not final after 50 settles", id)
}

// scenario delegates a small amount to the first validator, runs scenarioDays days,
// harvesting after each, claims where rewards must be claimed, and returns each harvest's
// total.
func scenario(t *testing.T, n *simnet.Network, dir string, sym string) []money.Amount {
	t.Helper()
	ctx := context.Background()
	c := n.Chain(sym)
	p := newParty(t, n, dir, c)
	if bal, err := p.adapter.Balance(ctx, c.Custody()); err != nil || !bal.Equal(c.Funded()) {
		t.Fatalf("%s: custody holds %s (%v), want the funded %s", sym, bal, err, c.Funded())
	}
	amount, err := c.Token().Parse(delegated[sym])
	if err != nil {
		t.Fatal(err)
	}
	validator := c.Validators()[0]
	p.do(t, "delegate", chains.Action{Kind: signer.ActionDelegate, Owner: c.Custody(), Validator: validator, Amount: amount})
	var totals []money.Amount
	harvest := func() {
		res, err := p.harvest.Harvest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		totals = append(totals, res.Total)
	}
	began := time.Now()
	for d := 1; d <= scenarioDays[sym]; d++ {
		if err := c.AdvanceDay(ctx, simnet.DefaultStart.Add(time.Duration(d)*24*time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := c.Settle(ctx); err != nil {
			t.Fatal(err)
		}
		harvest()
	}
	t.Logf("%s: %d days advanced, settled and harvested in %s", sym, scenarioDays[sym], time.Since(began).Round(time.Millisecond))
	if p.adapter.Info().Harvest == chains.HarvestClaim {
		p.do(t, "claim", chains.Action{Kind: signer.ActionClaim, Owner: c.Custody(), Validator: validator})
		harvest()
	}
	return totals
}

func sum(amounts []money.Amount) money.Amount {
	total := money.Zero
	for _, a := range amounts {
		total, _ = total.Add(a)
	}
	return total
}

// TestDelegateAdvanceHarvest: on every chain, a delegation signed by the real signer and
// carried out by the executor earns rewards that the harvester books; a second network
// with the same seed pays exactly the same rewards day by day.
func TestDelegateAdvanceHarvest(t *testing.T) {
	first := network(t)
	dir := t.TempDir()
	second, err := simnet.Start(context.Background(), simnet.Options{Seed: 7, Dir: dir, Passphrase: passphrase, Keystore: cheapKeys})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { second.Close() })
	for _, sym := range simnet.Symbols() {
		t.Run(sym, func(t *testing.T) {
			t.Parallel()
			got := scenario(t, first, sharedDir, sym)
			if total := sum(got); total.Sign() <= 0 {
				t.Fatalf("%s: nothing harvested over %d days: %v", sym, scenarioDays[sym], got)
			}
			again := scenario(t, second, dir, sym)
			if !slices.EqualFunc(got, again, money.Amount.Equal) {
				t.Errorf("%s: the same seed harvested %v, then %v", sym, got, again)
			}
			t.Logf("%s: harvested %s", sym, fmt.Sprint(sum(got)))
		})
	}
}
