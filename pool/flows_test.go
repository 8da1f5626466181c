package pool

import (
	"fmt"
	"testing"
	"time"

	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
)

func TestNetOutflows(t *testing.T) {
	today := time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)
	tx := func(reason ledger.Reason, at time.Time, external int64) ledger.Transaction {
		return ledger.Transaction{Reason: reason, PostedAt: at, Postings: []ledger.Posting{
			{Account: ledger.CustodyHot, Amount: money.NewAmount(-external)},
			{Account: ledger.ExternalChain, Amount: money.NewAmount(external)},
		}}
	}
	txs := []ledger.Transaction{
		tx(ledger.ReasonFunding, time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC), -500),   // deposit, day 1
		tx(ledger.ReasonDefunding, time.Date(2026, 11, 17, 23, 0, 0, 0, time.UTC), 200),  // withdrawal, day 1
		tx(ledger.ReasonDefunding, time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC), 300),   // day 3
		tx(ledger.ReasonDefunding, time.Date(2026, 11, 20, 1, 0, 0, 0, time.UTC), 999),   // today: not yet a whole day
		tx(ledger.ReasonDefunding, time.Date(2026, 11, 16, 23, 59, 0, 0, time.UTC), 999), // before the window
		tx(ledger.ReasonHarvest, time.Date(2026, 11, 18, 1, 0, 0, 0, time.UTC), 999),     // not principal
	}
	got := NetOutflows(txs, today, 3)
	if fmt.Sprint(got) != "[-300 0 300]" {
		t.Fatalf("NetOutflows = %v, want [-300 0 300]", got)
	}
	if NetOutflows(txs, today, 0) != nil {
		t.Fatal("a zero-day window has flows")
	}
}
