package pool_test

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"testing"

	"github.com/softstake/staker/chains"
	_ "github.com/softstake/staker/chains/solana" // registers "solana"
	"github.com/softstake/staker/chains/solana/solanasim"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store/storetest"
)

// TestExecutorSolana carries a delegation through the executor on the Solana fake node,
// signed by the real signer with an ed25519 custody key: a stake account is created,
// delegated, and booked once, with its network fee.
func TestExecutorSolana(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sim := solanasim.New(solanasim.Config{FinalityDepth: 2})
	url, err := sim.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	seed := sha256.Sum256([]byte("executor solana custody"))
	custody := ed25519.NewKeyFromSeed(seed[:])
	var custodyKey, vote, node solanasim.Pubkey
	copy(custodyKey[:], custody.Public().(ed25519.PublicKey))
	vote[0], node[0] = 7, 8
	sim.AddValidator(vote, node, 10, 1_000_000_000_000)
	sim.Fund(custodyKey, 100_000_000_000)

	info := importKey(t, dir, "sol-hot", signer.Ed25519, seed[:])
	owner, err := signer.Address("solana", "localnet", signer.Ed25519, info.PublicKey)
	if err != nil || owner != custodyKey.String() {
		t.Fatalf("custody address %s (%v), want %s", owner, err, custodyKey)
	}
	sol, _ := money.Lookup("SOL")
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	adapter, err := chains.New(ctx, chains.Config{Chain: "solana", Token: sol, Network: "localnet",
		Endpoints: []chains.Endpoint{{URL: url}}, Custody: []string{owner}}, chains.Options{Sequences: st})
	if err != nil {
		t.Fatal(err)
	}
	ten, _ := sol.Parse("10")
	fifty, _ := sol.Parse("50")
	svc := mustJudgingSigner(t, dir, st, "sol-hot", signer.Rule{Chain: "solana", ChainID: adapter.Info().ChainID,
		Actions: []signer.Action{signer.ActionDelegate}, Allow: []signer.AllowEntry{{Address: vote.String()}},
		Limits: []signer.Limit{{Token: "SOL", PerTx: ten, Per24h: fifty}}}, adapter.Decoder())
	funded := money.NewAmountUint64(100_000_000_000) // what the custody holds on chain
	if _, _, err := st.Post(ctx, ledger.Transaction{Token: "SOL", Key: "fund", Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{{Account: ledger.CustodyHot, Amount: funded}, {Account: ledger.ExternalChain, Amount: funded.Neg()}}}); err != nil {
		t.Fatal(err)
	}
	x, err := pool.NewExecutor(pool.ExecutorOptions{Store: st, Books: st, Signer: svc, Adapter: adapter, KeyID: "sol-hot"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Submit(ctx, "sol-delegate", chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: vote.String(), Amount: ten}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool {
		state, err := x.Drive(ctx, "sol-delegate")
		if err != nil || state == pool.StateFailed {
			_, data, _ := st.LoadIntent(ctx, "sol-delegate")
			t.Fatalf("drive: %s, %v: %s", state, err, data)
		}
		sim.AdvanceSlots(1)
		return state == pool.StateFinalized
	})
	positions, err := adapter.Positions(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	held := money.Zero
	for _, p := range positions {
		held, _ = held.Add(p.Bonded)
		held, _ = held.Add(p.Activating)
	}
	if !held.Equal(ten) {
		t.Fatalf("stake on chain %s, want %s: %+v", held, ten, positions)
	}
	delegated, _ := ledger.Delegated(vote.String())
	if b, _ := st.Balance(ctx, "SOL", delegated); !b.Equal(ten) {
		t.Fatalf("books hold %s delegated", b)
	}
	// The fee the node charged (one signature) is booked once. What still parts the books'
	// liquid custody from the chain's is the new stake account's rent reserve, which is
	// not booked: nothing of the fee.
	wantFeeBooked(t, st, "sol-delegate", money.NewAmountUint64(sim.Config().LamportsPerSignature))
	hot, err := adapter.Balance(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	balances, err := st.Balances(ctx, "SOL")
	if err != nil {
		t.Fatal(err)
	}
	diffs := pool.Reconcile(positions, hot, balances, nil)
	reserve := money.NewAmountUint64(solanasim.RentExempt(solanasim.StakeAccountSize))
	if len(diffs) != 1 || diffs[0].Account != ledger.CustodyHot {
		t.Fatalf("books and chain differ: %v", diffs)
	}
	if gap, _ := diffs[0].Books.Sub(diffs[0].Chain); !gap.Equal(reserve) {
		t.Fatalf("liquid custody: books %s, chain %s; want them %s (the rent reserve) apart", diffs[0].Books, diffs[0].Chain, reserve)
	}
	storetest.CheckInvariants(t, st)
}
