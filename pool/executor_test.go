package pool_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// The test binary doubles as the executor process of the crash tests: with
// STAKER_POOL_HELPER set it drives one intent and exits, or kills itself with SIGKILL at the
// point numbered STAKER_POOL_KILL_AT: point 2k-1 is after transition k's work (built,
// signed, broadcast, booked) and before it is stored, point 2k right after it is stored.
func TestMain(m *testing.M) {
	if os.Getenv("STAKER_POOL_HELPER") != "" {
		if err := driveHelper(); err != nil {
			fmt.Fprintln(os.Stderr, "helper:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

const (
	intentID = "2026-11-20/BNB/delegate-0"
	keyID    = "bnb-hot"
	passText = "crash test pass"
)

var cheapKeys = signer.KeystoreOptions{ScryptN: 2, ScryptR: 1, ScryptP: 1}

// executorParts opens what an executor process needs, as a real one would. wrap, when set,
// stands between the executor and the adapter.
func executorParts(ctx context.Context, dsn, dir, url, validator string, amount money.Amount, point func(), wrap func(chains.Adapter) chains.Adapter) (*pool.Executor, store.Store, func(), error) {
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		return nil, nil, nil, err
	}
	bnb, _ := money.Lookup("BNB")
	adapter, err := chains.New(ctx, chains.Config{Chain: "bsc", Token: bnb, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: url}}},
		chains.Options{Sequences: st, Policy: evmtest.FastPolicy})
	if err != nil {
		st.Close()
		return nil, nil, nil, err
	}
	svc, closeSigner, err := judgingSigner(dir, st, keyID, signer.Rule{Chain: "bsc", ChainID: "56",
		Actions: []signer.Action{signer.ActionDelegate}, Allow: []signer.AllowEntry{{Address: validator}},
		Limits: []signer.Limit{{Token: "BNB", PerTx: amount, Per24h: amount}}}, adapter.Decoder())
	if err != nil {
		st.Close()
		return nil, nil, nil, err
	}
	hook := func(string, pool.IntentState, pool.IntentState) { point() }
	if wrap != nil {
		adapter = wrap(adapter)
	}
	x, err := pool.NewExecutor(pool.ExecutorOptions{Store: st, Books: st, Signer: svc, Adapter: adapter, KeyID: keyID,
		BeforeTransition: hook, AfterTransition: hook})
	if err != nil {
		closeSigner()
		st.Close()
		return nil, nil, nil, err
	}
	return x, st, func() { closeSigner(); st.Close() }, nil
}

func driveHelper() error {
	ctx := context.Background()
	killAt, _ := strconv.Atoi(os.Getenv("STAKER_POOL_KILL_AT"))
	bnb, _ := money.Lookup("BNB")
	amount, err := bnb.Parse(os.Getenv("STAKER_POOL_AMOUNT"))
	if err != nil {
		return err
	}
	points := 0
	x, _, done, err := executorParts(ctx, os.Getenv("STAKER_POOL_DSN"), os.Getenv("STAKER_POOL_DIR"), os.Getenv("STAKER_POOL_URL"),
		os.Getenv("STAKER_POOL_VALIDATOR"), amount, func() {
			points++
			if points == killAt {
				_ = syscall.Kill(os.Getpid(), syscall.SIGKILL) // a crash, mid-flight
				select {}
			}
		}, nil)
	if err != nil {
		return err
	}
	defer done()
	owner := os.Getenv("STAKER_POOL_OWNER")
	if _, err := x.Submit(ctx, intentID, chains.Action{Kind: signer.ActionDelegate, Owner: owner,
		Validator: os.Getenv("STAKER_POOL_VALIDATOR"), Amount: amount}); err != nil {
		return err
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if err := x.Resume(ctx); err != nil {
			return err
		}
		state, err := x.Drive(ctx, intentID)
		if err != nil {
			return err
		}
		if state.Terminal() {
			fmt.Println(state)
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return errors.New("intent not finished within a minute")
}

type crashEnv struct {
	chain     *evmtest.Chain
	validator common.Address
	owner     string
	custody   *ecdsa.PrivateKey
	hub       *mock.MockStakeHub
}

func newCrashEnv(t *testing.T, dir string) *crashEnv {
	t.Helper()
	hub := mock.NewMockStakeHub()
	chain := evmtest.New(t, 56, types.GenesisAlloc{bsc.StakeHubAddress: {Code: evmtest.RuntimeCode(t, mock.MockStakeHubMetaData.Bin)}})
	validator := evmtest.Addr(evmtest.NewKey(t))
	chain.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), hub.PackTestAddValidator(validator, "alpha", 1000))
	custody := evmtest.NewKey(t)
	chain.Fund(t, evmtest.Addr(custody), evmtest.Eth(20))
	importKey(t, dir, keyID, signer.Secp256k1, crypto.FromECDSA(custody))
	// Blocks keep coming while the executor processes run, as on a live chain.
	stop, stopped := make(chan struct{}), make(chan struct{})
	ticker := time.NewTicker(15 * time.Millisecond)
	go func() {
		defer close(stopped)
		defer ticker.Stop()
		for {
			select {
			case <-stop:
				return
			case <-ticker.C:
				chain.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-stopped }) // before the chain closes
	return &crashEnv{chain: chain, validator: validator, owner: evmtest.Addr(custody).Hex(), custody: custody, hub: hub}
}

// TestExecutorSurvivesSIGKILL kills the executor process at each transition in turn (after
// the step's work and before it is stored, and right after it is stored), restarts it on the
// same store, and checks that the delegation happened exactly once on the chain and in the
// books, on SQLite and PostgreSQL.
func TestExecutorSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts executor processes")
	}
	const amount = "3"
	const transitions = 5 // planned->built->signed->broadcast->confirmed->finalized
	for _, b := range storetest.Backends() {
		for killAt := 1; killAt <= 2*transitions; killAt++ {
			when := "before"
			if killAt%2 == 0 {
				when = "after"
			}
			t.Run(fmt.Sprintf("%s/kill %s storing transition %d", b.Name, when, (killAt+1)/2), func(t *testing.T) {
				dir := t.TempDir()
				dsn := b.DSN(t)
				env := newCrashEnv(t, dir)
				fund(t, dsn, "20")
				run := func(kill int) (string, error) {
					cmd := exec.Command(os.Args[0], "-test.run=^$")
					cmd.Env = append(os.Environ(), "STAKER_POOL_HELPER=1", "STAKER_POOL_KILL_AT="+strconv.Itoa(kill),
						"STAKER_POOL_DSN="+dsn, "STAKER_POOL_DIR="+dir, "STAKER_POOL_URL="+env.chain.URL,
						"STAKER_POOL_VALIDATOR="+env.validator.Hex(), "STAKER_POOL_OWNER="+env.owner, "STAKER_POOL_AMOUNT="+amount)
					out, err := cmd.Output()
					return strings.TrimSpace(string(out)), err
				}
				_, err := run(killAt)
				var exit *exec.ExitError
				if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
					t.Fatalf("first run was not killed: %v", err)
				}
				out, err := run(0)
				if err != nil || out != "finalized" {
					t.Fatalf("restarted run = %q, %v", out, err)
				}
				checkOnce(t, env, dsn, amount)
			})
		}
	}
}

func fund(t *testing.T, dsn, amount string) {
	t.Helper()
	st := storetest.Open(t, dsn)
	bnb, _ := money.Lookup("BNB")
	a, _ := bnb.Parse(amount)
	if _, _, err := st.Post(context.Background(), ledger.Transaction{Token: "BNB", Key: "fund", Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{{Account: ledger.CustodyHot, Amount: a}, {Account: ledger.ExternalChain, Amount: a.Neg()}}}); err != nil {
		t.Fatal(err)
	}
}

// checkOnce: the chain holds exactly one delegation of amount, the books one transaction
// for the intent and one for its fee (what the chain took beyond the stake), the books
// reconcile with the chain, and the intent went through each state once.
func checkOnce(t *testing.T, env *crashEnv, dsn, amount string) {
	t.Helper()
	ctx := context.Background()
	st := storetest.Open(t, dsn)
	bnb, _ := money.Lookup("BNB")
	want, _ := bnb.Parse(amount)
	adapter, err := chains.New(ctx, chains.Config{Chain: "bsc", Token: bnb, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: env.chain.URL}}},
		chains.Options{Sequences: st, Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	positions, err := adapter.Positions(ctx, env.owner)
	if err != nil {
		t.Fatal(err)
	}
	var held money.Amount
	if len(positions) == 1 {
		held, _ = positions[0].Bonded.Add(positions[0].Activating)
	}
	if len(positions) != 1 || !held.Equal(want) {
		t.Fatalf("positions on chain %+v, want one delegation of %s", positions, want)
	}
	// The custody got 20 BNB on chain and in the books; it paid the stake and one fee.
	hot, err := adapter.Balance(ctx, env.owner)
	if err != nil {
		t.Fatal(err)
	}
	left, _ := mustAmount(t, "20").Sub(want)
	fee, _ := left.Sub(hot)
	if fee.Sign() <= 0 {
		t.Fatalf("the delegation paid a fee of %s", fee)
	}
	paidOut, _ := mustAmount(t, "20").Sub(fee)
	delegated, _ := ledger.Delegated(env.validator.Hex())
	storetest.WantBalances(t, st, "BNB", map[ledger.Account]string{
		ledger.CustodyHot: hot.String(), delegated: want.String(), ledger.ExternalChain: paidOut.String(),
	})
	if _, err := st.Transaction(ctx, "intent:"+intentID); err != nil {
		t.Fatalf("the intent's booking: %v", err)
	}
	wantFeeBooked(t, st, intentID, fee)
	balances, err := st.Balances(ctx, "BNB")
	if err != nil {
		t.Fatal(err)
	}
	if diffs := pool.Reconcile(positions, hot, balances, nil); len(diffs) != 0 {
		t.Fatalf("books and chain differ: %v", diffs)
	}
	transitions, err := st.IntentTransitions(ctx, intentID)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tr := range transitions {
		if seen[tr] {
			t.Fatalf("transition %s happened twice: %v", tr, transitions)
		}
		seen[tr] = true
	}
	if transitions[len(transitions)-1] != "confirmed->finalized" && transitions[len(transitions)-1] != "broadcast->finalized" {
		t.Fatalf("transitions %v do not end finalized", transitions)
	}
	storetest.CheckInvariants(t, st)
}

// TestExecutorFailures: refusals end an intent as failed with the reason, and nothing is
// booked; a second submission of the same id changes nothing.
func TestExecutorFailures(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	dsn := storetest.SQLiteDSN(t)
	env := newCrashEnv(t, dir)
	fund(t, dsn, "20")
	bnb, _ := money.Lookup("BNB")
	limit, _ := bnb.Parse("3")
	x, st, done, err := executorParts(ctx, dsn, dir, env.chain.URL, env.validator.Hex(), limit, func() {}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	stranger := evmtest.Addr(evmtest.NewKey(t)).Hex()
	tests := []struct {
		name       string
		give       chains.Action
		wantReason string
	}{
		{name: "over the signer's limit", give: chains.Action{Kind: signer.ActionDelegate, Validator: env.validator.Hex(), Amount: mustAmount(t, "4")}, wantReason: "limit"},
		{name: "not a validator", give: chains.Action{Kind: signer.ActionDelegate, Validator: stranger, Amount: mustAmount(t, "2")}, wantReason: "validator"},
		{name: "not allowed by policy", give: chains.Action{Kind: signer.ActionUndelegate, Validator: env.validator.Hex(), Amount: mustAmount(t, "1")}, wantReason: ""},
	}
	for i, tt := range tests {
		id := fmt.Sprintf("fail-%d", i)
		tt.give.Owner = env.owner
		if created, err := x.Submit(ctx, id, tt.give); err != nil || !created {
			t.Fatalf("%s: submit = %v, %v", tt.name, created, err)
		}
		if created, err := x.Submit(ctx, id, tt.give); err != nil || created {
			t.Fatalf("%s: second submit = %v, %v", tt.name, created, err)
		}
		state, err := x.Drive(ctx, id)
		if err != nil || state != pool.StateFailed {
			t.Fatalf("%s: state %s, %v; want failed", tt.name, state, err)
		}
		_, data, _ := st.LoadIntent(ctx, id)
		if !strings.Contains(strings.ToLower(string(data)), tt.wantReason) || !strings.Contains(string(data), `"Reason":"`) {
			t.Errorf("%s: stored intent lacks its reason: %s", tt.name, data)
		}
		if _, err := st.Transaction(ctx, "intent:"+id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: a failed intent was booked: %v", tt.name, err)
		}
		wantFeeBooked(t, st, id, money.Zero) // refused before the chain: no fee paid
	}
	// Nothing is left open to resume.
	if err := x.Resume(ctx); err != nil {
		t.Fatal(err)
	}
}

// wantFeeBooked: the fee of intent id is booked once, under its fee key, out of custody:hot
// to external:chain; a zero fee is not booked at all.
func wantFeeBooked(t *testing.T, st store.Store, id string, fee money.Amount) {
	t.Helper()
	tx, err := st.Transaction(context.Background(), pool.FeeKey(id))
	if fee.IsZero() {
		if !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("a zero fee was booked for intent %s: %+v, %v", id, tx, err)
		}
		return
	}
	if err != nil {
		t.Fatalf("the fee of intent %s: %v", id, err)
	}
	want := map[ledger.Account]money.Amount{ledger.CustodyHot: fee.Neg(), ledger.ExternalChain: fee}
	if tx.Reason != ledger.ReasonNetworkFee || len(tx.Postings) != 2 {
		t.Fatalf("fee booking %+v", tx)
	}
	for _, p := range tx.Postings {
		if w, ok := want[p.Account]; !ok || !p.Amount.Equal(w) {
			t.Fatalf("fee booking %+v, want %s from custody:hot to external:chain", tx, fee)
		}
	}
}

// feeInAnotherAsset is the BSC adapter as a chain whose gas is not paid in the staked token
// (POL, AXS) answers: no fee in the status.
type feeInAnotherAsset struct{ chains.Adapter }

func (a feeInAnotherAsset) Status(ctx context.Context, ref chains.TxRef) (chains.TxStatus, error) {
	st, err := a.Adapter.Status(ctx, ref)
	st.Fee = money.Zero
	return st, err
}

// TestExecutorBooksFees: a delegation that reverts on chain (its validator jailed between
// build and inclusion) ends failed with nothing booked but the fee it paid, and the books
// still reconcile with the chain; a fee the status does not report (paid in another asset)
// books nothing.
func TestExecutorBooksFees(t *testing.T) {
	tests := []struct {
		name      string
		jail      bool // jail the validator once the intent is built
		wrap      func(chains.Adapter) chains.Adapter
		wantState pool.IntentState
	}{
		{name: "reverted on chain", jail: true, wantState: pool.StateFailed},
		{name: "fee in another asset", wrap: func(a chains.Adapter) chains.Adapter { return feeInAnotherAsset{a} }, wantState: pool.StateFinalized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			dsn := storetest.SQLiteDSN(t)
			env := newCrashEnv(t, dir)
			fund(t, dsn, "20")
			three := mustAmount(t, "3")
			points := 0
			x, st, done, err := executorParts(ctx, dsn, dir, env.chain.URL, env.validator.Hex(), three, func() {
				points++
				if tt.jail && points == 2 { // planned -> built is stored
					env.chain.Send(t, nil, bsc.StakeHubAddress, nil, env.hub.PackTestJail(env.validator, big.NewInt(time.Now().Add(time.Hour).Unix())))
				}
			}, tt.wrap)
			if err != nil {
				t.Fatal(err)
			}
			defer done()
			if _, err := x.Submit(ctx, "d", chains.Action{Kind: signer.ActionDelegate, Owner: env.owner, Validator: env.validator.Hex(), Amount: three}); err != nil {
				t.Fatal(err)
			}
			var state pool.IntentState
			waitFor(t, func() bool { state, err = x.Drive(ctx, "d"); return err == nil && state.Terminal() })
			if state != tt.wantState {
				_, data, _ := st.LoadIntent(ctx, "d")
				t.Fatalf("intent ended %s, want %s: %s", state, tt.wantState, data)
			}
			bnb, _ := money.Lookup("BNB")
			adapter, err := chains.New(ctx, chains.Config{Chain: "bsc", Token: bnb, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: env.chain.URL}}},
				chains.Options{Sequences: st, Policy: evmtest.FastPolicy})
			if err != nil {
				t.Fatal(err)
			}
			hot, err := adapter.Balance(ctx, env.owner)
			if err != nil {
				t.Fatal(err)
			}
			staked := money.Zero
			if state == pool.StateFinalized {
				staked = three
			}
			left, _ := mustAmount(t, "20").Sub(staked)
			paid, _ := left.Sub(hot)
			if paid.Sign() <= 0 {
				t.Fatalf("the chain took no fee: %s left of 20 BNB", hot)
			}
			if tt.wrap != nil {
				wantFeeBooked(t, st, "d", money.Zero)
				return
			}
			wantFeeBooked(t, st, "d", paid)
			if _, err := st.Transaction(ctx, "intent:d"); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("the reverted delegation was booked: %v", err)
			}
			// Driving a done intent again books nothing more.
			if state, err := x.Drive(ctx, "d"); err != nil || state != tt.wantState {
				t.Fatalf("driving again: %s, %v", state, err)
			}
			positions, err := adapter.Positions(ctx, env.owner)
			if err != nil {
				t.Fatal(err)
			}
			balances, err := st.Balances(ctx, "BNB")
			if err != nil {
				t.Fatal(err)
			}
			if diffs := pool.Reconcile(positions, hot, balances, nil); len(diffs) != 0 {
				t.Fatalf("books and chain differ: %v", diffs)
			}
			storetest.CheckInvariants(t, st)
		})
	}
}

func mustAmount(t *testing.T, s string) money.Amount {
	bnb, _ := money.Lookup("BNB")
	a, err := bnb.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestHarvestBooksRewardsOnce delegates through the executor, lets the validator earn,
// and harvests twice: the compounded reward is booked once into the validator's stake and
// the reserve, the books reconcile with the chain, and the cursor moved forward.
func TestHarvestBooksRewardsOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	dsn := storetest.SQLiteDSN(t)
	env := newCrashEnv(t, dir)
	fund(t, dsn, "20")
	three := mustAmount(t, "3")
	x, st, done, err := executorParts(ctx, dsn, dir, env.chain.URL, env.validator.Hex(), three, func() {}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	if _, err := x.Submit(ctx, "d", chains.Action{Kind: signer.ActionDelegate, Owner: env.owner, Validator: env.validator.Hex(), Amount: three}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { s, err := x.Drive(ctx, "d"); return err == nil && s == pool.StateFinalized })
	bnb, _ := money.Lookup("BNB")
	adapter, err := chains.New(ctx, chains.Config{Chain: "bsc", Token: bnb, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: env.chain.URL}}},
		chains.Options{Sequences: st, Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	head, err := adapter.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h := &pool.Harvester{Adapter: adapter, Books: st, Cursors: st, Owner: env.owner, From: head}
	// The whole stake of the validator is ours, so its reward is all ours.
	env.chain.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(1), env.hub.PackTestDistributeReward(env.validator))
	var total money.Amount
	waitFor(t, func() bool {
		res, err := h.Harvest(ctx)
		if err != nil {
			t.Fatalf("harvest: %v", err)
		}
		total, _ = total.Add(res.Total)
		return !total.IsZero()
	})
	for i := 0; i < 3; i++ { // later harvests find nothing new
		res, err := h.Harvest(ctx)
		if err != nil || !res.Total.IsZero() {
			t.Fatalf("harvest again = %s, %v", res.Total, err)
		}
	}
	reserve, err := st.Balance(ctx, "BNB", ledger.RewardsReserve)
	if err != nil || !reserve.Equal(total) || total.Big().Cmp(evmtest.Eth(1)) > 0 {
		t.Fatalf("reserve %s, harvested %s (distributed 1 BNB)", reserve, total)
	}
	positions, err := adapter.Positions(ctx, env.owner)
	if err != nil {
		t.Fatal(err)
	}
	balances, err := st.Balances(ctx, "BNB")
	if err != nil {
		t.Fatal(err)
	}
	hot, err := adapter.Balance(ctx, env.owner)
	if err != nil {
		t.Fatal(err)
	}
	// The stake reconciles, and so does the liquid balance: the books hold the 20 BNB
	// funded less the 3 delegated and the delegation's fee, as the chain does.
	if diffs := pool.Reconcile(positions, hot, balances, nil); len(diffs) != 0 {
		t.Fatalf("books and chain differ after harvest: %v", diffs)
	}
	if _, ok, _ := st.Cursor(ctx, "harvest/BNB/"+env.owner); !ok {
		t.Fatal("harvest cursor not set")
	}
	storetest.CheckInvariants(t, st)
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within 20s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
