package ledger

import (
	"context"
	"fmt"
	"sort"

	"github.com/softstake/staker/money"
)

// View is read-only access to stored books, what invariants are checked against. Stores
// implement it.
type View interface {
	// Tokens returns the symbols of every token with at least one transaction.
	Tokens(ctx context.Context) ([]string, error)
	// EachTransaction calls fn for every stored transaction of the token in ID order, with
	// its postings, and stops at fn's first error.
	EachTransaction(ctx context.Context, token string, fn func(Transaction) error) error
	// Balances returns the stored balance of every account of the token that has one.
	Balances(ctx context.Context, token string) ([]Balance, error)
}

// Violation is one broken invariant, with the numbers that show it.
type Violation struct {
	Invariant string
	Token     string
	Detail    string
}

func (v Violation) String() string {
	return fmt.Sprintf("%s: %s: %s", v.Invariant, v.Token, v.Detail)
}

// Invariant is a named, executable check of one token's books.
type Invariant struct {
	Name  string
	About string
	Check func(ctx context.Context, v View, token string) ([]Violation, error)
}

// Invariants returns the registered invariants, in the order they run.
func Invariants() []Invariant {
	return []Invariant{
		{Name: "transactions-valid", About: "every stored transaction is balanced, within the chart of accounts, and matches its content hash", Check: checkTransactions},
		{Name: "balances-derived", About: "every stored balance equals the sum of its account's postings", Check: checkDerived},
		{Name: "no-forbidden-negative", About: "no account below zero unless the chart allows it", Check: checkNonNegative},
		{Name: "books-balance", About: "custody balances add up to what custody is owed to", Check: checkBooksBalance},
	}
}

// Check runs every invariant over every token of v and returns all violations found. The
// error is for a failure to read the books, not for a violation.
func Check(ctx context.Context, v View) ([]Violation, error) {
	tokens, err := v.Tokens(ctx)
	if err != nil {
		return nil, fmt.Errorf("invariants: %w", err)
	}
	var out []Violation
	for _, token := range tokens {
		for _, inv := range Invariants() {
			found, err := inv.Check(ctx, v, token)
			if err != nil {
				return nil, fmt.Errorf("invariant %s for %s: %w", inv.Name, token, err)
			}
			out = append(out, found...)
		}
	}
	return out, nil
}

func checkTransactions(ctx context.Context, v View, token string) ([]Violation, error) {
	var out []Violation
	err := v.EachTransaction(ctx, token, func(tx Transaction) error {
		norm, err := Normalize(tx)
		switch {
		case err != nil:
			out = append(out, Violation{"transactions-valid", token, fmt.Sprintf("transaction %d (%s): %v", tx.ID, tx.Key, err)})
		case ContentHash(norm) != tx.Hash:
			out = append(out, Violation{"transactions-valid", token, fmt.Sprintf("transaction %d (%s): content hash %s does not match its content %s", tx.ID, tx.Key, tx.Hash, ContentHash(norm))})
		}
		return nil
	})
	return out, err
}

// derive sums the postings of every account of the token.
func derive(ctx context.Context, v View, token string) (map[Account]money.Amount, error) {
	sums := map[Account]money.Amount{}
	err := v.EachTransaction(ctx, token, func(tx Transaction) error {
		for _, p := range tx.Postings {
			s, err := sums[p.Account].Add(p.Amount)
			if err != nil {
				return fmt.Errorf("sum of %s: %w", p.Account, err)
			}
			sums[p.Account] = s
		}
		return nil
	})
	return sums, err
}

func checkDerived(ctx context.Context, v View, token string) ([]Violation, error) {
	sums, err := derive(ctx, v, token)
	if err != nil {
		return nil, err
	}
	stored, err := v.Balances(ctx, token)
	if err != nil {
		return nil, err
	}
	var out []Violation
	seen := map[Account]bool{}
	for _, b := range stored {
		seen[b.Account] = true
		want := NormalBalance(b.Account, sums[b.Account])
		if !b.Amount.Equal(want) {
			out = append(out, Violation{"balances-derived", token, fmt.Sprintf("%s stored %s, postings say %s", b.Account, b.Amount, want)})
		}
	}
	for _, a := range sortedAccounts(sums) {
		if !seen[a] && !sums[a].IsZero() {
			out = append(out, Violation{"balances-derived", token, fmt.Sprintf("%s has postings summing to %s but no stored balance", a, NormalBalance(a, sums[a]))})
		}
	}
	return out, nil
}

func checkNonNegative(ctx context.Context, v View, token string) ([]Violation, error) {
	stored, err := v.Balances(ctx, token)
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, b := range stored {
		if b.Amount.Sign() < 0 && !b.Account.MayGoNegative() {
			out = append(out, Violation{"no-forbidden-negative", token, fmt.Sprintf("%s is %s", b.Account, b.Amount)})
		}
	}
	return out, nil
}

func checkBooksBalance(ctx context.Context, v View, token string) ([]Violation, error) {
	stored, err := v.Balances(ctx, token)
	if err != nil {
		return nil, err
	}
	var debit, credit money.Amount
	for _, b := range stored {
		var err error
		if b.Account.Side() == Debit {
			debit, err = debit.Add(b.Amount)
		} else {
			credit, err = credit.Add(b.Amount)
		}
		if err != nil {
			return nil, err
		}
	}
	if !debit.Equal(credit) {
		return []Violation{{"books-balance", token, fmt.Sprintf("custody holds %s, owed %s", debit, credit)}}, nil
	}
	return nil, nil
}

func sortedAccounts(m map[Account]money.Amount) []Account {
	out := make([]Account, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
