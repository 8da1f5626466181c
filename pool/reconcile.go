package pool

import (
	"fmt"
	"sort"
	"strings"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Difference is an account whose books and chain disagree.
type Difference struct {
	Account     ledger.Account
	Books       money.Amount
	Chain       money.Amount
	ExplainedBy string // the open intent that accounts for it; empty means an alert
}

func (d Difference) String() string {
	s := fmt.Sprintf("%s: books %s, chain %s", d.Account, d.Books, d.Chain)
	if d.ExplainedBy != "" {
		return s + " (in flight: intent " + d.ExplainedBy + ")"
	}
	return s + " (unexplained)"
}

// Reconcile compares what the chain reports for one custody address with the books'
// balances: per validator, bonded and activating stake against custody:delegated/<validator>
// and unbonding and withdrawable stake against custody:unbonding/<validator>; and the
// address's liquid balance (chains.BalanceReader) against custody:hot. A difference on a
// validator that an open intent is acting on is explained by it, as is a difference in the
// liquid balance while an intent that moves liquid funds is open (see movesLiquid); any
// other is an alert for a human, with the numbers. Run it after harvesting, so compounded
// and claimed rewards are booked.
func Reconcile(positions []chains.Position, hot money.Amount, balances []ledger.Balance, open []Intent) []Difference {
	chain := map[ledger.Account]money.Amount{ledger.CustodyHot: hot}
	for _, p := range positions {
		if d, err := ledger.Delegated(p.Validator); err == nil {
			chain[d] = add(chain[d], add(p.Bonded, p.Activating))
		}
		if u, err := ledger.ParseAccount("custody:unbonding/" + p.Validator); err == nil {
			pending := p.Withdrawable
			for _, r := range p.Unbonding {
				pending = add(pending, r.Amount)
			}
			chain[u] = add(chain[u], pending)
		}
	}
	books := map[ledger.Account]money.Amount{}
	for _, b := range balances {
		name := string(b.Account)
		if b.Account == ledger.CustodyHot || strings.HasPrefix(name, "custody:delegated/") || strings.HasPrefix(name, "custody:unbonding/") {
			books[b.Account] = b.Amount
		}
	}
	accounts := map[ledger.Account]bool{}
	for a := range chain {
		accounts[a] = true
	}
	for a := range books {
		accounts[a] = true
	}
	var out []Difference
	for a := range accounts {
		if chain[a].Equal(books[a]) {
			continue
		}
		out = append(out, Difference{Account: a, Books: books[a], Chain: chain[a], ExplainedBy: explainedBy(a, open)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Account < out[j].Account })
	return out
}

// movesLiquid lists the actions that take the staked token out of, or bring it into, the
// liquid balance: delegating pays the stake; undelegating pays it back at once where the
// chain has no unbonding (Cardano) and funds a split account's reserve where it splits
// (Solana); withdrawing and claiming pay back; splitting funds a reserve; registering pays
// a deposit; a transfer moves it.
var movesLiquid = map[signer.Action]bool{
	signer.ActionDelegate: true, signer.ActionUndelegate: true, signer.ActionWithdraw: true, signer.ActionClaim: true,
	signer.ActionSplit: true, signer.ActionRegister: true, signer.ActionTransfer: true,
}

// explainedBy names the first open intent acting on the account: on its validator, or, for
// custody:hot, moving liquid funds.
func explainedBy(a ledger.Account, open []Intent) string {
	for _, in := range open {
		if a == ledger.CustodyHot {
			if movesLiquid[in.Action.Kind] {
				return in.ID
			}
			continue
		}
		for _, v := range []string{in.Action.Validator, in.Action.ToValidator} {
			if v == "" {
				continue
			}
			if d, _ := ledger.Delegated(v); d == a {
				return in.ID
			}
			if u, _ := ledger.ParseAccount("custody:unbonding/" + v); u == a {
				return in.ID
			}
		}
	}
	return ""
}
