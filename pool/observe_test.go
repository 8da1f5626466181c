package pool_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	_ "github.com/softstake/staker/chains/solana" // registers "solana"
	"github.com/softstake/staker/chains/solana/solanasim"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// failingBooks is the real store with one read made to fail.
type failingBooks struct {
	store.Store
	fail string // the method that fails
	err  error
}

func (b failingBooks) Balances(ctx context.Context, token string) ([]ledger.Balance, error) {
	if b.fail == "Balances" {
		return nil, b.err
	}
	return b.Store.Balances(ctx, token)
}

func (b failingBooks) EachTransaction(ctx context.Context, token string, fn func(ledger.Transaction) error) error {
	if b.fail == "EachTransaction" {
		return b.err
	}
	return b.Store.EachTransaction(ctx, token, fn)
}

func (b failingBooks) IntentsIn(ctx context.Context, token string, states []string) ([]string, error) {
	if b.fail == "IntentsIn" {
		return nil, b.err
	}
	return b.Store.IntentsIn(ctx, token, states)
}

func (b failingBooks) LoadIntent(ctx context.Context, id string) (string, []byte, error) {
	if b.fail == "LoadIntent" {
		return "", nil, b.err
	}
	return b.Store.LoadIntent(ctx, id)
}

// TestObserve reads one Solana round from the fake node and a real store: every read is
// there, the liquid balance is the smaller of books and chain, and a failure of any read
// aborts the round naming it.
func TestObserve(t *testing.T) {
	ctx := context.Background()
	sim := solanasim.New(solanasim.Config{FinalityDepth: 2})
	url, err := sim.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	var owner, vote, node solanasim.Pubkey
	owner[0], vote[0], node[0] = 1, 7, 8
	sim.AddValidator(vote, node, 10, 1_000_000_000_000)
	sim.Fund(owner, 40_000_000_000)
	sol, _ := money.Lookup("SOL")
	adapter, err := chains.New(ctx, chains.Config{Chain: "solana", Token: sol, Network: "localnet",
		Endpoints: []chains.Endpoint{{URL: url}}, Custody: []string{owner.String()}},
		chains.Options{Policy: chains.RPCPolicy{MaxAttempts: 1, CallTimeout: 5 * time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	fifty, _ := sol.Parse("50")
	now := time.Now().Add(24 * time.Hour) // the round runs the day after the funding
	if _, _, err := st.Post(ctx, ledger.Transaction{Token: "SOL", Key: "fund", Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{{Account: ledger.CustodyHot, Amount: fifty}, {Account: ledger.ExternalChain, Amount: fifty.Neg()}}}); err != nil {
		t.Fatal(err)
	}
	open := pool.Intent{ID: "d1", Token: "SOL", Action: chains.Action{Kind: signer.ActionDelegate, Owner: owner.String(), Validator: vote.String(), Amount: fifty}}
	data, _ := json.Marshal(open)
	if _, err := st.CreateIntent(ctx, "d1", "SOL", string(pool.StatePlanned), data); err != nil {
		t.Fatal(err)
	}

	obs, err := pool.Observe(ctx, adapter, owner.String(), st, now, 5)
	if err != nil {
		t.Fatal(err)
	}
	forty, _ := sol.Parse("40")
	s := obs.State
	if !obs.Hot.Equal(forty) || !s.Liquid.Equal(forty) || len(s.Validators) != 1 || s.Validators[0].ID != vote.String() ||
		len(s.NetOutflows) != 5 || !s.NetOutflows[4].Equal(fifty.Neg()) || s.Owner != owner.String() || s.Info.Chain != "solana" {
		t.Fatalf("observation %+v", obs)
	}
	if len(obs.Open) != 1 || obs.Open[0].ID != "d1" || !obs.Open[0].Action.Amount.Equal(fifty) {
		t.Fatalf("open intents %+v", obs.Open)
	}
	// The books say 50 liquid, the chain 40, while a delegation is open: explained.
	if d := obs.Reconcile(); len(d) != 1 || d[0].Account != ledger.CustodyHot || d[0].ExplainedBy != "d1" {
		t.Fatalf("reconciliation %v", d)
	}

	boom := errors.New("disk on fire")
	tests := []struct {
		name      string
		giveFault string // a JSON-RPC method the node answers with a cut body
		giveBooks string // a BookReader method that fails
		wantRead  string
	}{
		{name: "vote accounts", giveFault: "getVoteAccounts", wantRead: "validators"},
		{name: "block production", giveFault: "getBlockProduction", wantRead: "validators"},
		{name: "stake accounts", giveFault: "getProgramAccounts", wantRead: "positions of " + owner.String()},
		{name: "chain balance", giveFault: "getBalance", wantRead: "chain balance of " + owner.String()},
		{name: "books balances", giveBooks: "Balances", wantRead: "books balances"},
		{name: "ledger history", giveBooks: "EachTransaction", wantRead: "ledger history"},
		{name: "open intents", giveBooks: "IntentsIn", wantRead: "open intents"},
		{name: "an intent", giveBooks: "LoadIntent", wantRead: "intent d1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.giveFault != "" {
				sim.Inject(solanasim.Fault{Method: tt.giveFault, Kind: solanasim.FaultMalformed})
				t.Cleanup(sim.ClearFaults)
			}
			got, err := pool.Observe(ctx, adapter, owner.String(), failingBooks{Store: st, fail: tt.giveBooks, err: boom}, now, 5)
			var re *pool.ReadError
			if !errors.As(err, &re) || re.Read != tt.wantRead || re.Token != "SOL" {
				t.Fatalf("Observe = %v, want a read error of %q", err, tt.wantRead)
			}
			if got.State.Validators != nil || got.Balances != nil || got.Open != nil {
				t.Errorf("a failed round returned data: %+v", got)
			}
			if tt.giveBooks != "" && !errors.Is(err, boom) {
				t.Errorf("the store's error is lost: %v", err)
			}
			if tt.giveFault != "" && chains.Classify(err) != chains.ClassRetryable {
				t.Errorf("a cut answer is classified %s: %v", chains.Classify(err), err)
			}
		})
	}

	// An intent whose stored data is not an intent aborts the round too.
	if _, err := st.CreateIntent(ctx, "d2", "SOL", string(pool.StateBuilt), []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	var re *pool.ReadError
	if _, err := pool.Observe(ctx, adapter, owner.String(), st, now, 5); !errors.As(err, &re) || re.Read != "intent d2" {
		t.Fatalf("Observe with a corrupt intent = %v", err)
	}
}
