package pool

import (
	"fmt"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

func TestLadder(t *testing.T) {
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	positions := []chains.Position{
		{Validator: "b", Unbonding: []chains.Unbonding{
			{ID: "b1", Amount: amt(5), LiquidAt: day.Add(48 * time.Hour)},
			{ID: "b2", Amount: amt(6), Condition: "epoch >= 900"},
		}},
		{Validator: "a", Withdrawable: amt(7), Unbonding: []chains.Unbonding{
			{ID: "a1", Amount: amt(8), LiquidAt: day.Add(24 * time.Hour)},
		}},
		{Validator: "c", Unbonding: []chains.Unbonding{{ID: "c1", Amount: amt(9), Matured: true}}},
	}
	var got []string
	for _, r := range Ladder(positions) {
		got = append(got, fmt.Sprintf("%s:%s", r.Validator, r.Amount))
	}
	if fmt.Sprint(got) != "[a:7 c:9 a:8 b:5 b:6]" {
		t.Fatalf("ladder %v", got)
	}
}

func TestReconcile(t *testing.T) {
	v, _ := ledger.Delegated("v")
	w, _ := ledger.Delegated("w")
	u, _ := ledger.ParseAccount("custody:unbonding/v")
	positions := []chains.Position{
		{Validator: "v", Bonded: amt(90), Activating: amt(10), Unbonding: []chains.Unbonding{{Amount: amt(5)}}},
		{Validator: "w", Bonded: amt(50)},
	}
	balances := []ledger.Balance{
		{Account: v, Amount: amt(100)},
		{Account: u, Amount: amt(3)},
		{Account: w, Amount: amt(40)},
		{Account: ledger.CustodyHot, Amount: amt(999)},
		{Account: ledger.RewardsReserve, Amount: amt(999)},
	}
	const (
		onW = "custody:delegated/w: books 40, chain 50 (unexplained)"
		onV = "custody:unbonding/v: books 3, chain 5 (unexplained)"
	)
	tests := []struct {
		name    string
		giveHot money.Amount
		open    []Intent
		want    string
	}{
		{name: "unexplained", giveHot: amt(999), want: "[" + onW + " " + onV + "]"},
		{name: "an intent on w explains it", giveHot: amt(999), open: []Intent{{ID: "x", Action: chains.Action{Validator: "z", ToValidator: "w"}}},
			want: "[custody:delegated/w: books 40, chain 50 (in flight: intent x) custody:unbonding/v: books 3, chain 5 (unexplained)]"},
		{name: "a liquid balance the books do not have", giveHot: amt(990),
			want: "[" + onW + " custody:hot: books 999, chain 990 (unexplained) " + onV + "]"},
		{name: "a delegation in flight explains the liquid balance", giveHot: amt(899),
			open: []Intent{{ID: "r", Action: chains.Action{Kind: signer.ActionRedelegate, Validator: "a", ToValidator: "b"}},
				{ID: "d", Action: chains.Action{Kind: signer.ActionDelegate, Validator: "a"}}},
			want: "[" + onW + " custody:hot: books 999, chain 899 (in flight: intent d) " + onV + "]"},
		{name: "a redelegation does not explain the liquid balance", giveHot: amt(899),
			open: []Intent{{ID: "r", Action: chains.Action{Kind: signer.ActionRedelegate, Validator: "a", ToValidator: "b"}}},
			want: "[" + onW + " custody:hot: books 999, chain 899 (unexplained) " + onV + "]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(Reconcile(positions, tt.giveHot, balances, tt.open)); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
	if d := Reconcile(nil, money.Zero, nil, nil); len(d) != 0 {
		t.Errorf("empty books and chain differ: %v", d)
	}
	if d := fmt.Sprint(Reconcile(nil, amt(5), nil, nil)); d != "[custody:hot: books 0, chain 5 (unexplained)]" {
		t.Errorf("funds on chain the books lack: %s", d)
	}
}
