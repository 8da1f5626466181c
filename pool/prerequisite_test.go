package pool_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/chains/evm/ronin"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store/storetest"
)

// TestExecutorPrerequisite: staking AXS needs an allowance first; the executor carries the
// allowance out as an intent of its own, then the stake, each signed under policy.
func TestExecutorPrerequisite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	custody := evmtest.NewKey(t)
	c := evmtest.New(t, 2020, types.GenesisAlloc{evmtest.Addr(custody): {Balance: evmtest.Eth(10)}})
	erc, mgr, axsPool := mock.NewMockERC20(), mock.NewMockAxsManager(), mock.NewMockAxsPool()
	token := c.Deploy(t, mock.MockERC20MetaData.Bin, nil)
	manager := c.Deploy(t, mock.MockAxsManagerMetaData.Bin, mgr.PackConstructor(token))
	poolAt := c.Deploy(t, mock.MockAxsPoolMetaData.Bin, axsPool.PackConstructor(token, manager))
	c.Send(t, nil, token, nil, erc.PackTestMint(evmtest.Addr(custody), evmtest.Eth(5000)))
	stop := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-stop:
				return
			case <-time.After(15 * time.Millisecond):
				c.Commit()
			}
		}
	}()
	defer func() { close(stop); <-stopped }()

	dsn := storetest.SQLiteDSN(t)
	st := storetest.Open(t, dsn)
	axs, _ := money.Lookup("AXS")
	settings := func(v any) error {
		s := v.(*ronin.Settings)
		s.Pool, s.Manager, s.Token = poolAt.Hex(), manager.Hex(), token.Hex()
		return nil
	}
	adapter, err := chains.New(ctx, chains.Config{Chain: "ronin", Token: axs, Network: "localnet",
		Endpoints: []chains.Endpoint{{URL: c.URL}}, Settings: settings}, chains.Options{Sequences: st, Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	importKey(t, dir, "axs-hot", signer.Secp256k1, crypto.FromECDSA(custody))
	thousand, _ := axs.Parse("1000")
	svc := mustJudgingSigner(t, dir, st, "axs-hot", signer.Rule{Chain: "ronin", ChainID: "2020",
		Actions: []signer.Action{signer.ActionApprove, signer.ActionDelegate},
		Allow:   []signer.AllowEntry{{Address: poolAt.Hex()}},
		Limits:  []signer.Limit{{Token: "AXS", PerTx: thousand, Per24h: thousand}}}, adapter.Decoder())
	x, err := pool.NewExecutor(pool.ExecutorOptions{Store: st, Books: st, Signer: svc, Adapter: adapter, KeyID: "axs-hot"})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Post(ctx, ledger.Transaction{Token: "AXS", Key: "fund-axs", Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{{Account: ledger.CustodyHot, Amount: thousand}, {Account: ledger.ExternalChain, Amount: thousand.Neg()}}}); err != nil {
		t.Fatal(err)
	}
	owner := evmtest.Addr(custody).Hex()
	if _, err := x.Submit(ctx, "stake", chains.Action{Kind: signer.ActionDelegate, Owner: owner, Validator: poolAt.Hex(), Amount: thousand}); err != nil {
		t.Fatal(err)
	}
	// Resume drives every open intent, the allowance among them, as the daemon does.
	waitFor(t, func() bool {
		if err := x.Resume(ctx); err != nil {
			t.Fatal(err)
		}
		stake, data, _ := st.LoadIntent(ctx, "stake")
		approve, _, _ := st.LoadIntent(ctx, "stake/approve")
		if stake == string(pool.StateFailed) || approve == string(pool.StateFailed) {
			t.Fatalf("stake %s, allowance %s: %s", stake, approve, data)
		}
		return stake == string(pool.StateFinalized) && approve == string(pool.StateFinalized)
	})
	positions, err := adapter.Positions(ctx, owner)
	if err != nil || len(positions) != 1 || !positions[0].Bonded.Equal(thousand) {
		t.Fatalf("positions %+v, %v", positions, err)
	}
	delegated, _ := ledger.Delegated(poolAt.Hex())
	if b, _ := st.Balance(ctx, "AXS", delegated); !b.Equal(thousand) {
		t.Fatalf("books hold %s delegated", b)
	}
}
