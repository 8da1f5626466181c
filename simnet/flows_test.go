package simnet_test

import (
	"context"
	"sync"
	"testing"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/simnet"
	"github.com/softstake/staker/store/storetest"
)

// flowAmounts are what each chain's flow test deposits and then withdraws, in token units.
var flowAmounts = map[string][2]string{
	"ADA": {"250", "40.5"}, "AXS": {"400", "100.25"}, "BNB": {"2", "0.75"},
	"POL": {"5000", "1250.5"}, "S": {"300", "75.5"}, "SOL": {"12.5", "3.25"},
}

// feeInAnotherAsset lists the tokens whose chain charges fees in something else.
var feeInAnotherAsset = map[string]bool{"POL": true, "AXS": true}

// adapterOf builds the adapter of c from the network's configuration, as the daemon would.
func adapterOf(t *testing.T, n *simnet.Network, dir string, c *simnet.Chain) chains.Adapter {
	t.Helper()
	cfg, err := config.Parse([]byte(configOf(n, dir)), "simnet.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := cfg.Token(c.Token().Symbol)
	a, err := chains.New(context.Background(), adapterConfig(t, tok), chains.Options{Sequences: storetest.Open(t, storetest.SQLiteDSN(t))})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// flows deposits into and withdraws out of c's custody, checking the liquid balance the
// adapter reads after each settled step, tries withdrawals custody cannot pay, and returns
// the fee of the withdrawal.
func flows(t *testing.T, n *simnet.Network, dir string, c *simnet.Chain) money.Amount {
	t.Helper()
	ctx := context.Background()
	sym := c.Token().Symbol
	a := adapterOf(t, n, dir, c)
	liquid := func() money.Amount {
		t.Helper()
		if err := c.Settle(ctx); err != nil {
			t.Fatal(err)
		}
		b, err := a.Balance(ctx, c.Custody())
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	deposit, err := c.Token().Parse(flowAmounts[sym][0])
	if err != nil {
		t.Fatal(err)
	}
	withdrawal, err := c.Token().Parse(flowAmounts[sym][1])
	if err != nil {
		t.Fatal(err)
	}
	before := liquid()
	if err := c.Deposit(ctx, deposit); err != nil {
		t.Fatal(err)
	}
	afterDeposit := liquid()
	if want, _ := before.Add(deposit); !afterDeposit.Equal(want) {
		t.Fatalf("%s: deposit of %s took the liquid balance from %s to %s, want %s", sym, deposit, before, afterDeposit, want)
	}
	fee, err := c.Withdraw(ctx, withdrawal)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case feeInAnotherAsset[sym] && !fee.IsZero():
		t.Errorf("%s: withdrawal fee %s in the staked token, want zero (gas is paid in another asset)", sym, fee)
	case !feeInAnotherAsset[sym] && fee.Sign() <= 0:
		t.Errorf("%s: withdrawal fee %s, want positive", sym, fee)
	}
	afterWithdrawal := liquid()
	out, _ := withdrawal.Add(fee)
	if want, _ := afterDeposit.Sub(out); !afterWithdrawal.Equal(want) {
		t.Fatalf("%s: withdrawal of %s (fee %s) took the liquid balance from %s to %s, want %s", sym, withdrawal, fee, afterDeposit, afterWithdrawal, want)
	}
	more, _ := afterWithdrawal.Add(money.NewAmount(1))
	tooMuch := []money.Amount{more}
	if !feeInAnotherAsset[sym] {
		tooMuch = append(tooMuch, afterWithdrawal) // the whole balance leaves nothing for the fee
	}
	for _, amount := range tooMuch {
		if fee, err := c.Withdraw(ctx, amount); err == nil {
			t.Errorf("%s: withdrew %s (fee %s) out of %s", sym, amount, fee, afterWithdrawal)
		}
		if got := liquid(); !got.Equal(afterWithdrawal) {
			t.Fatalf("%s: a refused withdrawal of %s moved the liquid balance from %s to %s", sym, amount, afterWithdrawal, got)
		}
	}
	return fee
}

// TestDepositAndWithdraw: on every chain, a deposit raises the custody's liquid balance by
// exactly its amount, a withdrawal signed by the custody key lowers it by exactly its
// amount and fee, and a withdrawal the balance cannot pay fails and changes nothing; two
// networks started with the same seed charge the same fees. It runs on networks of its
// own: the shared one's custody must hold what it was funded with for the other tests.
func TestDepositAndWithdraw(t *testing.T) {
	var fresh [2]*simnet.Network
	dirs := [2]string{t.TempDir(), t.TempDir()}
	var wg sync.WaitGroup
	var errs [2]error
	for i := range fresh {
		wg.Go(func() {
			fresh[i], errs[i] = simnet.Start(context.Background(), simnet.Options{Seed: 11, Dir: dirs[i], Passphrase: passphrase, Keystore: cheapKeys})
		})
	}
	wg.Wait()
	for i, n := range fresh {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		t.Cleanup(func() { n.Close() })
	}
	for _, sym := range simnet.Symbols() {
		t.Run(sym, func(t *testing.T) {
			t.Parallel()
			first := flows(t, fresh[0], dirs[0], fresh[0].Chain(sym))
			second := flows(t, fresh[1], dirs[1], fresh[1].Chain(sym))
			if !first.Equal(second) {
				t.Errorf("%s: the same seed charged a withdrawal fee of %s, then %s", sym, first, second)
			}
			t.Logf("%s: withdrawal fee %s", sym, first)
		})
	}
}
