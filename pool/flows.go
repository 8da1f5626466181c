package pool

import (
	"time"

	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
)

// NetOutflows returns, oldest first, the principal that left custody net of what came in on
// each of the days UTC days before today: the buffer forecast's history. A day's figure is
// the sum of the external:chain postings of its funding and defunding transactions (a
// withdrawal debits external:chain, a deposit credits it), so days of net deposits are
// negative. Transactions outside the window are ignored.
func NetOutflows(txs []ledger.Transaction, today time.Time, days int) []money.Amount {
	if days <= 0 {
		return nil
	}
	u := today.UTC()
	end := time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC)
	start := end.AddDate(0, 0, -days)
	out := make([]money.Amount, days)
	for _, tx := range txs {
		if tx.Reason != ledger.ReasonFunding && tx.Reason != ledger.ReasonDefunding {
			continue
		}
		at := tx.PostedAt.UTC()
		if at.Before(start) || !at.Before(end) {
			continue
		}
		day := int(at.Sub(start) / (24 * time.Hour))
		for _, p := range tx.Postings {
			if p.Account == ledger.ExternalChain {
				out[day] = add(out[day], p.Amount)
			}
		}
	}
	return out
}
