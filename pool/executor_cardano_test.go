package pool_test

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"testing"

	"github.com/softstake/staker/chains"
	_ "github.com/softstake/staker/chains/cardano" // registers "cardano"
	"github.com/softstake/staker/chains/cardano/cardanosim"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store/storetest"
)

// TestExecutorCardano carries a first delegation (stake registration, vote delegation and
// pool delegation with the stake moved into the base address) through the executor on the
// Cardano fake node, signed by the real signer, and books it once, with its network fee.
func TestExecutorCardano(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sim := cardanosim.New(cardanosim.Config{})
	sim.Start()
	t.Cleanup(sim.Close)
	var poolID cardanosim.Hash28
	poolID[0] = 9
	poolBech := sim.AddPool(cardanosim.Pool{ID: poolID, Ticker: "ALPHA", Name: "Alpha", MarginPPM: 20_000, FixedCost: 170_000_000, Pledge: 1e12, RatePPM: 600})
	sim.AdvanceEpoch()

	seed := sha256.Sum256([]byte("executor cardano custody"))
	info := importKey(t, dir, "ada-hot", signer.Ed25519, seed[:])
	pub := ed25519.PublicKey(info.PublicKey)
	owner, err := signer.CardanoBaseAddress("localnet", pub, pub)
	if err != nil {
		t.Fatal(err)
	}
	buffer, err := signer.Address("cardano", "localnet", signer.Ed25519, pub)
	if err != nil {
		t.Fatal(err)
	}
	if err := sim.Fund(buffer, 1_000_000_000); err != nil {
		t.Fatal(err)
	}
	ada, _ := money.Lookup("ADA")
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	adapter, err := chains.New(ctx, chains.Config{Chain: "cardano", Token: ada, Network: "localnet",
		Endpoints: []chains.Endpoint{{URL: sim.URL()}}, Custody: []string{owner}}, chains.Options{Sequences: st})
	if err != nil {
		t.Fatal(err)
	}
	hundred, _ := ada.Parse("100")
	thousand, _ := ada.Parse("1000")
	svc := mustJudgingSigner(t, dir, st, "ada-hot", signer.Rule{Chain: "cardano", ChainID: adapter.Info().ChainID,
		Actions: []signer.Action{signer.ActionDelegate}, Allow: []signer.AllowEntry{{Address: poolBech}},
		Limits: []signer.Limit{{Token: "ADA", PerTx: hundred, Per24h: thousand}}}, adapter.Decoder())
	// The books hold what the chain does: 1000 ADA at the buffer.
	if _, _, err := st.Post(ctx, ledger.Transaction{Token: "ADA", Key: "fund", Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{{Account: ledger.CustodyHot, Amount: thousand}, {Account: ledger.ExternalChain, Amount: thousand.Neg()}}}); err != nil {
		t.Fatal(err)
	}
	x, err := pool.NewExecutor(pool.ExecutorOptions{Store: st, Books: st, Signer: svc, Adapter: adapter, KeyID: "ada-hot"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Submit(ctx, "ada-delegate", chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: poolBech, Amount: hundred}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool {
		state, err := x.Drive(ctx, "ada-delegate")
		if err != nil || state == pool.StateFailed {
			_, data, _ := st.LoadIntent(ctx, "ada-delegate")
			t.Fatalf("drive: %s, %v: %s", state, err, data)
		}
		sim.MakeBlock()
		return state == pool.StateFinalized
	})
	delegated, _ := ledger.Delegated(poolBech)
	if b, _ := st.Balance(ctx, "ADA", delegated); !b.Equal(hundred) {
		t.Fatalf("books hold %s delegated", b)
	}
	positions, err := adapter.Positions(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	var held money.Amount
	if len(positions) == 1 {
		held, _ = positions[0].Bonded.Add(positions[0].Activating)
	}
	if len(positions) != 1 || positions[0].Validator != poolBech || !held.Equal(hundred) {
		t.Fatalf("positions %+v, want %s with %s", positions, hundred, poolBech)
	}
	// The transaction's fee is booked once; what still parts the books' liquid custody
	// from the chain's is the stake key deposit, which is not booked: nothing of the fee.
	_, data, err := st.LoadIntent(ctx, "ada-delegate")
	if err != nil {
		t.Fatal(err)
	}
	var in pool.Intent
	if err := json.Unmarshal(data, &in); err != nil {
		t.Fatal(err)
	}
	if in.Status.Fee.Sign() <= 0 {
		t.Fatalf("the delegation reports a fee of %s", in.Status.Fee)
	}
	wantFeeBooked(t, st, "ada-delegate", in.Status.Fee)
	hot, err := adapter.Balance(ctx, owner)
	if err != nil {
		t.Fatal(err)
	}
	balances, err := st.Balances(ctx, "ADA")
	if err != nil {
		t.Fatal(err)
	}
	diffs := pool.Reconcile(positions, hot, balances, nil)
	deposit := money.NewAmountUint64(sim.Params().KeyDeposit)
	if len(diffs) != 1 || diffs[0].Account != ledger.CustodyHot {
		t.Fatalf("books and chain differ: %v", diffs)
	}
	if gap, _ := diffs[0].Books.Sub(diffs[0].Chain); !gap.Equal(deposit) {
		t.Fatalf("liquid custody: books %s, chain %s; want them %s (the key deposit) apart", diffs[0].Books, diffs[0].Chain, deposit)
	}
	storetest.CheckInvariants(t, st)
}
