package pool

import (
	"testing"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// An undelegation is booked to unbonding where the chain has an unbonding period, and
// straight back to the liquid buffer where it has none (AXS, ADA).
func TestBookUndelegate(t *testing.T) {
	tok := money.Token{Symbol: "AXS", Decimals: 18}
	in := &Intent{ID: "i-1", Action: chains.Action{Kind: signer.ActionUndelegate, Validator: "pool-1", Amount: money.NewAmount(40)},
		Signed: &chains.Signed{Ref: chains.TxRef{ID: "0xabc"}}}
	for _, tt := range []struct {
		immediate bool
		want      ledger.Account
	}{
		{false, ledger.MustAccount("custody:unbonding/pool-1")},
		{true, ledger.CustodyHot},
	} {
		tx, ok, err := bookEntry(tok, in, tt.immediate)
		if err != nil || !ok {
			t.Fatalf("immediate %v: %v %v", tt.immediate, ok, err)
		}
		var got ledger.Account
		for _, p := range tx.Postings {
			if p.Amount.Sign() > 0 {
				got = p.Account
			}
		}
		if got != tt.want {
			t.Errorf("immediate %v: undelegated stake booked to %s, want %s", tt.immediate, got, tt.want)
		}
	}
}
